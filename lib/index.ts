/**
 * The public entry point: the constructs, their interfaces and imports, the
 * safety rules, and the coded errors, for use from any CDKTF app (with or
 * without this project's environment files). The OCI provider bindings are
 * the ones in .gen/providers/oci (OCI provider 7.27.0).
 *
 *   import { OicResource, ClientCredentialsApp, applySafetyRules } from "oic-access";
 */
export { AppRoleGrant, type AppRoleGrantProps, type Grantee, type IGrantable } from "./constructs/app-role-grant";
export { AssertionFunction, type AssertionFunctionProps } from "./constructs/assertion-function";
export {
  AssertionSigningKey,
  KeyVault,
  type AssertionSigningKeyProps,
  type IKeyVault,
  type ISigningKey,
  type KeyVaultProps,
  type SigningKeyAttributes,
} from "./constructs/assertion-signing-key";
export { AuthCodeApp, type AuthCodeAppProps } from "./constructs/auth-code-app";
export { ClientCredentialsApp, type ClientCredentialsAppProps } from "./constructs/client-credentials-app";
export { dependOn } from "./constructs/depends-on";
export { DynamicGroup, type DynamicGroupProps, type IDynamicGroup, type IdentityDomainRef } from "./constructs/dynamic-group";
export { IdentityPropagation, type IdentityPropagationProps, type PropagationCertificate } from "./constructs/identity-propagation";
export { OicNativePropagation, type OicNativePropagationProps } from "./constructs/oic-native-propagation";
export { OAuthClientApp, type ClientFlow, type OAuthClientAppProps } from "./constructs/oauth-client-app";
export {
  OicResource,
  grantRoles,
  type GrantTarget,
  type IOicResource,
  type OicFromAppAttributesProps,
  type OicFromIntegrationInstanceProps,
} from "./constructs/oic-resource";
export { TrustedAssertionApp, type ITrustedApp, type TrustedAppAttributes, type TrustedAssertionAppProps } from "./constructs/trusted-assertion-app";

export {
  AssertionAllowListRule,
  HsmKeyRule,
  LoopbackRedirectRule,
  OneAppOneResourceRule,
  PinnedImageRule,
  ProtectedResourcesRule,
  SafetyRule,
  applySafetyRules,
  collectRuleViolations,
  safetyRules,
  type LoopbackRedirectRuleProps,
  type SafetyRulesProps,
} from "./aspects";

export { ConfigError, OicAccessError, SafetyRuleError, UnknownEnvironmentError, ValidationError, type RuleViolation } from "./errors";
export { OicAccessStack, type OicAccessStackProps } from "./stacks/oic-access-stack";
export { synthesize, type SynthesizeOptions } from "./synthesize";

// The shared vocabulary (contract/), for callers that read outputs or build requests.
export { type AssertionAllowRule } from "../contract/allow-rule";
export { GRANT_TYPES, assertionAudience, authorizeUrl, tokenUrl } from "../contract/identity-domain";
export { OIC_APP_ROLES, SERVICE_INVOKER, type OicAppRole } from "../contract/oic-roles";
export { FUNCTION_CONFIG, OUTPUTS, type OutputName } from "../contract/outputs";
export { CONSUMER_SCOPE, OFFLINE_ACCESS, explainScopeMismatch, fullyQualifiedScope } from "../contract/scope";
