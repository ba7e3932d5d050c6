/**
 * The closed shape of a stack our constructs synthesize: the resource types,
 * the data sources with the exact arguments, references and postconditions
 * the constructs write, and the functions the stacks call. check-config
 * refuses anything else. test/pipeline/config-shape.test.ts synthesizes
 * every environment and the construct variants (a certificate on the trusted
 * app, two identity domains with a non-Default domain's dynamic group) and
 * asserts that these lists equal what they emit: a construct that starts to
 * emit something new fails that test until it is added here, reviewed.
 */

/** Resource types our constructs create (lib/constructs/*). */
export const RESOURCE_TYPES: readonly string[] = [
  "oci_functions_application",
  "oci_functions_function",
  "oci_identity_domains_app",
  "oci_identity_domains_dynamic_resource_group",
  "oci_identity_domains_grant",
  "oci_identity_domains_oauth_client_certificate",
  "oci_identity_dynamic_group",
  "oci_identity_policy",
  "oci_kms_key",
  "oci_kms_vault",
];

export interface DataSourceShape {
  /** Every argument the construct sets (besides `//` and `lifecycle`); all are literal or checked templates. */
  readonly arguments: readonly string[];
  /** The search filter argument and the only form it may take (a SCIM `eq` on one value). */
  readonly filter?: { readonly argument: string; readonly pattern: RegExp };
  /** The list attribute the `length(self.<list>) == 1` postcondition counts. */
  readonly postconditionList?: string;
  /** The attribute paths other blocks read, as written after the address. */
  readonly references: readonly string[];
}

/** A SCIM string value as lib/constructs write it: quoted, or one interpolation inside the quotes. */
const SCIM_VALUE = String.raw`"(?:[^"\\$%]|\$\{[^}]+\})+"`;

/**
 * Data sources our constructs read (lib/constructs/oic-resource.ts): one app
 * role, one user, one group by exact name, and the integration instance. No
 * Object Storage, secrets, KMS crypto or listing data source is here, nor
 * `terraform_remote_state`, `external` or `http`.
 */
export const DATA_SOURCES: Readonly<Record<string, DataSourceShape>> = {
  oci_identity_domains_app_roles: {
    arguments: ["idcs_endpoint", "app_role_filter"],
    filter: { argument: "app_role_filter", pattern: new RegExp(`^app\\.value eq ${SCIM_VALUE} and displayName eq ${SCIM_VALUE}$`) },
    postconditionList: "app_roles",
    references: ["app_roles[0].id"],
  },
  oci_identity_domains_users: {
    arguments: ["idcs_endpoint", "user_filter"],
    filter: { argument: "user_filter", pattern: new RegExp(`^userName eq ${SCIM_VALUE}$`) },
    postconditionList: "users",
    references: ["users[0].id"],
  },
  oci_identity_domains_groups: {
    arguments: ["idcs_endpoint", "group_filter"],
    filter: { argument: "group_filter", pattern: new RegExp(`^displayName eq ${SCIM_VALUE}$`) },
    postconditionList: "groups",
    references: ["groups[0].id"],
  },
  oci_integration_integration_instance: {
    arguments: ["integration_instance_id"],
    references: ["idcs_info[0].idcs_app_id", "idcs_info[0].instance_primary_audience_url", "instance_url"],
  },
};

/** Functions the stacks call (lib/oic-access-stack/outputs.ts: the apps output). `length` appears only in the postconditions, matched whole. */
export const FUNCTIONS: readonly string[] = ["jsonencode"];

/** The postcondition our OicResource puts on each lookup, matched exactly; its message must be literal text. */
export const postconditionFor = (list: string): string => `\${length(self.${list}) == 1}`;

/** Why a top-level block our stacks never write is refused. */
export const REFUSED_TOP_LEVEL: Readonly<Record<string, string>> = {
  module: "modules are not allowed (they download and run other configuration)",
  check: "check blocks are not allowed (their data sources and assertions run at plan)",
  import: "import blocks are not allowed (they read existing objects into the plan)",
  removed: "removed blocks are not allowed",
  moved: "moved blocks are not allowed",
  ephemeral: "ephemeral resources are not allowed (they run at plan)",
  locals: "locals are not allowed: our constructs write none",
};

/** Resource and data source arguments (and meta-arguments) that are refused with their own reason. */
export const REFUSED_ARGUMENTS: Readonly<Record<string, string>> = {
  for_each: "for_each is not allowed: our constructs write none, and its keys print data into the plan",
  count: "count is not allowed: our constructs write none",
  provider: "a provider meta-argument is not allowed: every block uses the one oci provider",
  provisioner: "provisioners are not allowed: they run commands",
  connection: "connection blocks are not allowed (they serve provisioners)",
  dynamic: "dynamic blocks are not allowed: our constructs write none",
};

/** Attribute names that carry a secret (the provider does not mark `client_secret` sensitive). */
export const SECRET_ATTRIBUTE = /secret|password|private_key|(^|_)(access|refresh)_token$|^idcs_at$/;
