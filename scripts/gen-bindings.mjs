#!/usr/bin/env node
// Regenerates the OCI provider bindings in .gen/providers/oci (the layout
// `cdktf get` writes) from the committed schema subset, so that nothing
// outside this repository and no provider download is needed.
//
//   npm run gen                          regenerate from provider/oci-schema.json
//   npm run gen -- --cut <schema-full>   first re-cut the subset below from a full
//                                        `terraform providers schema -json` dump
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";

const PROVIDER = "registry.terraform.io/oracle/oci";
const SUBSET = new URL("../provider/oci-schema.json", import.meta.url);
const OUT = new URL("../.gen", import.meta.url);

// The resources and data sources the constructs use. Add a name here and run
// with --cut to bring in another one.
export const RESOURCES = [
  "oci_artifacts_container_repository",
  "oci_functions_application",
  "oci_functions_function",
  "oci_functions_invoke_function",
  "oci_identity_domains_app",
  "oci_identity_domains_app_role",
  "oci_identity_domains_dynamic_resource_group",
  "oci_identity_domains_grant",
  "oci_identity_domains_oauth_client_certificate",
  "oci_identity_dynamic_group",
  "oci_identity_policy",
  "oci_integration_integration_instance",
  "oci_kms_key",
  "oci_kms_key_version",
  "oci_kms_sign",
  "oci_kms_vault",
  "oci_logging_log",
  "oci_logging_log_group",
  "oci_vault_secret",
];
export const DATA_SOURCES = [
  "oci_core_subnet",
  "oci_functions_application",
  "oci_functions_function",
  "oci_identity_compartment",
  "oci_identity_domain",
  "oci_identity_domains",
  "oci_identity_domains_app",
  "oci_identity_domains_app_roles",
  "oci_identity_domains_apps",
  "oci_identity_domains_groups",
  "oci_identity_domains_oauth_client_certificates",
  "oci_identity_domains_users",
  "oci_identity_tenancy",
  "oci_integration_integration_instance",
  "oci_integration_integration_instances",
  "oci_kms_key",
  "oci_kms_key_version",
  "oci_kms_vault",
  "oci_objectstorage_namespace",
];

function pick(all, names, kind) {
  const out = {};
  for (const name of names) {
    if (!all[name]) throw new Error(`${kind} ${name} is not in the full schema`);
    out[name] = all[name];
  }
  return out;
}

async function cut(fullPath) {
  const full = JSON.parse(await readFile(fullPath, "utf8"));
  const p = full.provider_schemas[PROVIDER];
  const subset = {
    format_version: full.format_version,
    provider_schemas: {
      [PROVIDER]: {
        provider: p.provider,
        resource_schemas: pick(p.resource_schemas, RESOURCES, "resource"),
        data_source_schemas: pick(p.data_source_schemas, DATA_SOURCES, "data source"),
      },
    },
  };
  await writeFile(SUBSET, JSON.stringify(subset));
  console.log(`cut ${RESOURCES.length} resources, ${DATA_SOURCES.length} data sources into provider/oci-schema.json`);
}

const args = process.argv.slice(2);
const cutAt = args.indexOf("--cut");
if (cutAt >= 0) {
  if (!args[cutAt + 1]) throw new Error("--cut needs the path of a full provider schema JSON");
  await cut(args[cutAt + 1]);
}

// The generator asks the terraform binary for its version; a CLI config
// variable naming a missing file only makes terraform print a warning.
if (process.env.TF_CLI_CONFIG_FILE && !existsSync(process.env.TF_CLI_CONFIG_FILE)) delete process.env.TF_CLI_CONFIG_FILE;

const { generateProviderBindingsFromSchema } = await import("@cdktf/provider-generator");
const started = performance.now();
const schema = JSON.parse(await readFile(SUBSET, "utf8"));
await rm(new URL("providers/oci", OUT + "/"), { recursive: true, force: true });
await generateProviderBindingsFromSchema(OUT.pathname, schema);
console.log(`generated .gen/providers/oci in ${Math.round(performance.now() - started)} ms`);
