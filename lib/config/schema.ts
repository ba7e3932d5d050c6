/**
 * The run-time shape of an environment file (zod), so a JavaScript user or an
 * `as any` gets the same sentence as a type error would: field, value,
 * problem, fix. The TypeScript type (environment.ts) keeps the documentation;
 * the compile-time check at the bottom fails when the two drift apart.
 * Objects are strict: an unknown key is a typo until proven otherwise.
 */
import { z } from "zod";
import type { ConfigProblem } from "./config-error";
import { show } from "./config-error";
import { closestOption } from "./closest";
import type { EnvironmentConfig } from "./environment";
import { engineSchema } from "./engine";

const text = z.string();
const list = z.array(text).readonly();

const backend = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("local") }),
  z.strictObject({ type: z.literal("oci-object-storage"), namespace: text, bucket: text, region: text, key: text.optional() }),
]);

const oic = z.union([
  z.strictObject({ integrationInstanceId: text }),
  z.strictObject({ appId: text, audience: text, fullyQualifiedScope: text.optional(), integrationInstanceId: text.optional() }),
]);

const clientCredentialsApp = z.strictObject({
  name: text,
  displayName: text.optional(),
  extraRoles: list.optional(),
  scopes: list.optional(),
  caller: z.enum(["backend", "scheduler", "oci-service"]).optional(),
});

const authCodeApp = z.strictObject({
  name: text,
  displayName: text.optional(),
  redirectUris: list,
  allowLoopbackRedirect: z.boolean().optional(),
  users: list.optional(),
  groups: list.optional(),
  extraRoles: list.optional(),
  scopes: list.optional(),
  caller: z.enum(["ui", "backend", "scheduler"]).optional(),
});

const fusion = z.strictObject({
  audience: text,
  scope: text.optional(),
  baseUrl: text,
  smokePath: text.optional(),
  identityDomainUrl: text.optional(),
});

// The opt-in branch first, and the list branch names the key it refuses, so a wrong
// `anyFederatedUser` value is reported as such rather than as an unknown field.
const allow = z.union([
  z.strictObject({ anyFederatedUser: z.literal(true) }),
  z.strictObject({ users: list.optional(), groups: list.optional(), anyFederatedUser: z.undefined().optional() }),
]);

const assertionCommon = {
  trustedAppName: text,
  certificatePem: text.optional(),
  certificatePath: text.optional(),
  certificateAlias: text.optional(),
  legacyIdcsAudience: z.boolean().optional(),
};

const functionAssertion = z.strictObject({
  ...assertionCommon,
  mode: z.literal("function").optional(),
  allow: allow.optional(),
  vault: z.strictObject({
    existingVaultId: text.optional(),
    managementEndpoint: text.optional(),
    cryptoEndpoint: text.optional(),
    protectionMode: z.enum(["HSM", "SOFTWARE"]).optional(),
    keyLengthBytes: z.literal([256, 384, 512]).optional(),
  }),
  function: z.strictObject({
    image: text,
    imageDigest: text.optional(),
    subnetIds: list,
    memoryMb: z.number().optional(),
    timeoutSeconds: z.number().optional(),
    mode: z.enum(["payload", "token"]).optional(),
  }),
});

const integration = z.strictObject({
  method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]).optional(),
  path: text,
  body: z.unknown().optional(),
  expectedStatus: z.number().optional(),
});

// Adapter and trigger security are free text here: validate.ts says why a value cannot work.
const oicNativeAssertion = z.strictObject({
  ...assertionCommon,
  mode: z.literal("oic-native"),
  oicNative: z.strictObject({
    connectionId: text,
    adapter: text,
    triggerSecurity: text,
    serviceInstanceName: text,
    apiBaseUrl: text.optional(),
    adminApp: text,
    callerIntegration: integration.optional(),
  }),
});

const assertion = z.discriminatedUnion("mode", [functionAssertion, oicNativeAssertion]);

const smoke = z.strictObject({
  integration,
  assertionUser: text.optional(),
});

export const environmentSchema = z.strictObject({
  name: text,
  region: text,
  compartmentId: text,
  tenancyId: text,
  identityDomainUrl: text,
  identityDomainName: text.optional(),
  oic,
  oicBaseUrl: text.optional(),
  clientCredentialsApps: z.array(clientCredentialsApp).readonly().optional(),
  authCodeApps: z.array(authCodeApp).readonly().optional(),
  fusion: fusion.optional(),
  assertion: assertion.optional(),
  smoke,
  backend: backend.optional(),
  engine: engineSchema.optional(),
  protect: z.boolean().optional(),
  tags: z.record(text, text).readonly().optional(),
});

// ---- the TS type and the schema cannot drift: this line stops compiling when they do ----
type DeepMutable<T> = T extends readonly (infer U)[] ? DeepMutable<U>[] : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SCHEMA_MATCHES_TYPE: Same<DeepMutable<z.output<typeof environmentSchema>>, DeepMutable<EnvironmentConfig>> = true;

/** `a.b[0].c` from a zod path. */
function fieldOf(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`)).join("") || "(environment)";
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/** How far a union branch is from the value: a key it does not know weighs most (it names the intended branch). */
function distance(issues: readonly z.core.$ZodIssue[]): number {
  return issues.reduce((n, i) => n + (i.code === "unrecognized_keys" && i.path.length === 0 ? 10 * i.keys.length : 1), 0);
}

/** A union's issues: those of the branch that came closest. */
function flatten(issue: z.core.$ZodIssue, base: readonly PropertyKey[]): { issue: z.core.$ZodIssue; path: PropertyKey[] }[] {
  const path = [...base, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const best = [...issue.errors].sort((a, b) => distance(a) - distance(b))[0];
    return best.flatMap((i) => flatten(i, path));
  }
  return [{ issue, path }];
}

function describe(issue: z.core.$ZodIssue, value: unknown): { problem: string; fix: string } {
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? { problem: `is required (${issue.expected})`, fix: "add it; see lib/config/environment.ts for its meaning" }
        : quotedScalar(issue.expected, value) ?? { problem: `must be ${article(issue.expected)}, not ${kind(value)}`, fix: `write it as ${article(issue.expected)}${issue.expected === "array" ? ', e.g. ["..."]' : ""}` };
    case "invalid_value":
      return oneOf(issue.values, value);
    case "invalid_union":
      if ("discriminator" in issue && issue.discriminator === "mode") {
        return { problem: 'must be "function" (the assertion Function with a Vault key, the default) or "oic-native" (OIC signs with a key in its certificate store)', fix: 'use "function" or "oic-native", or leave it out for "function"' };
      }
      // A discriminated union whose tag matches no branch (zod: "No matching discriminator").
      if ("options" in issue && Array.isArray(issue.options)) return oneOf(issue.options as unknown[], value);
      return { problem: issue.message, fix: "see lib/config/environment.ts" };
    case "unrecognized_keys":
      return modeFieldProblem(issue.keys, value) ?? { problem: `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`, fix: "remove or correct it (a typo?); the fields are listed in lib/config/environment.ts" };
    default:
      return { problem: issue.message, fix: "see lib/config/environment.ts" };
  }
}

/** `"true"` where a boolean belongs, `"256"` where a number does: said as such. */
function quotedScalar(expected: string, value: unknown): { problem: string; fix: string } | undefined {
  if (typeof value !== "string" || (expected !== "boolean" && expected !== "number")) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.trim());
  } catch {
    return undefined;
  }
  if (typeof parsed !== expected) return undefined;
  return { problem: `must be ${article(expected)}, not the string ${JSON.stringify(value)}`, fix: `write ${JSON.stringify(parsed)} without quotes` };
}

/** Every allowed value, and the one a typo was probably meant to be; a quoted `true` or `256` is named as such. */
function oneOf(values: readonly unknown[], value: unknown): { problem: string; fix: string } {
  const all = values.map((v) => JSON.stringify(v)).join(", ");
  const quoted = typeof value === "string" ? values.find((v) => typeof v !== "string" && JSON.stringify(v) === value.trim()) : undefined;
  if (quoted !== undefined) {
    const what = typeof quoted === "boolean" ? `the boolean ${JSON.stringify(quoted)}` : `the ${typeof quoted} ${JSON.stringify(quoted)}`;
    return { problem: `takes ${what}, not the string ${JSON.stringify(value)}${values.length > 1 ? ` (allowed: ${all})` : ""}`, fix: `write ${JSON.stringify(quoted)} without quotes` };
  }
  if (value === undefined) return { problem: `is required: one of ${all}`, fix: `add it, with one of ${all}` };
  if (values.length === 1) {
    const only = values[0];
    return { problem: `takes only ${typeof only === "boolean" ? `the boolean ${JSON.stringify(only)}` : JSON.stringify(only)}, not ${show(value)}`, fix: `write ${JSON.stringify(only)}, or leave the field out` };
  }
  const near = closestOption(value, values);
  return { problem: `must be one of ${all}`, fix: near === undefined ? `use one of ${all}` : `did you mean ${JSON.stringify(near)}? The allowed values are ${all}` };
}

/** Fields of one assertion mode found in the other: the sentence says which mode reads them. */
const FUNCTION_ONLY_FIELDS = ["vault", "function", "allow"];

function modeFieldProblem(keys: readonly string[], value: unknown): { problem: string; fix: string } | undefined {
  const mode = (value as { mode?: unknown } | null)?.mode;
  const functionOnly = keys.filter((k) => FUNCTION_ONLY_FIELDS.includes(k));
  if (mode === "oic-native" && functionOnly.length > 0) {
    return {
      problem: `${functionOnly.map((k) => `"${k}"`).join(", ")} ${functionOnly.length > 1 ? "belong" : "belongs"} to assertion.mode "function": with "oic-native" OIC signs the assertions with a key in its own certificate store, so there is no Vault key, Function or allow rule`,
      fix: 'remove it, or set mode: "function" to sign with the Vault-backed Function',
    };
  }
  if (mode !== "oic-native" && keys.includes("oicNative")) {
    return { problem: 'has "oicNative", which only assertion.mode "oic-native" reads', fix: 'set mode: "oic-native" (and remove vault, function and allow), or remove oicNative' };
  }
  return undefined;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function kind(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  return article(typeof value);
}

/** Shape problems of one environment, as ConfigProblems; empty when the shape is right. */
export function shapeProblems(env: string, config: unknown): ConfigProblem[] {
  const parsed = environmentSchema.safeParse(config);
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((i) => flatten(i, [])).map(({ issue, path }) => {
    const value = valueAt(config, path);
    const { problem, fix } = describe(issue, value);
    return { env, field: fieldOf(path), value: issue.code === "unrecognized_keys" ? issue.keys.join(", ") : show(value), problem, fix };
  });
}
