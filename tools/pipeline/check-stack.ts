/**
 * Checks one synthesized stack of a pull request (already read by the strict
 * JSON reader) against the closed shape of config-shape.ts, the provider
 * schema and the base branch's synthesis of the same environment. Each
 * problem is one line naming the file, the Terraform address and the reason.
 *
 * What passes, and nothing else:
 * - top level: `//` (cdktf's metadata, a comment for Terraform), `terraform`,
 *   `provider` and `variable` exactly as the base branch synthesizes them
 *   (backend, pinned oracle/oci, region, auth and profile cannot change in a
 *   pull request), and `resource`, `data`, `output`;
 * - resources of the types our constructs create, each argument and block
 *   from the provider schema (no read-only attribute), `//` metadata,
 *   `depends_on` of declared resources, `lifecycle { prevent_destroy = true }`;
 * - the data sources our constructs read, with exactly their arguments, the
 *   filter in its one form and the `length(self.<list>) == 1` postcondition
 *   with a literal message;
 * - `idcs_endpoint` only as one of the environment's identity domains, and
 *   `integration_instance_id` only as its instance (the base branch's
 *   synthesis names them);
 * - outputs in object form: `value`, a literal `description`, `sensitive`;
 * - every string Terraform evaluates in the grammar of template.ts, calling
 *   only the functions in config-shape.ts and referencing only declared
 *   resources (one attribute of the schema; a secret one only inside a
 *   sensitive output) and the data-source paths our constructs read.
 * `//` is accepted only where Terraform reads it as a comment: at the top
 * level and in a resource or data source body. Anywhere else (an expression
 * object such as `freeform_tags`) Terraform evaluates it, so it is refused.
 */
import schemaFile from "../../provider/oci-schema.json" with { type: "json" };
import { DATA_SOURCES, FUNCTIONS, postconditionFor, REFUSED_ARGUMENTS, REFUSED_TOP_LEVEL, RESOURCE_TYPES, SECRET_ATTRIBUTE } from "./config-shape";
import type { JsonObject, JsonValue } from "./strict-json";
import { hasTemplateSyntax, parseTemplate, TemplateError, type Expr, type Step } from "./template";

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

/** What the base branch's synthesis of the environment fixes for a pull request. */
export interface Baseline {
  readonly terraform: JsonValue | undefined;
  readonly provider: JsonValue | undefined;
  readonly variable: JsonValue | undefined;
  /** Every `idcs_endpoint` the base stack uses: the environment's identity domains. */
  readonly domains: ReadonlySet<string>;
  /** The integration instance(s) the base stack looks up: a pull request cannot read another environment's. */
  readonly instances: ReadonlySet<string>;
}

type CtyType = string | readonly [string, unknown];
interface SchemaAttribute {
  readonly type?: CtyType;
  readonly optional?: boolean;
  readonly required?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
}
interface SchemaBlock {
  readonly attributes?: Readonly<Record<string, SchemaAttribute>>;
  readonly block_types?: Readonly<Record<string, { readonly nesting_mode: string; readonly block: SchemaBlock }>>;
}
const oci = (schemaFile as unknown as { provider_schemas: Record<string, { resource_schemas: Record<string, { block: SchemaBlock }> }> }).provider_schemas[
  "registry.terraform.io/oracle/oci"
]!;

const LABEL = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const MAP_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.:/-]*$/;
const PRIMITIVES = new Set(["string", "number", "bool"]);

export const isObject = (v: JsonValue | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

export function deepEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return deepEqual(ka, kb) && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** Reads the baseline from the base branch's synthesized stack of the environment. */
export function baselineFromStack(base: JsonValue): Baseline {
  const stack = isObject(base) ? base : {};
  const domains = new Set<string>();
  const instances = new Set<string>();
  for (const section of [stack.resource, stack.data]) {
    for (const named of Object.values(isObject(section) ? section : {})) {
      for (const body of Object.values(isObject(named) ? named : {})) {
        if (isObject(body) && typeof body.idcs_endpoint === "string") domains.add(body.idcs_endpoint);
        if (isObject(body) && typeof body.integration_instance_id === "string") instances.add(body.integration_instance_id);
      }
    }
  }
  return { terraform: stack.terraform, provider: stack.provider, variable: stack.variable, domains, instances };
}

class StackCheck {
  readonly out: Violation[] = [];
  private readonly resources = new Map<string, Set<string>>();
  private readonly dataSources = new Map<string, Set<string>>();

  constructor(
    private readonly file: string,
    private readonly stack: JsonObject,
    private readonly baseline: Baseline,
  ) {
    for (const [section, into] of [["resource", this.resources], ["data", this.dataSources]] as const) {
      const v = stack[section];
      for (const [type, named] of Object.entries(isObject(v) ? v : {})) into.set(type, new Set(Object.keys(isObject(named) ? named : {})));
    }
  }

  private add(address: string, reason: string): void {
    this.out.push({ file: this.file, address, reason });
  }

  run(): Violation[] {
    for (const [key, value] of Object.entries(this.stack)) {
      if (key === "//") continue;
      if (key === "terraform") this.terraform(value);
      else if (key === "provider" || key === "variable") {
        if (!deepEqual(value, this.baseline[key])) this.add(key, `the ${key} block differs from the one the base branch synthesizes for this environment (${differingKeys(value, this.baseline[key])}): a pull request cannot change it`);
      } else if (key === "resource") this.section("resource", value);
      else if (key === "data") this.section("data", value);
      else if (key === "output") this.outputs(value);
      else {
        const names = isObject(value) ? Object.keys(value) : [];
        this.add(names.length ? names.map((n) => `${key}.${n}`).join(", ") : key, REFUSED_TOP_LEVEL[key] ?? `top-level block "${key}" is not allowed`);
      }
    }
    for (const key of ["terraform", "provider", "variable"] as const) {
      if (!(key in this.stack) && this.baseline[key] !== undefined) this.add(key, `the ${key} block is missing (the base branch synthesizes one)`);
    }
    return this.out;
  }

  private terraform(value: JsonValue): void {
    const base = this.baseline.terraform;
    if (deepEqual(value, base)) return;
    if (!isObject(value) || !isObject(base)) {
      this.add("terraform", "the terraform block must be the object the base branch synthesizes");
      return;
    }
    for (const key of new Set([...Object.keys(value), ...Object.keys(base)])) {
      if (deepEqual(value[key], base[key])) continue;
      const reason =
        key === "backend"
          ? "the backend differs from the one the base branch configures for this environment (type, bucket, key, endpoint ...)"
          : key === "required_providers"
            ? "required_providers must be exactly oracle/oci at the version the base branch pins"
            : `terraform.${key} differs from the base branch's (only the base branch's backend and required_providers)`;
      this.add(`terraform.${key}`, reason);
    }
  }

  private section(section: "resource" | "data", value: JsonValue): void {
    if (!isObject(value)) {
      this.add(section, `${section} must be an object of types`);
      return;
    }
    for (const [type, named] of Object.entries(value)) {
      const prefix = section === "data" ? `data.${type}` : type;
      const allowed = section === "resource" ? RESOURCE_TYPES.includes(type) : type in DATA_SOURCES;
      if (!allowed) {
        const names = isObject(named) ? Object.keys(named) : [];
        this.add(names.length ? names.map((n) => `${prefix}.${n}`).join(", ") : prefix, notAllowedType(section, type));
        continue;
      }
      if (!isObject(named)) {
        this.add(prefix, "must be an object of names");
        continue;
      }
      for (const [name, body] of Object.entries(named)) {
        const address = `${prefix}.${name}`;
        if (!LABEL.test(name)) this.add(address, "the name is not a Terraform identifier");
        else if (!isObject(body)) this.add(address, "the body must be one JSON object (not an array of blocks)");
        else if (section === "resource") this.resourceBody(type, address, body);
        else this.dataBody(type, address, body);
      }
    }
  }

  private resourceBody(type: string, address: string, body: JsonObject): void {
    const schema = oci.resource_schemas[type]!.block;
    for (const [key, value] of Object.entries(body)) {
      if (key === "//") continue;
      if (key === "depends_on") this.dependsOn(address, value);
      else if (key === "lifecycle") {
        if (!deepEqual(value, { prevent_destroy: true })) this.add(`${address}.lifecycle`, "only lifecycle { prevent_destroy = true } is allowed on a resource");
      } else if (key in REFUSED_ARGUMENTS) this.add(address, REFUSED_ARGUMENTS[key]!);
      else this.argument(schema, key, value, `${address}.${key}`, type);
    }
  }

  /** One argument or nested block of `block`, against the schema. */
  private argument(block: SchemaBlock, key: string, value: JsonValue, path: string, type: string): void {
    const attribute = block.attributes?.[key];
    const nested = block.block_types?.[key];
    if (attribute) {
      if (!attribute.optional && !attribute.required) this.add(path, `${key} is read-only in the provider schema`);
      else if (key === "idcs_endpoint") this.idcsEndpoint(path, value);
      else this.typed(value, attribute.type ?? "string", path, false);
    } else if (nested) {
      const bodies = Array.isArray(value) ? value : [value];
      for (const [i, b] of bodies.entries()) {
        const at = Array.isArray(value) ? `${path}[${i}]` : path;
        if (!isObject(b)) {
          this.add(at, "a block must be a JSON object");
          continue;
        }
        for (const [k, v] of Object.entries(b)) this.argument(nested.block, k, v, `${at}.${k}`, type);
      }
    } else {
      this.add(path, key === "//" ? `"//" is allowed only at the top level and in a resource or data source body` : `${key} is not an argument or block of ${type}`);
    }
  }

  /** A value of an attribute of cty type `type`. */
  private typed(value: JsonValue, type: CtyType, path: string, sensitive: boolean): void {
    if (typeof type === "string") {
      if (!PRIMITIVES.has(type)) this.add(path, `attributes of type ${type} are not allowed`);
      else if (typeof value === "string") this.template(value, path, sensitive);
      else if (typeof value !== "number" && typeof value !== "boolean") this.add(path, `expected a ${type}`);
      return;
    }
    const [kind, inner] = type;
    if (kind === "list" || kind === "set") {
      if (!Array.isArray(value)) this.add(path, `expected a JSON array (${kind})`);
      else value.forEach((v, i) => this.typed(v, inner as CtyType, `${path}[${i}]`, sensitive));
    } else if (kind === "map") {
      if (!isObject(value)) return this.add(path, "expected a JSON object (map)");
      for (const [k, v] of Object.entries(value)) {
        if (!MAP_KEY.test(k)) this.add(`${path}[${JSON.stringify(k)}]`, k === "//" ? `"//" inside an expression object is evaluated by Terraform, not a comment` : "a map key must be plain text (letters, digits, _ . : / -): keys are templates too");
        else this.typed(v, inner as CtyType, `${path}.${k}`, sensitive);
      }
    } else {
      this.add(path, `attributes of type ${kind} are not allowed`);
    }
  }

  private idcsEndpoint(path: string, value: JsonValue): void {
    if (typeof value !== "string" || !this.baseline.domains.has(value)) {
      this.add(path, `idcs_endpoint must be one of this environment's identity domains (${[...this.baseline.domains].join(", ") || "none on the base branch"})`);
    }
  }

  private dependsOn(address: string, value: JsonValue): void {
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      const [type, name, ...rest] = typeof item === "string" ? item.split(".") : [];
      if (typeof item !== "string" || rest.length || !type || !name || !this.resources.get(type)?.has(name)) {
        this.add(`${address}.depends_on`, "depends_on lists declared resources only, as TYPE.NAME");
      }
    }
  }

  private dataBody(type: string, address: string, body: JsonObject): void {
    const shape = DATA_SOURCES[type]!;
    for (const [key, value] of Object.entries(body)) {
      if (key === "//") continue;
      const path = `${address}.${key}`;
      if (key === "lifecycle") {
        const expected = shape.postconditionList ? postconditionFor(shape.postconditionList) : undefined;
        const conditions = isObject(value) && Object.keys(value).length === 1 && Array.isArray(value.postcondition) ? value.postcondition : [];
        const ok =
          expected !== undefined &&
          conditions.length === 1 &&
          isObject(conditions[0]) &&
          deepEqual(Object.keys(conditions[0]).sort(), ["condition", "error_message"]) &&
          conditions[0].condition === expected &&
          typeof conditions[0].error_message === "string" &&
          isLiteral(conditions[0].error_message);
        if (!ok) this.add(path, expected ? `only the postcondition ${expected} with a literal error_message is allowed (a message with an expression prints data into the log)` : `${type} takes no lifecycle`);
      } else if (key in REFUSED_ARGUMENTS) this.add(address, REFUSED_ARGUMENTS[key]!);
      else if (!shape.arguments.includes(key)) this.add(path, `${key} is not an argument our constructs give ${type} (only ${shape.arguments.join(", ")})`);
      else if (key === "idcs_endpoint") this.idcsEndpoint(path, value);
      else if (typeof value !== "string") this.add(path, "expected a string");
      else if (key === "integration_instance_id") {
        if (!this.baseline.instances.has(value)) this.add(path, "must be the integration instance the base branch looks up for this environment");
      } else if (shape.filter && key === shape.filter.argument && !shape.filter.pattern.test(value)) {
        this.add(path, `the filter must have the one form our constructs write (${shape.filter.pattern.source})`);
      } else this.template(value, path, false);
    }
  }

  private outputs(value: JsonValue): void {
    if (!isObject(value)) {
      this.add("output", Array.isArray(value) ? "outputs written as a JSON array are not allowed: write the object form" : "output must be an object");
      return;
    }
    for (const [name, body] of Object.entries(value)) {
      const address = `output.${name}`;
      if (!LABEL.test(name)) {
        this.add(address, "the name is not a Terraform identifier");
        continue;
      }
      if (!isObject(body)) {
        this.add(address, "an output must be one JSON object (not an array of blocks)");
        continue;
      }
      const sensitive = body.sensitive === true;
      for (const [key, v] of Object.entries(body)) {
        if (key === "value") {
          const items = Array.isArray(v) ? v : [v];
          items.forEach((item, i) => this.typed(item, "string", Array.isArray(v) ? `${address}.value[${i}]` : `${address}.value`, sensitive));
        } else if (key === "description") {
          if (typeof v !== "string" || !isLiteral(v)) this.add(`${address}.description`, "the description must be literal text");
        } else if (key === "sensitive") {
          if (typeof v !== "boolean") this.add(`${address}.sensitive`, "sensitive must be true or false");
        } else {
          this.add(`${address}.${key}`, `${key} is not allowed in an output (only value, description, sensitive)`);
        }
      }
    }
  }

  /** A string Terraform evaluates as a template. */
  private template(text: string, path: string, sensitive: boolean): void {
    if (!hasTemplateSyntax(text) && !text.includes("$${")) return;
    let parts;
    try {
      parts = parseTemplate(text);
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      this.add(path, `expression outside the allowed grammar: ${e.message}`);
      return;
    }
    for (const part of parts) if ("expr" in part) this.expression(part.expr, path, sensitive);
  }

  private expression(expr: Expr, path: string, sensitive: boolean): void {
    switch (expr.kind) {
      case "call":
        if (!FUNCTIONS.includes(expr.fn)) this.add(path, `function ${expr.fn}() is not allowed (only ${FUNCTIONS.join(", ")})`);
        expr.args.forEach((a) => this.expression(a, path, sensitive));
        return;
      case "tuple":
        expr.items.forEach((a) => this.expression(a, path, sensitive));
        return;
      case "object":
        expr.entries.forEach(([, a]) => this.expression(a, path, sensitive));
        return;
      case "reference":
        this.reference(expr, path, sensitive);
        return;
      default:
        return;
    }
  }

  private reference(ref: Extract<Expr, { kind: "reference" }>, path: string, sensitive: boolean): void {
    const declared = (ref.mode === "data" ? this.dataSources : this.resources).get(ref.type)?.has(ref.name);
    const address = `${ref.mode === "data" ? "data." : ""}${ref.type}.${ref.name}`;
    if (!declared) {
      this.add(path, `reference to ${address}, which this stack does not declare`);
      return;
    }
    if (ref.mode === "data") {
      const steps = stepsText(ref.steps);
      const allowed = DATA_SOURCES[ref.type]?.references ?? [];
      if (!allowed.includes(steps)) this.add(path, `reference ${ref.text} is not allowed (from ${ref.type} only ${allowed.join(", ")})`);
      return;
    }
    const [step, ...more] = ref.steps;
    const attr = step && "attr" in step ? step.attr : undefined;
    const schema = attr === undefined ? undefined : oci.resource_schemas[ref.type]?.block.attributes?.[attr];
    if (attr === undefined || more.length || !schema || typeof schema.type !== "string" || !PRIMITIVES.has(schema.type)) {
      this.add(path, `reference ${ref.text} must name one attribute of ${ref.type} that holds a string, number or bool`);
    } else if ((schema.sensitive || SECRET_ATTRIBUTE.test(attr)) && !sensitive) {
      this.add(path, `reference to the secret attribute ${ref.text} outside a sensitive output`);
    }
  }
}

const stepsText = (steps: readonly Step[]): string =>
  steps.map((s) => ("attr" in s ? `.${s.attr}` : "index" in s ? `[${s.index}]` : `[${JSON.stringify(s.key)}]`)).join("").replace(/^\./, "");

const isLiteral = (text: string): boolean => !hasTemplateSyntax(text) && !text.includes("$${");

function differingKeys(a: JsonValue | undefined, b: JsonValue | undefined): string {
  if (!isObject(a) || !isObject(b)) return "its shape";
  const flat = (o: JsonObject, prefix = ""): Map<string, JsonValue> => {
    const out = new Map<string, JsonValue>();
    for (const [k, v] of Object.entries(o)) {
      const item = Array.isArray(v) && v.length === 1 && isObject(v[0]) ? v[0] : v;
      if (isObject(item)) for (const [kk, vv] of flat(item, `${prefix}${k}.`)) out.set(kk, vv);
      else out.set(`${prefix}${k}`, v);
    }
    return out;
  };
  const fa = flat(a);
  const fb = flat(b);
  const keys = [...new Set([...fa.keys(), ...fb.keys()])].filter((k) => !deepEqual(fa.get(k), fb.get(k)));
  return keys.length ? keys.slice(0, 5).join(", ") : "its shape";
}

function notAllowedType(section: "resource" | "data", type: string): string {
  if (type === "terraform_remote_state") return "terraform_remote_state is not allowed: it reads another state with the pipeline's credentials";
  if (type === "external") return "data source external is not allowed: it runs a program at plan time";
  if (type === "http") return "data source http is not allowed: it calls a URL at plan time";
  if (section === "data") {
    if (/^oci_objectstorage_/.test(type)) return `data source ${type} is not allowed: it reads Object Storage (where the state lives)`;
    if (/^oci_(secrets_|vault_)/.test(type)) return `data source ${type} is not allowed: it reads secrets`;
    if (/^oci_kms_/.test(type)) return `data source ${type} is not allowed: only the constructs' identity and integration lookups are`;
    return `data source ${type} is not one our constructs read (only ${Object.keys(DATA_SOURCES).join(", ")})`;
  }
  return `resource type ${type} is not one our constructs create`;
}

/** Checks one stack; returns every problem (empty: it may be planned). */
export function checkStack(stack: JsonValue, file: string, baseline: Baseline): Violation[] {
  if (!isObject(stack)) return [{ file, address: "(file)", reason: "not a JSON object" }];
  return new StackCheck(file, stack, baseline).run();
}
