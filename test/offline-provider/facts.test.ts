// The offline provider's behaviour tables (facts/): every row cites the
// provider source it was read from, names a path the served schema has, and
// the tables agree with what the schema itself says (sets, arguments).
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { FORCE_NEW } from "../../offline-provider/facts/force-new";
import { IMPORT_RULES, compositeImportId, compositePattern } from "../../contract/provider-facts/import-ids";
import { READ_BACK } from "../../offline-provider/facts/read-back";
import { SET_ATTRIBUTES } from "../../offline-provider/facts/sets";
import { type JsonBlock, type SchemaFile, argumentNames, ociSchema } from "../../offline-provider/schema";
import { nonEmpty } from "../helpers/non-empty";

const oci = ociSchema(JSON.parse(readFileSync(new URL("../../provider/oci-schema.json", import.meta.url), "utf8")) as SchemaFile);
const ROWS = [...FORCE_NEW, ...SET_ATTRIBUTES, ...READ_BACK, ...IMPORT_RULES];

/** The schema entry at a dotted path: an attribute or a nested block, or undefined. */
function at(block: JsonBlock, path: string): { settable: boolean; set: boolean } | undefined {
  const [name, ...rest] = path.split(".");
  const nested = block.block_types?.[name];
  if (rest.length > 0) return nested ? at(nested.block, rest.join(".")) : undefined;
  if (nested) return { settable: true, set: nested.nesting_mode === "set" };
  const attr = block.attributes?.[name];
  if (!attr) return undefined;
  return { settable: Boolean(attr.required || attr.optional), set: Array.isArray(attr.type) && attr.type[0] === "set" };
}

function setPathsOf(block: JsonBlock, prefix = ""): string[] {
  const attrs = Object.entries(block.attributes ?? {}).filter(([, a]) => Array.isArray(a.type) && a.type[0] === "set").map(([n]) => `${prefix}${n}`);
  const blocks = Object.entries(block.block_types ?? {}).flatMap(([n, nb]) => [...(nb.nesting_mode === "set" ? [`${prefix}${n}`] : []), ...setPathsOf(nb.block, `${prefix}${n}.`)]);
  return [...attrs, ...blocks];
}

describe("the offline provider's tables of oracle/oci 7.27.0 behaviour", () => {
  it("cite a source file and function on every row", () => {
    expect(ROWS.length).toBeGreaterThan(150);
    for (const r of ROWS) expect(r.source).toEqual({ file: expect.stringMatching(/^internal\/service\/(identity_domains|kms|functions|identity)\/[a-z_]+\.go$/), fn: expect.stringMatching(/^[A-Za-z]/) });
  });

  it("name only types and paths the served schema has; ForceNew only on arguments", () => {
    expect(FORCE_NEW.length).toBeGreaterThan(0);
    for (const r of nonEmpty(FORCE_NEW, "ForceNew row")) expect({ ...r, found: at(oci.resource_schemas[r.type].block, r.path) }).toMatchObject({ found: { settable: true } });
    for (const r of nonEmpty(READ_BACK, "read-back row")) expect({ ...r, found: at(oci.resource_schemas[r.type].block, r.attribute) !== undefined }).toMatchObject({ found: true });
  });

  it("list as sets exactly what the schema types as sets, for every type they cover", () => {
    const types = [...new Set([...FORCE_NEW.map((r) => r.type), ...SET_ATTRIBUTES.map((r) => r.type)])];
    expect(types.length).toBeGreaterThan(5);
    for (const t of types) expect({ t, sets: SET_ATTRIBUTES.filter((r) => r.type === t).map((r) => r.path).sort() }).toEqual({ t, sets: setPathsOf(oci.resource_schemas[t].block).sort() });
  });

  it("replace grants, certificates and app roles on every argument (no Update function in the provider)", () => {
    for (const t of ["oci_identity_domains_grant", "oci_identity_domains_oauth_client_certificate", "oci_identity_domains_app_role"]) {
      const rows = new Set(FORCE_NEW.filter((r) => r.type === t).map((r) => r.path));
      const args = argumentNames(oci.resource_schemas[t].block).filter((n) => n !== "timeouts");
      expect(args.length).toBeGreaterThan(5);
      expect({ t, missing: args.filter((a) => !rows.has(a)) }).toEqual({ t, missing: [] });
    }
  });

  it("parse import ids as the provider's reads do (greedy, case-sensitive), and write them back", () => {
    const cert = IMPORT_RULES.find((r) => r.type === "oci_identity_domains_oauth_client_certificate");
    if (cert?.kind !== "composite") throw new Error("the certificate's import rule is composite");
    const id = compositeImportId(cert, "https://idcs-x.identity.oraclecloud.com", "abc");
    expect(id).toBe("idcsEndpoint/https://idcs-x.identity.oraclecloud.com/oauthClientCertificates/abc");
    expect(compositePattern(cert).exec(id)?.slice(1)).toEqual(["https://idcs-x.identity.oraclecloud.com", "abc"]);
    expect(compositePattern(cert).exec(id.replace("oauth", "oAuth"))).toBeNull();
  });
});
