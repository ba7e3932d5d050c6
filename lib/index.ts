/**
 * The public entry point: the constructs, their interfaces and imports, the
 * safety rules (and their acknowledgement), the reader of deployed outputs,
 * and the coded errors, for use from any CDKTF app (with or
 * without this project's environment files). The OCI provider bindings are
 * the ones in .gen/providers/oci (OCI provider 7.27.0).
 *
 *   import { OicResource, ClientCredentialsApp, applySafetyRules } from "oic-access";
 */
import "./node-compat";
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
  AssertionAnyUserRule,
  HsmKeyRule,
  LoopbackRedirectRule,
  OneAppOneResourceRule,
  PinnedImageRule,
  ProtectedResourcesRule,
  SafetyRule,
  acknowledgeRule,
  applySafetyRules,
  collectRuleFindings,
  collectRuleViolations,
  safetyRules,
  type LoopbackRedirectRuleProps,
  type RecordedFinding,
  type RuleAcknowledgement,
  type SafetyRulesProps,
} from "./aspects";
// The rules themselves: pure checks with id, level, problem and fix (what config validation, constructs and Aspects apply).
export {
  ASSERTION_ALLOW_RULE,
  ASSERTION_ANY_USER_RULE,
  HSM_KEY_RULE,
  ONE_RESOURCE_RULE,
  PINNED_IMAGE_RULE,
  PROTECTED_RESOURCES_RULE,
  REDIRECT_RULE,
  RULES,
  type Rule,
  type RuleFinding,
  type RuleLevel,
} from "./rules";

export {
  CodedError,
  ConfigError,
  ERROR_CODES,
  OicAccessError,
  SafetyRuleError,
  UnknownEnvironmentError,
  UsageError,
  ValidationError,
  type ErrorCode,
  type RuleViolation,
} from "./errors";
export { OicAccessStack, type OicAccessStackProps } from "./oic-access-stack/oic-access-stack";
export { synthesize, type SynthesizeOptions } from "./synthesize";

// The shared vocabulary (contract/), for callers that read outputs or build requests.
export { type AssertionAllowRule } from "../contract/allow-rule";
export { GRANT_TYPES, LEGACY_IDCS_AUDIENCE, assertionAudience, authorizeUrl, tokenUrl } from "../contract/identity-domain";
export {
  DEFAULT_FUSION_SMOKE_PATH,
  OutputsFileError,
  readDeployedOutputs,
  readOutputsFile,
  type DeployedApp,
  type DeployedOutputs,
  type TrustedDomain,
} from "../contract/deployed-outputs";
export { OIC_APP_ROLES, SERVICE_INVOKER, type OicAppRole } from "../contract/oic-roles";
export { FUNCTION_CONFIG, OUTPUTS, type OutputName } from "../contract/outputs";
export { CONSUMER_SCOPE, OFFLINE_ACCESS, explainScopeMismatch, fullyQualifiedScope } from "../contract/scope";
