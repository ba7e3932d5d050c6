import { Construct } from "constructs";
import { FunctionsApplication } from "../../.gen/providers/oci/functions-application";
import { FunctionsFunction } from "../../.gen/providers/oci/functions-function";
import { IdentityPolicy } from "../../.gen/providers/oci/identity-policy";
import { type AssertionAllowRule, allowRuleConfig } from "../../contract/allow-rule";
import { FUNCTION_CONFIG } from "../../contract/outputs";
import type { ISigningKey } from "./assertion-signing-key";
import { dependOn } from "./depends-on";
import { DynamicGroup, type IDynamicGroup, type IdentityDomainRef } from "./dynamic-group";
import { logicalId } from "./identity-domain";
import type { IOicResource } from "./oic-resource";
import type { ITrustedApp } from "./trusted-assertion-app";
import { check, isUnresolved } from "./validation";

export interface AssertionFunctionProps {
  /** Compartment of the Functions application and its policies. */
  readonly compartmentId: string;
  /** Tenancy OCID: Default-domain dynamic groups live in the root compartment. */
  readonly tenancyId: string;
  /** Prefix of every name and Terraform address, e.g. the environment name. */
  readonly namePrefix: string;
  /** OCIR image built from function/. */
  readonly image: string;
  /** Pins the image: `sha256:...` (required in a protected stack, lib/aspects). @default none: the tag decides */
  readonly imageDigest?: string;
  /** Subnets of the Functions application. */
  readonly subnetIds: readonly string[];
  /** @default 256 */
  readonly memoryMb?: number;
  /** @default 30 */
  readonly timeoutSeconds?: number;
  /** The Vault key the Function signs with; its sign grant goes to the Function's dynamic group. */
  readonly signingKey: ISigningKey;
  /**
   * The key version the certificate was made over (from `certs/<env>.json`).
   * The Function signs with this version, so that its signatures match the
   * certificate alias even after the key is rotated in the Vault.
   * @default the key's current version
   */
  readonly keyVersionId?: string;
  /** The trusted app (in Fusion's domain): client ID, alias, scope, token URL and `aud` come from it. */
  readonly trustedApp: ITrustedApp;
  /**
   * The OIC resource whose integration instance, and no other, may invoke
   * the Function. Its `integrationInstanceId` is required.
   */
  readonly oic: IOicResource;
  /** Whom the Function may assert. @default nobody (the Function refuses every user) */
  readonly allow?: AssertionAllowRule;
  /** "payload" returns the token request body; "token" exchanges it too. @default "payload" */
  readonly mode?: "payload" | "token";
  /** Identity domain of the dynamic groups (OIC's). @default the Default domain */
  readonly identityDomain?: IdentityDomainRef;
  /** @default none */
  readonly freeformTags?: Readonly<Record<string, string>>;
}

/**
 * The Function that builds user assertions, with least privilege: its
 * dynamic group matches this one function, which may sign with that one key
 * (`signingKey.grantSign`); this environment's OIC instance, and no other,
 * may invoke this one function (`grantInvoke`).
 */
export class AssertionFunction extends Construct {
  readonly application: FunctionsApplication;
  readonly fn: FunctionsFunction;
  /** Matches this one function: the principal that signs. */
  readonly functionGroup: DynamicGroup;
  /** Matches this environment's OIC instance: the principal that invokes. */
  readonly invokerGroup: DynamicGroup;
  readonly signPolicy: IdentityPolicy;
  readonly invokePolicy: IdentityPolicy;
  readonly policies: readonly IdentityPolicy[];
  readonly functionId: string;
  readonly invokeEndpoint: string;
  private readonly props: AssertionFunctionProps;

  constructor(scope: Construct, id: string, props: AssertionFunctionProps) {
    super(scope, id);
    this.props = props;
    const instanceId = props.oic.integrationInstanceId;
    check(this, instanceId !== undefined && instanceId !== "", "OIC_INSTANCE_REQUIRED",
      "the invoke policy pins the OIC instance allowed to call the Function: give the OIC resource its integrationInstanceId");
    check(this, isUnresolved(instanceId) || /^ocid1\.integrationinstance\./.test(instanceId!), "OIC_INSTANCE_INVALID",
      `"${instanceId}" is not the OCID of an integration instance`);

    this.application = this.createApplication();
    this.fn = this.createFunction();
    this.functionId = this.fn.id;
    this.invokeEndpoint = this.fn.invokeEndpoint;

    this.functionGroup = this.dynamicGroup("function-group", "assertion_fn", `${this.name}-fn`,
      `The assertion Function of ${props.namePrefix} (oic-access); matches that one function only`,
      `ALL {resource.type = 'fnfunc', resource.id = '${this.fn.id}'}`);
    // Resource types in matching rules are the type in the OCID
    // (ocid1.integrationinstance...): "Writing Matching Rules to Define Dynamic Groups",
    // https://docs.oracle.com/en-us/iaas/Content/Identity/dynamicgroups/Writing_Matching_Rules_to_Define_Dynamic_Groups.htm
    this.invokerGroup = this.dynamicGroup("invoker-group", "oic_instance", `${this.name}-oic`,
      `The OIC instance of ${props.namePrefix} that invokes the assertion Function (oic-access)`,
      `ALL {resource.type = 'integrationinstance', resource.id = '${instanceId}'}`);

    this.signPolicy = props.signingKey.grantSign(this.functionGroup);
    this.invokePolicy = this.grantInvoke(this.invokerGroup);
    this.policies = [this.signPolicy, this.invokePolicy];
  }

  /**
   * Lets `group` invoke this one function; returns the policy. OCI Functions
   * documents invoke control as `use fn-invocation` narrowed by
   * `target.function.id` ("Controlling Access to Invoke and Manage Functions",
   * https://docs.oracle.com/en-us/iaas/Content/Functions/Tasks/functionsrestrictinguseraccess.htm);
   * OIC 3's OCI Function action calls as the instance's resource principal,
   * which a dynamic group matches by the instance OCID.
   */
  grantInvoke(group: IDynamicGroup): IdentityPolicy {
    const policy = new IdentityPolicy(this, "invoke-policy", {
      compartmentId: this.props.compartmentId,
      name: `${this.name}-invoke`,
      description: "This environment's OIC instance may invoke the assertion Function and no other",
      statements: [`Allow dynamic-group ${group.policyReference} to use fn-invocation in compartment id ${this.props.compartmentId} where target.function.id = '${this.fn.id}'`],
    });
    policy.overrideLogicalId(logicalId("policy", this.props.namePrefix, "assertion_invoke"));
    return policy;
  }

  private get name(): string {
    return `${this.props.namePrefix}-oic-assertion`;
  }

  private get tags(): Record<string, string> | undefined {
    return this.props.freeformTags ? { ...this.props.freeformTags } : undefined;
  }

  private createApplication(): FunctionsApplication {
    const app = new FunctionsApplication(this, "application", {
      compartmentId: this.props.compartmentId,
      displayName: this.name,
      subnetIds: [...this.props.subnetIds],
      freeformTags: this.tags,
    });
    app.overrideLogicalId(logicalId("fn_app", this.props.namePrefix, "assertion"));
    return app;
  }

  /** What the Function reads at cold start (keys: contract/outputs.ts FUNCTION_CONFIG). */
  private functionConfig(): Record<string, string> {
    const p = this.props;
    const app = p.trustedApp;
    return {
      [FUNCTION_CONFIG.trustedClientId]: app.clientId,
      [FUNCTION_CONFIG.certificateAlias]: app.certificateAlias,
      [FUNCTION_CONFIG.tokenUrl]: app.tokenUrl,
      [FUNCTION_CONFIG.fusionIdentityDomainUrl]: app.identityDomainUrl,
      [FUNCTION_CONFIG.assertionAudience]: app.assertionAudience,
      [FUNCTION_CONFIG.defaultScope]: app.fusionScope,
      [FUNCTION_CONFIG.allowedScopes]: app.fusionScope,
      ...allowRuleConfig(p.allow),
      [FUNCTION_CONFIG.kmsKeyId]: p.signingKey.keyId,
      [FUNCTION_CONFIG.kmsKeyVersionId]: p.keyVersionId ?? p.signingKey.keyVersionId,
      [FUNCTION_CONFIG.kmsCryptoEndpoint]: p.signingKey.cryptoEndpoint,
      [FUNCTION_CONFIG.mode]: p.mode ?? "payload",
    };
  }

  private createFunction(): FunctionsFunction {
    const p = this.props;
    const fn = new FunctionsFunction(this, "function", {
      applicationId: this.application.id,
      displayName: "assertion",
      image: p.image,
      imageDigest: p.imageDigest,
      memoryInMbs: String(p.memoryMb ?? 256),
      timeoutInSeconds: p.timeoutSeconds ?? 30,
      config: this.functionConfig(),
      freeformTags: this.tags,
    });
    fn.overrideLogicalId(logicalId("fn", p.namePrefix, "assertion"));
    // A new certificate alias reaches the Function only once the trusted app
    // holds that certificate.
    dependOn(fn, ...p.trustedApp.dependables);
    return fn;
  }

  private dynamicGroup(id: string, addressSuffix: string, name: string, description: string, matchingRule: string): DynamicGroup {
    return new DynamicGroup(this, id, {
      name,
      description,
      matchingRule,
      tenancyId: this.props.tenancyId,
      domain: this.props.identityDomain,
      logicalId: logicalId("dg", this.props.namePrefix, addressSuffix),
    });
  }
}
