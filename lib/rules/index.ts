import { ASSERTION_ALLOW_RULE, ASSERTION_ANY_USER_RULE } from "./assertion-allow";
import { HSM_KEY_RULE } from "./hsm-key";
import { ONE_RESOURCE_RULE } from "./one-resource";
import { PINNED_IMAGE_RULE } from "./pinned-image";
import { PROTECTED_RESOURCES_RULE } from "./protected-resources";
import { REDIRECT_RULE } from "./redirect";
import type { Rule } from "./rule";

export { ASSERTION_ALLOW_RULE, ASSERTION_ANY_USER_RULE, type AssertionAllowSubject } from "./assertion-allow";
export { HSM_KEY_RULE, type HsmKeySubject } from "./hsm-key";
export { ONE_RESOURCE_RULE, type OneResourceSubject } from "./one-resource";
export { PINNED_IMAGE_RULE, type PinnedImageSubject } from "./pinned-image";
export { PROTECTED_RESOURCES_RULE, PROTECTED_RESOURCE_TYPES, type ProtectedResourceSubject } from "./protected-resources";
export { REDIRECT_RULE, type RedirectSubject } from "./redirect";
export type { Rule, RuleFinding, RuleLevel } from "./rule";

/** Every safety rule, by id (what an acknowledgement may name). */
export const RULES: readonly Rule<never>[] = [
  REDIRECT_RULE,
  ONE_RESOURCE_RULE,
  PROTECTED_RESOURCES_RULE,
  HSM_KEY_RULE,
  PINNED_IMAGE_RULE,
  ASSERTION_ALLOW_RULE,
  ASSERTION_ANY_USER_RULE,
] as readonly Rule<never>[];
