import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GRANT_TYPES } from "../../contract/identity-domain";
import { OUTPUTS } from "../../contract/outputs";
import type { AcknowledgementModel, AppFlow, AppModel, CertificateModel, FunctionModel, GrantModel, SigningKeyModel, StackModel } from "./stack-model";
import type { Block, SynthesizedStack } from "./terraform-json";
import { CodedError, ERROR_CODES } from "../../contract/errors";

export type { SynthesizedStack } from "./terraform-json";

/** Reads `<stackDir>/cdk.tf.json` into the mission model. */
export function readStackModel(stackDir: string): StackModel {
  const file = join(stackDir, "cdk.tf.json");
  let json: SynthesizedStack;
  try {
    json = JSON.parse(readFileSync(file, "utf8")) as SynthesizedStack;
  } catch (err) {
    throw new CodedError(ERROR_CODES.stackRead, `cannot read the synthesized stack ${file} (${(err as Error).message}); run npm run synth first`);
  }
  return stackModelOf(json);
}

/** One nested block: cdktf writes a max-one block as an object, Terraform JSON allows a list. */
function one(value: unknown): Block {
  if (Array.isArray(value)) return (value[0] ?? {}) as Block;
  return (value ?? {}) as Block;
}
function many(value: unknown): Block[] {
  if (Array.isArray(value)) return value as Block[];
  return value ? [value as Block] : [];
}
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}
function isLiteral(value: unknown): boolean {
  return !JSON.stringify(value ?? null).includes("${");
}
function protectedBlock(b: Block): boolean {
  return one(b.lifecycle).prevent_destroy === true;
}
function pathOf(b: Block): string {
  return str((one(b["//"]).metadata as Block | undefined)?.path);
}
/** The value of `attr eq "..."` in a SCIM filter. */
function filterValue(filter: string, attr: string): string | undefined {
  const m = new RegExp(`${attr} eq "((?:[^"\\\\]|\\\\.)*)"`).exec(filter);
  return m ? m[1].replace(/\\(.)/g, "$1") : undefined;
}
/** `${<type>.<name>.…}` or `${data.<type>.<name>.…}` -> [type, name]. */
function reference(value: string): { data: boolean; type: string; name: string } | undefined {
  const m = /^\$\{(data\.)?([a-z0-9_]+)\.([A-Za-z0-9_-]+)[.[]/.exec(value);
  return m ? { data: Boolean(m[1]), type: m[2], name: m[3] } : undefined;
}
function entries(section: SynthesizedStack["resource"], type: string): [string, Block][] {
  return Object.entries(section?.[type] ?? {});
}

function flowOf(grants: readonly string[], clientType: string): AppFlow {
  if (grants.includes(GRANT_TYPES.jwtBearer) || clientType === "trusted") return "jwt-bearer";
  if (grants.includes(GRANT_TYPES.authorizationCode)) return "authorization-code";
  if (grants.includes(GRANT_TYPES.clientCredentials)) return "client-credentials";
  return "other";
}

function appsOf(json: SynthesizedStack): Map<string, AppModel> {
  const apps = new Map<string, AppModel>();
  for (const [name, b] of entries(json.resource, "oci_identity_domains_app")) {
    const allowedGrants = strings(b.allowed_grants);
    const clientType = str(b.client_type) || "confidential";
    apps.set(name, {
      address: `oci_identity_domains_app.${name}`,
      path: pathOf(b),
      name: str(b.name),
      identityDomainUrl: str(b.idcs_endpoint) || undefined,
      displayName: str(b.display_name),
      flow: flowOf(allowedGrants, clientType),
      clientType,
      allowedGrants,
      scopes: many(b.allowed_scopes).map((s) => str(s.fqs)),
      redirectUris: strings(b.redirect_uris),
      certificateAliases: many(b.certificates).map((c) => str(c.cert_alias)),
      active: b.active !== false,
      preventDestroy: protectedBlock(b),
    });
  }
  return apps;
}

/** Who a grant names: the user or group looked up by a data source, or the app it references. */
function granteeOf(json: SynthesizedStack, apps: Map<string, AppModel>, grantee: Block): GrantModel["grantee"] {
  const ref = reference(str(grantee.value));
  const type = str(grantee.type);
  if (type === "User") {
    const ds = ref ? json.data?.oci_identity_domains_users?.[ref.name] : undefined;
    return { type: "User", userName: filterValue(str(ds?.user_filter), "userName") ?? str(grantee.value) };
  }
  if (type === "Group") {
    const ds = ref ? json.data?.oci_identity_domains_groups?.[ref.name] : undefined;
    return { type: "Group", groupName: filterValue(str(ds?.group_filter), "displayName") ?? str(grantee.value) };
  }
  const app = ref && ref.type === "oci_identity_domains_app" ? apps.get(ref.name) : undefined;
  return { type: "App", appName: app?.name ?? str(grantee.value) };
}

function grantsOf(json: SynthesizedStack, apps: Map<string, AppModel>): GrantModel[] {
  return entries(json.resource, "oci_identity_domains_grant").map(([name, b]) => {
    const roleValue = str(one(b.entitlement).attribute_value);
    const roleRef = reference(roleValue);
    const roleDs = roleRef ? json.data?.oci_identity_domains_app_roles?.[roleRef.name] : undefined;
    return {
      address: `oci_identity_domains_grant.${name}`,
      path: pathOf(b),
      grantee: granteeOf(json, apps, one(b.grantee)),
      role: filterValue(str(roleDs?.app_role_filter), "displayName") ?? roleValue,
      preventDestroy: protectedBlock(b),
    };
  });
}

function certificatesOf(json: SynthesizedStack): CertificateModel[] {
  return entries(json.resource, "oci_identity_domains_oauth_client_certificate").map(([name, b]) => ({
    address: `oci_identity_domains_oauth_client_certificate.${name}`,
    alias: str(b.certificate_alias),
    x509base64: str(b.x509base64certificate),
  }));
}

function signingKeyOf(json: SynthesizedStack): SigningKeyModel | undefined {
  const [name, key] = entries(json.resource, "oci_kms_key")[0] ?? [];
  if (!key) return undefined;
  return {
    address: `oci_kms_key.${name}`,
    displayName: str(key.display_name),
    protectionMode: str(key.protection_mode) || "HSM",
    algorithm: str(one(key.key_shape).algorithm),
    lengthBytes: Number(one(key.key_shape).length),
    preventDestroy: protectedBlock(key),
  };
}

/** Default-domain dynamic groups and identity-domain dynamic resource groups alike. */
function dynamicGroupsOf(json: SynthesizedStack): FunctionModel["dynamicGroups"] {
  return [
    ...entries(json.resource, "oci_identity_dynamic_group").map(([name, b]) => ({ address: `oci_identity_dynamic_group.${name}`, name: str(b.name), matchingRule: str(b.matching_rule) })),
    ...entries(json.resource, "oci_identity_domains_dynamic_resource_group").map(([name, b]) => ({
      address: `oci_identity_domains_dynamic_resource_group.${name}`,
      name: str(b.display_name),
      matchingRule: str(b.matching_rule),
      identityDomainUrl: str(b.idcs_endpoint),
    })),
  ];
}

function functionOf(json: SynthesizedStack): FunctionModel | undefined {
  const [name, fn] = entries(json.resource, "oci_functions_function")[0] ?? [];
  if (!fn) return undefined;
  const dynamicGroups = dynamicGroupsOf(json);
  return {
    address: `oci_functions_function.${name}`,
    displayName: str(fn.display_name),
    image: str(fn.image),
    imageDigest: fn.image_digest === undefined ? undefined : str(fn.image_digest),
    config: (fn.config ?? {}) as Record<string, string>,
    policies: entries(json.resource, "oci_identity_policy").map(([, p]) => ({ name: str(p.name), statements: strings(p.statements) })),
    dynamicGroupRule: (dynamicGroups.find((g) => g.matchingRule.includes("'fnfunc'")) ?? dynamicGroups[0])?.matchingRule ?? "",
    dynamicGroups,
  };
}

function outputsOf(json: SynthesizedStack): { literalOutputs: Record<string, unknown>; sensitiveOutputs: string[] } {
  const literalOutputs: Record<string, unknown> = {};
  const sensitiveOutputs: string[] = [];
  for (const [name, o] of Object.entries(json.output ?? {})) {
    if (o.sensitive) sensitiveOutputs.push(name);
    else if (isLiteral(o.value)) literalOutputs[name] = o.value;
  }
  return { literalOutputs, sensitiveOutputs };
}

/** The mission model of a synthesized stack. */
export function stackModelOf(json: SynthesizedStack): StackModel {
  const apps = appsOf(json);
  const { literalOutputs, sensitiveOutputs } = outputsOf(json);
  const literal = (name: string) => (typeof literalOutputs[name] === "string" ? (literalOutputs[name] as string) : undefined);
  const instance = Object.values(json.data?.oci_integration_integration_instance ?? {})[0];
  return {
    env: json["//"]?.metadata?.stackName ?? "",
    identityDomainUrl: literal(OUTPUTS.identityDomainUrl) ?? "",
    fusionIdentityDomainUrl: literal(OUTPUTS.fusionIdentityDomainUrl),
    oic: {
      audience: literal(OUTPUTS.oicAudience),
      scope: literal(OUTPUTS.oicScope),
      appId: literal(OUTPUTS.oicAppId),
      integrationInstanceId: instance ? str(instance.integration_instance_id) : undefined,
    },
    apps: [...apps.values()],
    grants: grantsOf(json, apps),
    certificates: certificatesOf(json),
    signingKey: signingKeyOf(json),
    function: functionOf(json),
    literalOutputs,
    sensitiveOutputs,
    acknowledgements: acknowledgementsOf(json),
  };
}

/** What the safety rules' Aspects recorded as acknowledged, in each resource's `//` metadata. */
function acknowledgementsOf(json: SynthesizedStack): AcknowledgementModel[] {
  return Object.entries(json.resource ?? {}).flatMap(([type, byName]) =>
    Object.entries(byName).flatMap(([name, block]) => {
      const acknowledged = (block["//"] as { acknowledged?: Record<string, unknown> } | undefined)?.acknowledged ?? {};
      return Object.entries(acknowledged).map(([rule, reason]) => ({ address: `${type}.${name}`, rule, reason: String(reason) }));
    }),
  );
}
