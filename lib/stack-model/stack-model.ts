/**
 * What a synthesized environment stack (cdktf.out/stacks/<env>/cdk.tf.json)
 * declares, in mission terms: the summary, the sandbox and the plan review
 * read stacks through this model instead of walking Terraform JSON.
 */

export type AppFlow = "client-credentials" | "authorization-code" | "jwt-bearer" | "other";

export interface AppModel {
  /** Terraform address, e.g. `oci_identity_domains_app.cc-scheduler_app_1A2B3C4D`. */
  readonly address: string;
  /** Construct path, e.g. `dev/cc-scheduler/app`. */
  readonly path: string;
  /** Client ID (the IAM app's `name`). */
  readonly name: string;
  /** The identity domain that holds the app (`idcs_endpoint`; OIC's or Fusion's), when literal. */
  readonly identityDomainUrl?: string;
  readonly displayName: string;
  readonly flow: AppFlow;
  /** `confidential` or `trusted`. */
  readonly clientType: string;
  readonly allowedGrants: readonly string[];
  /** Fully qualified scopes the app may request (literal values; a Terraform reference stays as `${...}`). */
  readonly scopes: readonly string[];
  readonly redirectUris: readonly string[];
  /** Certificate aliases on the app (trusted apps). */
  readonly certificateAliases: readonly string[];
  readonly active: boolean;
  readonly preventDestroy: boolean;
}

export interface GrantModel {
  readonly address: string;
  readonly path: string;
  readonly grantee:
    | { readonly type: "App"; readonly appName: string }
    | { readonly type: "User"; readonly userName: string }
    | { readonly type: "Group"; readonly groupName: string };
  /** App role name, e.g. `ServiceInvoker`. */
  readonly role: string;
  readonly preventDestroy: boolean;
}

export interface CertificateModel {
  readonly address: string;
  readonly alias: string;
  /** Base64 DER of the certificate (public material). */
  readonly x509base64: string;
}

export interface SigningKeyModel {
  readonly address: string;
  readonly displayName: string;
  readonly protectionMode: string;
  readonly algorithm: string;
  readonly lengthBytes: number;
  readonly preventDestroy: boolean;
}

export interface FunctionModel {
  readonly address: string;
  readonly displayName: string;
  readonly image: string;
  readonly imageDigest?: string;
  readonly config: Readonly<Record<string, string>>;
  readonly policies: readonly { readonly name: string; readonly statements: readonly string[] }[];
  /** Matching rule of the Function's own dynamic group (the one that signs). */
  readonly dynamicGroupRule: string;
  /** Every dynamic group, Default-domain or identity-domain, by name. */
  readonly dynamicGroups: readonly { readonly address: string; readonly name: string; readonly matchingRule: string; readonly identityDomainUrl?: string }[];
}

export interface StackModel {
  readonly env: string;
  /** OIC's identity domain (client apps of flows A and B). */
  readonly identityDomainUrl: string;
  /** Fusion's identity domain (the trusted app), when identity propagation is declared. */
  readonly fusionIdentityDomainUrl?: string;
  readonly oic: {
    /** Literal audience when given explicitly; undefined when read from the instance at apply time. */
    readonly audience?: string;
    readonly scope?: string;
    readonly appId?: string;
    readonly integrationInstanceId?: string;
  };
  readonly apps: readonly AppModel[];
  readonly grants: readonly GrantModel[];
  readonly certificates: readonly CertificateModel[];
  readonly signingKey?: SigningKeyModel;
  readonly function?: FunctionModel;
  /** Outputs whose values are literals at synth time (references are left out), by name. */
  readonly literalOutputs: Readonly<Record<string, unknown>>;
  /** Names of outputs marked sensitive. */
  readonly sensitiveOutputs: readonly string[];
  /** Safety-rule findings an acknowledgement accepted (acknowledgeRule), with its reason. */
  readonly acknowledgements?: readonly AcknowledgementModel[];
}

export interface AcknowledgementModel {
  /** `<type>.<name>` of the resource. */
  readonly address: string;
  readonly rule: string;
  readonly reason: string;
}
