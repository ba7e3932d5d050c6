import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OUTPUTS } from "../stack-outputs";
import type { AppFlow, AppModel, CertificateModel, FunctionModel, GrantModel, SigningKeyModel, StackModel } from "./stack-model";

/** A synthesized stack, as cdktf writes it (`cdk.tf.json`). */
export interface SynthesizedStack {
  readonly "//"?: { readonly metadata?: { readonly stackName?: string } };
  readonly resource?: Record<string, Record<string, Block>>;
  readonly data?: Record<string, Record<string, Block>>;
  readonly output?: Record<string, { readonly value: unknown; readonly sensitive?: boolean }>;
}
type Block = Record<string, unknown>;

/** Reads `<stackDir>/cdk.tf.json` into the mission model. */
export function readStackModel(stackDir: string): StackModel {
  const file = join(stackDir, "cdk.tf.json");
  let json: SynthesizedStack;
  try {
    json = JSON.parse(readFileSync(file, "utf8")) as SynthesizedStack;
  } catch (err) {
    throw new Error(`cannot read the synthesized stack ${file} (${(err as Error).message}); run npm run synth first`);
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

function flowOf(grants: readonly string[], clientType: string): AppFlow {
  if (grants.includes("urn:ietf:params:oauth:grant-type:jwt-bearer") || clientType === "trusted") return "jwt-bearer";
  if (grants.includes("authorization_code")) return "authorization-code";
  if (grants.includes("client_credentials")) return "client-credentials";
  return "other";
}

export function stackModelOf(json: SynthesizedStack): StackModel {
  const resources = json.resource ?? {};
  const data = json.data ?? {};
  const outputs = json.output ?? {};

  const apps: AppModel[] = Object.entries(resources.oci_identity_domains_app ?? {}).map(([name, b]) => {
    const allowedGrants = strings(b.allowed_grants);
    const clientType = str(b.client_type) || "confidential";
    return {
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
    };
  });
  const appByLogicalId = new Map(Object.keys(resources.oci_identity_domains_app ?? {}).map((id, i) => [id, apps[i]]));

  const grants: GrantModel[] = Object.entries(resources.oci_identity_domains_grant ?? {}).map(([name, b]) => {
    const grantee = one(b.grantee);
    const ref = reference(str(grantee.value));
    const type = str(grantee.type);
    let model: GrantModel["grantee"];
    if (type === "User") {
      const ds = ref ? data.oci_identity_domains_users?.[ref.name] : undefined;
      model = { type: "User", userName: filterValue(str(ds?.user_filter), "userName") ?? str(grantee.value) };
    } else if (type === "Group") {
      const ds = ref ? data.oci_identity_domains_groups?.[ref.name] : undefined;
      model = { type: "Group", groupName: filterValue(str(ds?.group_filter), "displayName") ?? str(grantee.value) };
    } else {
      const app = ref && ref.type === "oci_identity_domains_app" ? appByLogicalId.get(ref.name) : undefined;
      model = { type: "App", appName: app?.name ?? str(grantee.value) };
    }
    const roleRef = reference(str(one(b.entitlement).attribute_value));
    const roleDs = roleRef ? data.oci_identity_domains_app_roles?.[roleRef.name] : undefined;
    return {
      address: `oci_identity_domains_grant.${name}`,
      path: pathOf(b),
      grantee: model,
      role: filterValue(str(roleDs?.app_role_filter), "displayName") ?? str(one(b.entitlement).attribute_value),
      preventDestroy: protectedBlock(b),
    };
  });

  const certificates: CertificateModel[] = Object.entries(resources.oci_identity_domains_oauth_client_certificate ?? {}).map(([name, b]) => ({
    address: `oci_identity_domains_oauth_client_certificate.${name}`,
    alias: str(b.certificate_alias),
    x509base64: str(b.x509base64certificate),
  }));

  const [keyName, key] = Object.entries(resources.oci_kms_key ?? {})[0] ?? [];
  const signingKey: SigningKeyModel | undefined = key
    ? {
        address: `oci_kms_key.${keyName}`,
        displayName: str(key.display_name),
        protectionMode: str(key.protection_mode) || "HSM",
        algorithm: str(one(key.key_shape).algorithm),
        lengthBytes: Number(one(key.key_shape).length),
        preventDestroy: protectedBlock(key),
      }
    : undefined;

  const [fnName, fn] = Object.entries(resources.oci_functions_function ?? {})[0] ?? [];
  const fnModel: FunctionModel | undefined = fn
    ? {
        address: `oci_functions_function.${fnName}`,
        displayName: str(fn.display_name),
        image: str(fn.image),
        imageDigest: fn.image_digest === undefined ? undefined : str(fn.image_digest),
        config: (fn.config ?? {}) as Record<string, string>,
        policies: Object.values(resources.oci_identity_policy ?? {}).map((p) => ({ name: str(p.name), statements: strings(p.statements) })),
        dynamicGroupRule: str(Object.values(resources.oci_identity_dynamic_group ?? {})[0]?.matching_rule),
      }
    : undefined;

  const literalOutputs: Record<string, unknown> = {};
  const sensitiveOutputs: string[] = [];
  for (const [name, o] of Object.entries(outputs)) {
    if (o.sensitive) sensitiveOutputs.push(name);
    else if (isLiteral(o.value)) literalOutputs[name] = o.value;
  }
  const literal = (name: string) => (typeof literalOutputs[name] === "string" ? (literalOutputs[name] as string) : undefined);
  const instance = Object.values(data.oci_integration_integration_instance ?? {})[0];

  return {
    env: json["//"]?.metadata?.stackName ?? "",
    identityDomainUrl: literal(OUTPUTS.identityDomainUrl) ?? "",
    oic: {
      audience: literal(OUTPUTS.oicAudience),
      scope: literal(OUTPUTS.oicScope),
      appId: literal(OUTPUTS.oicAppId),
      integrationInstanceId: instance ? str(instance.integration_instance_id) : undefined,
    },
    apps,
    grants,
    certificates,
    signingKey,
    function: fnModel,
    literalOutputs,
    sensitiveOutputs,
  };
}
