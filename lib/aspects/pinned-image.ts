import type { TerraformResource } from "cdktf";
import { PINNED_IMAGE_RULE, type Rule, type RuleFinding } from "../rules";
import { type Attributes, SafetyRule, isReference } from "./rule";

/** OIC-PINNED-IMAGE (lib/rules/pinned-image.ts) on `oci_functions_function`. */
export class PinnedImageRule extends SafetyRule {
  readonly rule = PINNED_IMAGE_RULE as Rule<never>;
  protected readonly resourceTypes = ["oci_functions_function"];

  protected findings(_resource: TerraformResource, attributes: Attributes): RuleFinding[] {
    const digest = attributes.image_digest;
    if (isReference(digest)) return [];
    return PINNED_IMAGE_RULE.check({ imageDigest: typeof digest === "string" ? digest : undefined });
  }
}
