/**
 * The few rewrites of an environment file whose intent is unambiguous, each
 * said aloud as a note: the checks then run on, and the stack then carries,
 * exactly the rewritten value (never a value a parser read differently from
 * what the stack writes).
 *
 * - URLs that are an origin (identity domains, OIC's and Fusion's base URLs,
 *   the vault's endpoints) and audiences: surrounding whitespace, one
 *   trailing "/" and upper-case scheme or host are dropped;
 * - `smoke.integration.path` given as the full endpoint URL (or full path)
 *   copied from OIC becomes the part after /ic/api/integration/v1/flows/rest/;
 * - `fusion.smokePath` given as a full URL becomes its path, and gets its
 *   leading "/".
 *
 * Anything else that is not written as it will be used is refused by
 * validate.ts.
 */
import { INTEGRATION_PREFIX } from "../../contract/integration-path";
import type { EnvironmentConfig } from "./environment";

/** A value accepted in another form than written: what was written, what is used, and why. */
export interface ConfigNote {
  readonly env: string;
  readonly field: string;
  /** As written, JSON-quoted (control characters visible). */
  readonly from: string;
  /** As used by the stack, JSON-quoted. */
  readonly to: string;
  readonly why: string;
}

export function formatNotes(notes: readonly ConfigNote[]): string {
  return notes.map((n) => `[${n.env}] note: ${n.field} = ${n.from} is used as ${n.to}: ${n.why}`).join("\n");
}

type Mutable<T> = { -readonly [K in keyof T]: NonNullable<T[K]> extends object ? Mutable<T[K]> : T[K] };

/** `https://Host.Example.COM:443/ ` -> `https://host.example.com:443`, when that is all that differs; undefined otherwise. */
function tidyOrigin(raw: string): { value: string; why: string[] } | undefined {
  const why: string[] = [];
  let v = raw;
  if (v.trim() !== v) {
    v = v.trim();
    why.push("surrounding whitespace removed");
  }
  if (/^[a-z]+:\/\/[^/?#\s]+\/$/i.test(v)) {
    v = v.slice(0, -1);
    why.push('trailing "/" removed');
  }
  const m = /^([A-Za-z]+):\/\/([A-Za-z0-9.-]+)(:[0-9]+)?$/.exec(v);
  if (!m) return why.length ? { value: v, why } : undefined;
  const lower = `${m[1]!.toLowerCase()}://${m[2]!.toLowerCase()}${m[3] ?? ""}`;
  if (lower !== v) {
    v = lower;
    why.push("scheme and host written in lower case");
  }
  return why.length ? { value: v, why } : undefined;
}

/** The part of an OIC REST trigger URL or path after the prefix; undefined when it is not one. */
function integrationSuffix(raw: string): { value: string; why: string } | undefined {
  const v = raw.trim();
  const asUrl = /^https?:\/\//i.test(v) && URL.canParse(v) ? new URL(v) : undefined;
  const path = asUrl ? `${asUrl.pathname}${asUrl.search}` : v;
  if (!path.startsWith(INTEGRATION_PREFIX) || path.length === INTEGRATION_PREFIX.length) return undefined;
  // pathname is what the URL parser read: used only when it is the text as written.
  if (asUrl && !v.endsWith(path)) return undefined;
  const value = path.slice(INTEGRATION_PREFIX.length);
  return {
    value,
    why: asUrl
      ? `the full endpoint URL was given: the path is the part after ${INTEGRATION_PREFIX}, and the host is always oicBaseUrl's (or the instance's)`
      : `the full path was given: the path is the part after ${INTEGRATION_PREFIX}`,
  };
}

/** A Fusion endpoint given as a full URL or without its leading "/": its absolute path. */
function fusionPath(raw: string): { value: string; why: string } | undefined {
  const v = raw.trim();
  if (/^https?:\/\//i.test(v) && URL.canParse(v)) {
    const url = new URL(v);
    const path = `${url.pathname}${url.search}`;
    if (path !== "/" && v.endsWith(path)) return { value: path, why: "a full URL was given: its path is used, the host is always fusion.baseUrl's" };
    return undefined;
  }
  if (v !== "" && !v.startsWith("/") && !/\s/.test(v) && !v.includes("://")) return { value: `/${v}`, why: 'an absolute path starts with "/"' };
  if (v !== raw && v !== "") return { value: v, why: "surrounding whitespace removed" };
  return undefined;
}

/**
 * The environment as the stack will use it, and a note for every value
 * rewritten. The input is never changed; it must have the schema's shape.
 */
export function normaliseEnvironment(config: EnvironmentConfig): { config: EnvironmentConfig; notes: ConfigNote[] } {
  const env = structuredClone(config) as Mutable<EnvironmentConfig>;
  const notes: ConfigNote[] = [];
  // Whole values, not shortened: the user must see exactly what is used.
  const note = (field: string, from: string, to: string, why: string) => notes.push({ env: config.name, field, from: JSON.stringify(from), to: JSON.stringify(to), why });

  // An audience keeps its ":443": the domain compares it as a string.
  const origin = <T extends object>(holder: T | undefined, key: keyof T & string, field: string) => {
    const raw = holder?.[key];
    if (typeof raw !== "string") return;
    const tidy = tidyOrigin(raw);
    if (!tidy) return;
    (holder as Record<string, unknown>)[key] = tidy.value;
    note(field, raw, tidy.value, tidy.why.join("; "));
  };

  origin(env, "identityDomainUrl", "identityDomainUrl");
  origin(env, "oicBaseUrl", "oicBaseUrl");
  if ("audience" in env.oic) origin(env.oic, "audience", "oic.audience");
  origin(env.fusion, "audience", "fusion.audience");
  origin(env.fusion, "baseUrl", "fusion.baseUrl");
  origin(env.fusion, "identityDomainUrl", "fusion.identityDomainUrl");
  const vault = env.assertion && "vault" in env.assertion ? env.assertion.vault : undefined;
  origin(vault, "managementEndpoint", "assertion.vault.managementEndpoint");
  origin(vault, "cryptoEndpoint", "assertion.vault.cryptoEndpoint");

  // The full Fusion scope (audience + scope) given where the scope part alone belongs.
  const fusion = env.fusion;
  if (fusion?.scope !== undefined && fusion.scope.startsWith(fusion.audience) && fusion.scope.length > fusion.audience.length) {
    const part = fusion.scope.slice(fusion.audience.length);
    note("fusion.scope", fusion.scope, part, "the fully qualified scope was given: the audience (fusion.audience) is added to the scope part, so only that part is kept");
    fusion.scope = part;
  }

  const integration = env.smoke.integration;
  const suffix = integrationSuffix(integration.path);
  if (suffix) {
    note("smoke.integration.path", integration.path, suffix.value, suffix.why);
    integration.path = suffix.value;
  }
  if (env.fusion?.smokePath !== undefined) {
    const p = fusionPath(env.fusion.smokePath);
    if (p) {
      note("fusion.smokePath", env.fusion.smokePath, p.value, p.why);
      env.fusion.smokePath = p.value;
    }
  }
  return { config: env as EnvironmentConfig, notes };
}
