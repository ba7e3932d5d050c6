/**
 * The allow-list a pull request's synthesized configuration must pass before
 * the privileged plan job hands it to `terraform init` / `plan` with cloud
 * credentials. The configuration was produced by code nobody has reviewed
 * yet, so anything that could run code, read files, talk to another service,
 * reach another state or copy a secret into a place the review prints is
 * refused, each with one line naming the file, the address and the reason.
 *
 * What may pass:
 * - the artifact holds `manifest.json` and `stacks/<env>/cdk.tf.json` only:
 *   no symlinks, no other file (no `*_override.tf.json`, `*.tfvars`,
 *   `.terraform/`, lock file or plugin directory, which Terraform would read);
 * - `terraform`: `required_providers` = exactly `oci` from `oracle/oci` at the
 *   pinned version; `backend` = exactly the backend the base branch
 *   synthesizes for that environment; `required_version`; nothing else;
 * - `provider`: only `oci`, with `region`, `auth`, `config_file_profile`,
 *   `alias` (no key or config file paths);
 * - resources and data sources of the OCI provider (plus Terraform's built-in
 *   `terraform_data`), no `terraform_remote_state`, no data source that reads
 *   secret contents, no `provisioner`/`connection`, no `module`, `check`,
 *   `import`, `removed`, `ephemeral` blocks;
 * - expressions call only pure built-in functions (no `file*`,
 *   `templatefile`, `pathexpand`, `nonsensitive`, no provider functions), and
 *   reference a secret-bearing attribute (`client_secret` ...) only inside a
 *   `sensitive` output, never a whole resource object (which would carry them).
 */
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { functionCalls, references, selfAttributes, templateExpressions } from "./expressions";

export interface Violation {
  /** Path inside the artifact, e.g. `stacks/dev/cdk.tf.json`. */
  readonly file: string;
  /** Terraform address or JSON path, e.g. `data.external.x`, `terraform.backend`. */
  readonly address: string;
  readonly reason: string;
}

export function formatViolation(v: Violation): string {
  return `${v.file}: ${v.address}: ${v.reason}`;
}

export interface ExpectedStack {
  /** The backend block as the base branch synthesizes it: `{ "s3": { ... } }`. */
  readonly backend: Record<string, unknown>;
  /** Exact version of `oracle/oci`. */
  readonly providerVersion: string;
}

export const OCI_PROVIDER_SOURCES = ["oracle/oci", "registry.terraform.io/oracle/oci"] as const;
const ENV_DIR = /^[a-z][a-z0-9-]*$/;
const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Terraform's built-in resource types that are allowed (no provider download, no side effect at plan). */
const BUILTIN_RESOURCES = new Set(["terraform_data"]);

/** OCI data sources that return secret contents (a read-only principal should not hold the permission either). */
const SECRET_DATA_SOURCES = new Set(["oci_secrets_secretbundle", "oci_secrets_secretbundle_versions", "oci_vault_secret"]);

/** Attribute names that carry secrets (the provider does not mark `client_secret` sensitive). */
const SECRET_ATTRIBUTE = /(^|_)(client_secret|hashed_client_secret|secret_key|client_app_secret|key_store_password|password|private_key|access_token|refresh_token|idcs_at)$/;

/** Pure built-in functions. Anything else (file*, templatefile, pathexpand, abspath, nonsensitive, provider::...) is refused. */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  // numeric
  "abs", "ceil", "floor", "log", "max", "min", "parseint", "pow", "signum",
  // string
  "chomp", "endswith", "format", "formatlist", "indent", "join", "lower", "regex", "regexall", "replace", "split",
  "startswith", "strcontains", "strrev", "substr", "title", "trim", "trimprefix", "trimsuffix", "trimspace", "upper",
  // collection
  "alltrue", "anytrue", "chunklist", "coalesce", "coalescelist", "compact", "concat", "contains", "distinct", "element",
  "flatten", "index", "keys", "length", "lookup", "matchkeys", "merge", "one", "range", "reverse", "setintersection",
  "setproduct", "setsubtract", "setunion", "slice", "sort", "sum", "transpose", "values", "zipmap",
  // encoding
  "base64decode", "base64encode", "base64gzip", "csvdecode", "jsondecode", "jsonencode", "textdecodebase64",
  "textencodebase64", "urlencode", "yamldecode", "yamlencode",
  // date and time, hash, ip network
  "formatdate", "plantimestamp", "timeadd", "timecmp", "timestamp", "base64sha256", "base64sha512", "md5", "sha1",
  "sha256", "sha512", "uuid", "uuidv5", "cidrhost", "cidrnetmask", "cidrsubnet", "cidrsubnets",
  // type conversion
  "can", "issensitive", "sensitive", "tobool", "tolist", "tomap", "tonumber", "toset", "tostring", "try", "type",
  // path functions that only transform the string given
  "basename", "dirname",
]);

const TOP_LEVEL = new Set(["//", "terraform", "provider", "resource", "data", "output", "variable", "locals", "moved"]);
const TOP_LEVEL_REASON: Record<string, string> = {
  module: "modules are not allowed: a module is code from elsewhere, fetched at init",
  check: "check blocks are not allowed (they can hold scoped data sources)",
  import: "import blocks are not allowed in a pull-request plan",
  removed: "removed blocks are not allowed (they can carry provisioners)",
  ephemeral: "ephemeral resources are not allowed",
};
const TERRAFORM_KEYS = new Set(["backend", "required_providers", "required_version"]);
const PROVIDER_ARGS = new Set(["region", "auth", "config_file_profile", "alias"]);
/** Keys whose values Terraform reads as static references or names, not templates. */
const STATIC_KEYS = new Set(["depends_on", "ignore_changes", "replace_triggered_by", "provider"]);
const STATIC_REFERENCE = /^(data\.)?[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*$/;

interface Context {
  readonly file: string;
  readonly resourceTypes: ReadonlySet<string>;
  readonly dataTypes: ReadonlySet<string>;
  readonly out: Violation[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const blocks = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isObject) : isObject(v) ? [v] : []);

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return deepEqual(ka, kb) && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** Every template string below `value` (keys included: JSON object keys are templates too), except static keys and `//` comments. */
function checkExpressions(value: unknown, address: string, ctx: Context, options: { allowSecrets?: boolean } = {}): void {
  const visit = (v: unknown, key?: string): void => {
    if (key === "//") return;
    if (key !== undefined && STATIC_KEYS.has(key)) {
      checkStatic(v, `${address} ${key}`, key, ctx);
      return;
    }
    if (typeof v === "string") checkTemplate(v, address, ctx, options);
    else if (Array.isArray(v)) v.forEach((x) => visit(x));
    else if (isObject(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (k !== "//") checkTemplate(k, address, ctx, options);
        visit(x, k);
      }
    }
  };
  visit(value);
}

function checkStatic(v: unknown, address: string, key: string, ctx: Context): void {
  const items = Array.isArray(v) ? v : [v];
  for (const item of items) {
    if (typeof item !== "string") {
      ctx.out.push({ file: ctx.file, address, reason: `${key} must list plain names or references, got ${JSON.stringify(item)}` });
      continue;
    }
    const plain = item.replace(/^\$\{(.*)\}$/s, "$1").trim();
    const ok = key === "provider" ? /^oci(\.[A-Za-z_][A-Za-z0-9_-]*)?$/.test(plain) : key === "ignore_changes" ? /^(all|[A-Za-z_][A-Za-z0-9_.[\]"*-]*)$/.test(plain) : STATIC_REFERENCE.test(plain) || /^[A-Za-z_][A-Za-z0-9_.[\]"-]*$/.test(plain);
    if (!ok) {
      ctx.out.push({
        file: ctx.file,
        address,
        reason: key === "provider" ? `resources may use only the oci provider (got "${item}")` : `${key} takes static references only (got "${item}")`,
      });
    }
  }
}

function checkTemplate(text: string, address: string, ctx: Context, options: { allowSecrets?: boolean }): void {
  if (!text.includes("{")) return;
  for (const code of templateExpressions(text)) {
    for (const fn of functionCalls(code)) {
      if (fn.includes("::")) {
        ctx.out.push({ file: ctx.file, address, reason: `provider-defined function ${fn}() is not allowed` });
      } else if (!ALLOWED_FUNCTIONS.has(fn)) {
        ctx.out.push({ file: ctx.file, address, reason: `function ${fn}() is not on the allow-list (it can read files or reveal sensitive values)` });
      }
    }
    for (const ref of references(code, ctx.resourceTypes, ctx.dataTypes)) {
      const secret = ref.attributes.find((a) => SECRET_ATTRIBUTE.test(a));
      if (ref.attributes.length === 0) {
        ctx.out.push({ file: ctx.file, address, reason: `whole-object reference ${ref.text} is not allowed (it carries every attribute, secrets included): name the attribute` });
      } else if (secret && !options.allowSecrets) {
        ctx.out.push({ file: ctx.file, address, reason: `reference to secret attribute ${ref.text} outside a sensitive output` });
      }
    }
    for (const attrs of selfAttributes(code)) {
      const secret = attrs.find((a) => SECRET_ATTRIBUTE.test(a));
      if (secret) ctx.out.push({ file: ctx.file, address, reason: `reference to secret attribute self.${attrs.join(".")}` });
    }
  }
}

function checkTerraformBlock(terraform: unknown, expected: ExpectedStack, ctx: Context): void {
  if (!isObject(terraform)) {
    ctx.out.push({ file: ctx.file, address: "terraform", reason: "the terraform block is missing: expected required_providers and the backend" });
    return;
  }
  for (const key of Object.keys(terraform)) {
    if (key !== "//" && !TERRAFORM_KEYS.has(key)) {
      ctx.out.push({ file: ctx.file, address: `terraform.${key}`, reason: `terraform.${key} is not allowed (only backend, required_providers, required_version)` });
    }
  }
  const providers = isObject(terraform.required_providers) ? terraform.required_providers : {};
  for (const [name, spec] of Object.entries(providers)) {
    const source = isObject(spec) ? spec.source : spec;
    if (name !== "oci") {
      ctx.out.push({ file: ctx.file, address: `terraform.required_providers.${name}`, reason: `provider "${name}" (${String(source ?? "hashicorp/" + name)}) is not allowed: only oracle/oci` });
      continue;
    }
    if (!isObject(spec) || !(OCI_PROVIDER_SOURCES as readonly unknown[]).includes(spec.source)) {
      ctx.out.push({ file: ctx.file, address: "terraform.required_providers.oci", reason: `source must be oracle/oci (got ${JSON.stringify(source)})` });
    }
    if (!isObject(spec) || spec.version !== expected.providerVersion) {
      ctx.out.push({
        file: ctx.file,
        address: "terraform.required_providers.oci",
        reason: `version must be exactly ${expected.providerVersion} (got ${JSON.stringify(isObject(spec) ? spec.version : undefined)})`,
      });
    }
    if (isObject(spec)) {
      for (const k of Object.keys(spec)) {
        if (!["source", "version"].includes(k)) ctx.out.push({ file: ctx.file, address: `terraform.required_providers.oci.${k}`, reason: `${k} is not allowed in required_providers` });
      }
    }
  }
  if (!("oci" in providers)) {
    ctx.out.push({ file: ctx.file, address: "terraform.required_providers", reason: `oracle/oci ${expected.providerVersion} must be required explicitly` });
  }
  const backend = terraform.backend;
  if (!deepEqual(backend, expected.backend)) {
    const got = isObject(backend) ? Object.keys(backend).join(", ") || "(empty)" : "(none)";
    const want = Object.keys(expected.backend).join(", ");
    ctx.out.push({
      file: ctx.file,
      address: "terraform.backend",
      reason: got === want ? `the ${got} backend differs from the one the base branch configures for this environment (bucket, key, endpoint ...)` : `backend "${got}" is not the expected "${want}" backend of this environment`,
    });
  }
}

function checkProviders(provider: unknown, ctx: Context): void {
  if (provider === undefined) return;
  if (!isObject(provider)) {
    ctx.out.push({ file: ctx.file, address: "provider", reason: "provider must be an object" });
    return;
  }
  for (const [name, configs] of Object.entries(provider)) {
    if (name !== "oci") {
      ctx.out.push({ file: ctx.file, address: `provider.${name}`, reason: `provider "${name}" is not allowed: only oci` });
      continue;
    }
    for (const config of blocks(configs)) {
      const address = `provider.oci${typeof config.alias === "string" ? `.${config.alias}` : ""}`;
      for (const key of Object.keys(config)) {
        if (key !== "//" && !PROVIDER_ARGS.has(key)) {
          ctx.out.push({ file: ctx.file, address, reason: `provider argument ${key} is not allowed (credentials and files come from the pipeline, not the configuration)` });
        }
      }
      checkExpressions(config, address, ctx);
    }
  }
}

function checkResources(section: "resource" | "data", value: unknown, ctx: Context): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    ctx.out.push({ file: ctx.file, address: section, reason: `${section} must be an object` });
    return;
  }
  for (const [type, named] of Object.entries(value)) {
    if (type === "//") continue;
    const prefix = section === "data" ? `data.${type}` : type;
    const typeAllowed =
      section === "resource" ? type.startsWith("oci_") || BUILTIN_RESOURCES.has(type) : type.startsWith("oci_") && !SECRET_DATA_SOURCES.has(type);
    for (const [name, body] of Object.entries(isObject(named) ? named : {})) {
      if (name === "//") continue;
      const address = `${prefix}.${name}`;
      if (!typeAllowed) {
        const why =
          type === "terraform_remote_state"
            ? "terraform_remote_state reads another state with the pipeline's credentials"
            : SECRET_DATA_SOURCES.has(type)
              ? `data source ${type} reads secret contents`
              : `${section === "data" ? "data source" : "resource type"} ${type} is not from oracle/oci (only OCI types and terraform_data)`;
        ctx.out.push({ file: ctx.file, address, reason: why });
      }
      for (const b of blocks(body)) {
        if ("provisioner" in b) ctx.out.push({ file: ctx.file, address, reason: `provisioners (${Object.keys(blocks(b.provisioner)[0] ?? {}).join(", ") || "any"}) are not allowed: they run commands` });
        if ("connection" in b) ctx.out.push({ file: ctx.file, address, reason: "connection blocks are not allowed (they serve provisioners)" });
        checkExpressions(
          Object.fromEntries(Object.entries(b).filter(([k]) => k !== "provisioner" && k !== "connection")),
          address,
          ctx,
        );
      }
    }
  }
}

/** Checks one synthesized stack (`cdk.tf.json`, parsed). */
export function checkStackConfig(stack: unknown, file: string, expected: ExpectedStack): Violation[] {
  const out: Violation[] = [];
  if (!isObject(stack)) return [{ file, address: "(file)", reason: "not a JSON object" }];
  const resourceTypes = new Set(Object.keys(isObject(stack.resource) ? stack.resource : {}));
  const dataTypes = new Set(Object.keys(isObject(stack.data) ? stack.data : {}));
  const ctx: Context = { file, resourceTypes, dataTypes, out };

  for (const key of Object.keys(stack)) {
    if (!TOP_LEVEL.has(key)) {
      const names = isObject(stack[key]) ? Object.keys(stack[key] as object) : [];
      const address = names.length ? names.map((n) => `${key}.${n}`).join(", ") : key;
      out.push({ file, address, reason: TOP_LEVEL_REASON[key] ?? `top-level block "${key}" is not allowed` });
    }
  }
  checkTerraformBlock(stack.terraform, expected, ctx);
  checkProviders(stack.provider, ctx);
  checkResources("resource", stack.resource, ctx);
  checkResources("data", stack.data, ctx);
  for (const [section, value] of [["variable", stack.variable], ["locals", stack.locals], ["moved", stack.moved]] as const) {
    if (value !== undefined) checkExpressions(value, section, ctx);
  }
  if (stack.output !== undefined) {
    for (const [name, body] of Object.entries(isObject(stack.output) ? stack.output : {})) {
      for (const b of blocks(body)) checkExpressions(b, `output.${name}`, ctx, { allowSecrets: b.sensitive === true });
    }
  }
  return out;
}

/** Reads the expected backend and provider version from the base branch's synthesized stack. */
export function expectedFromStack(stack: unknown): ExpectedStack {
  const terraform = isObject(stack) && isObject(stack.terraform) ? stack.terraform : {};
  const providers = isObject(terraform.required_providers) ? terraform.required_providers : {};
  const oci = isObject(providers.oci) ? providers.oci : {};
  return {
    backend: isObject(terraform.backend) ? terraform.backend : { local: {} },
    providerVersion: typeof oci.version === "string" ? oci.version : "(none)",
  };
}

/**
 * Checks the downloaded artifact: shape first (only the files the pipeline
 * expects, no symlinks), then the stack of each environment to be planned.
 */
export function checkArtifact(dir: string, envs: readonly string[], expectedFor: (env: string) => ExpectedStack | undefined): Violation[] {
  const out: Violation[] = [];
  const files = new Set<string>();
  const walk = (path: string): void => {
    const rel = relative(dir, path).split(sep).join("/") || ".";
    const st = lstatSync(path);
    if (st.isSymbolicLink()) {
      out.push({ file: rel, address: "(file)", reason: "symbolic links are not allowed in the artifact" });
      return;
    }
    if (st.isDirectory()) {
      const depth = rel === "." ? 0 : rel.split("/").length;
      const dirOk = rel === "." || rel === "stacks" || (depth === 2 && rel.startsWith("stacks/") && ENV_DIR.test(rel.slice(7)));
      if (!dirOk) {
        out.push({ file: rel, address: "(directory)", reason: "unexpected directory in the artifact (only stacks/<env>/)" });
        return;
      }
      for (const entry of readdirSync(path)) walk(join(path, entry));
      return;
    }
    if (!st.isFile()) {
      out.push({ file: rel, address: "(file)", reason: "not a regular file" });
      return;
    }
    const fileOk = rel === "manifest.json" || /^stacks\/[a-z][a-z0-9-]*\/cdk\.tf\.json$/.test(rel);
    if (!fileOk) {
      const why = /_override\.tf(\.json)?$/.test(rel)
        ? "override files are not allowed (Terraform merges them into the configuration)"
        : /\.tf(\.json)?$|\.tfvars(\.json)?$/.test(rel)
          ? "extra Terraform files are not allowed (Terraform reads every one in the directory)"
          : "unexpected file in the artifact (only manifest.json and stacks/<env>/cdk.tf.json)";
      out.push({ file: rel, address: "(file)", reason: why });
      return;
    }
    if (st.size > MAX_FILE_BYTES) {
      out.push({ file: rel, address: "(file)", reason: `larger than ${MAX_FILE_BYTES} bytes` });
      return;
    }
    files.add(rel);
  };
  walk(dir);

  for (const env of envs) {
    const rel = `stacks/${env}/cdk.tf.json`;
    if (!ENV_DIR.test(env)) {
      out.push({ file: rel, address: "(file)", reason: `"${env}" is not an environment name` });
      continue;
    }
    if (!files.has(rel)) {
      if (!out.some((v) => v.file === rel)) out.push({ file: rel, address: "(file)", reason: "missing: the pull request did not synthesize this environment" });
      continue;
    }
    const expected = expectedFor(env);
    if (!expected) {
      out.push({ file: rel, address: "(file)", reason: `environment ${env} does not exist on the base branch: it is planned after merge` });
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(dir, rel), "utf8"));
    } catch {
      out.push({ file: rel, address: "(file)", reason: "not valid JSON" });
      continue;
    }
    out.push(...checkStackConfig(parsed, rel, expected));
  }
  return out;
}
