import { Construct } from "constructs";
import { FunctionsApplication } from "../../.gen/providers/oci/functions-application";
import { FunctionsFunction } from "../../.gen/providers/oci/functions-function";
import { IdentityDynamicGroup } from "../../.gen/providers/oci/identity-dynamic-group";
import { IdentityPolicy } from "../../.gen/providers/oci/identity-policy";
import { FUNCTION_CONFIG } from "../stack-outputs";
import type { AssertionSigningKey } from "./assertion-signing-key";
import { dependOn } from "./depends-on";
import { logicalId } from "./identity-domain";
import type { TrustedAssertionApp } from "./trusted-assertion-app";

export interface AssertionFunctionProps {
  readonly compartmentId: string;
  /** Dynamic groups live in the tenancy (root compartment). */
  readonly tenancyId: string;
  /** Prefix of every name, e.g. the environment name. */
  readonly namePrefix: string;
  /** OCIR image built from function/. */
  readonly image: string;
  /** Pins the image: `sha256:...`. @default none (the tag decides) */
  readonly imageDigest?: string;
  readonly subnetIds: readonly string[];
  /** @default 256 */
  readonly memoryMb?: number;
  /** @default 30 */
  readonly timeoutSeconds?: number;
  readonly signingKey: AssertionSigningKey;
  /**
   * The key version the certificate was made over (from `certs/<env>.json`).
   * The Function signs with this version, so that its signatures match the
   * certificate alias even after the key is rotated in the Vault.
   * @default the key's current version
   */
  readonly keyVersionId?: string;
  readonly trustedApp: TrustedAssertionApp;
  /** Token endpoint of the identity domain. */
  readonly tokenUrl: string;
  /** `aud` of the assertions. @default `https://identity.oraclecloud.com/` */
  readonly assertionAudience?: string;
  /** Users the Function may mint assertions for. @default any */
  readonly allowedUsers?: readonly string[];
  /** @default "payload" */
  readonly mode?: "payload" | "token";
  /** The OIC instance allowed to invoke: scopes the invoke policy to it. @default any integration instance */
  readonly oicInstanceId?: string;
  /** Identity domain of the dynamic group. @default "Default" */
  readonly identityDomainName?: string;
  readonly freeformTags?: Readonly<Record<string, string>>;
}

/**
 * The Function that builds user assertions, with least privilege: its
 * dynamic group matches this one function, which may sign with that one key;
 * OIC may invoke this one function.
 */
export class AssertionFunction extends Construct {
  readonly application: FunctionsApplication;
  readonly fn: FunctionsFunction;
  readonly dynamicGroup: IdentityDynamicGroup;
  readonly policies: IdentityPolicy[];
  readonly functionId: string;
  readonly invokeEndpoint: string;

  constructor(scope: Construct, id: string, props: AssertionFunctionProps) {
    super(scope, id);
    const name = `${props.namePrefix}-oic-assertion`;
    const tags = props.freeformTags ? { ...props.freeformTags } : undefined;
    this.application = new FunctionsApplication(this, "application", {
      compartmentId: props.compartmentId,
      displayName: name,
      subnetIds: [...props.subnetIds],
      freeformTags: tags,
    });
    this.application.overrideLogicalId(logicalId("fn_app", props.namePrefix, "assertion"));

    const config: Record<string, string> = {
      [FUNCTION_CONFIG.trustedClientId]: props.trustedApp.clientId,
      [FUNCTION_CONFIG.certificateAlias]: props.trustedApp.certificateAlias,
      [FUNCTION_CONFIG.tokenUrl]: props.tokenUrl,
      [FUNCTION_CONFIG.assertionAudience]: props.assertionAudience ?? "https://identity.oraclecloud.com/",
      [FUNCTION_CONFIG.defaultScope]: props.trustedApp.fusionScope,
      [FUNCTION_CONFIG.allowedScopes]: props.trustedApp.fusionScope,
      [FUNCTION_CONFIG.allowedUsers]: (props.allowedUsers ?? []).join(","),
      [FUNCTION_CONFIG.kmsKeyId]: props.signingKey.keyId,
      [FUNCTION_CONFIG.kmsKeyVersionId]: props.keyVersionId ?? props.signingKey.keyVersionId,
      [FUNCTION_CONFIG.kmsCryptoEndpoint]: props.signingKey.cryptoEndpoint,
      [FUNCTION_CONFIG.mode]: props.mode ?? "payload",
    };
    this.fn = new FunctionsFunction(this, "function", {
      applicationId: this.application.id,
      displayName: "assertion",
      image: props.image,
      imageDigest: props.imageDigest,
      memoryInMbs: String(props.memoryMb ?? 256),
      timeoutInSeconds: props.timeoutSeconds ?? 30,
      config,
      freeformTags: tags,
    });
    this.fn.overrideLogicalId(logicalId("fn", props.namePrefix, "assertion"));
    // A new certificate alias reaches the Function only once the trusted app
    // holds that certificate.
    dependOn(this.fn, props.trustedApp.resource, ...props.trustedApp.certificates);
    this.functionId = this.fn.id;
    this.invokeEndpoint = this.fn.invokeEndpoint;

    this.dynamicGroup = new IdentityDynamicGroup(this, "dynamic-group", {
      compartmentId: props.tenancyId,
      name: `${name}-fn`,
      description: `The assertion Function of ${props.namePrefix} (oic-access); matches that one function only`,
      matchingRule: `ALL {resource.type = 'fnfunc', resource.id = '${this.fn.id}'}`,
    });
    this.dynamicGroup.overrideLogicalId(logicalId("dg", props.namePrefix, "assertion_fn"));
    const domain = props.identityDomainName ?? "Default";
    const groupRef = domain === "Default" ? this.dynamicGroup.name : `'${domain}'/'${this.dynamicGroup.name}'`;

    const sign = new IdentityPolicy(this, "sign-policy", {
      compartmentId: props.compartmentId,
      name: `${name}-sign`,
      description: "The assertion Function may sign with its one Vault key",
      statements: [props.signingKey.signStatement(groupRef)],
    });
    sign.overrideLogicalId(logicalId("policy", props.namePrefix, "assertion_sign"));

    const conditions = [`request.principal.type = 'integrationinstance'`, `target.function.id = '${this.fn.id}'`];
    if (props.oicInstanceId) conditions.splice(1, 0, `request.principal.id = '${props.oicInstanceId}'`);
    const invoke = new IdentityPolicy(this, "invoke-policy", {
      compartmentId: props.compartmentId,
      name: `${name}-invoke`,
      description: "OIC may invoke the assertion Function and no other",
      statements: [`Allow any-user to use fn-invocation in compartment id ${props.compartmentId} where ALL {${conditions.join(", ")}}`],
    });
    invoke.overrideLogicalId(logicalId("policy", props.namePrefix, "assertion_invoke"));
    this.policies = [sign, invoke];
  }
}
