/**
 * Risk rules: changes a reviewer must not miss, each with a plain
 * explanation. "high" flags make the review exit 3 (approval required);
 * "review" flags are shown but do not block.
 *
 * Rules read only redacted values (see changes.ts).
 */
import type { ReviewedChange } from "./changes";
import { codeList, inlineCode } from "./md-escape";
import { isLoopbackUrl } from "../../contract/loopback";

export type Severity = "high" | "review";

export type RiskCode =
  | "identity-app-replaced"
  | "identity-app-deleted"
  | "grant-removed"
  | "grant-recreated"
  | "scope-removed"
  | "scope-added"
  | "scope-unknown"
  | "redirect-uri-added"
  | "certificate-removed"
  | "certificate-replaced"
  | "key-deleted"
  | "key-deletion-scheduled"
  | "key-state-changed"
  | "policy-widened"
  | "policy-statement-added"
  | "policy-removed"
  | "dynamic-group-rule-changed"
  | "function-removed";

export interface RiskFlag {
  readonly severity: Severity;
  readonly code: RiskCode;
  readonly address: string;
  readonly group: string;
  readonly title: string;
  /** Plain words: what will happen and who it hurts. Holds only redacted, non-secret values. */
  readonly explanation: string;
}

const UNKNOWN = "(known after apply)";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function attr(value: unknown, name: string): unknown {
  return isRecord(value) ? value[name] : undefined;
}

/** A list or set of strings; unknown elements (null) become "(known after apply)". */
function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.map((x) => (typeof x === "string" ? x : UNKNOWN)) : [];
}

/** Fully qualified scopes of an app: `allowed_scopes` blocks `{ fqs }`. */
export function scopesOf(app: unknown): string[] {
  const blocks = attr(app, "allowed_scopes");
  const list = Array.isArray(blocks) ? blocks : isRecord(blocks) ? [blocks] : [];
  return list.map((b) => {
    const fqs = attr(b, "fqs");
    return typeof fqs === "string" ? fqs : UNKNOWN;
  });
}

function minus(a: readonly string[], b: readonly string[]): string[] {
  const set = new Set(b);
  return a.filter((x) => !set.has(x) && x !== UNKNOWN);
}

/** Plan-derived text in an explanation: always an inert code span (md-escape.ts). */
const code = (s: string): string => inlineCode(s);
const list = (items: readonly string[]): string => codeList(items);

/** Why a policy statement gives more than least privilege, or undefined when it does not look broad. */
export function broadness(statement: string): string | undefined {
  const s = statement.toLowerCase().replace(/\s+/g, " ");
  const reasons: string[] = [];
  if (/\bto manage\b/.test(s)) reasons.push("verb `manage` (full control, including delete)");
  if (/\ballow any-user\b/.test(s) && !/\bwhere\b/.test(s)) reasons.push("`any-user` without a `where` condition");
  if (/\bin tenancy\b/.test(s)) reasons.push("scope `in tenancy` (every compartment)");
  if (/\ball-resources\b/.test(s)) reasons.push("resource family `all-resources`");
  return reasons.length ? reasons.join("; ") : undefined;
}

type Rule = (c: ReviewedChange) => Omit<RiskFlag, "address" | "group">[];

const identityApp: Rule = (c) => {
  if (c.type !== "oci_identity_domains_app") return [];
  const flags: Omit<RiskFlag, "address" | "group">[] = [];
  const who = c.kind === "trusted-app" ? "OIC's identity-propagation connection (and the certificate must be imported again)" : "every consumer (scheduler, backend, UI, OIC connection)";
  if (c.action === "replace") {
    const forced = c.replacePaths.length ? ` Forced by: ${list(c.replacePaths)}.` : "";
    flags.push({
      severity: "high",
      code: "identity-app-replaced",
      title: "Identity app replaced",
      explanation: `Terraform deletes this app and creates a new one: its client ID and client secret change, so ${who} stops working until it gets the new ones.${forced}`,
    });
  }
  if (c.action === "delete") {
    flags.push({
      severity: "high",
      code: "identity-app-deleted",
      title: "Identity app deleted",
      explanation: `The app and its client ID and secret disappear: ${who} can no longer get tokens.`,
    });
  }
  if (c.action === "update" || c.action === "replace") {
    const before = scopesOf(c.before);
    const after = scopesOf(c.after);
    // Scopes computed at apply time (e.g. from an instance not readable yet) cannot be compared.
    const unknownScopes = after.includes(UNKNOWN) || attr(c.afterUnknown, "allowed_scopes") === true;
    const removed = unknownScopes ? [] : minus(before, after);
    const added = minus(after, before);
    if (unknownScopes) {
      flags.push({
        severity: "review",
        code: "scope-unknown",
        title: "Scopes known only after apply",
        explanation: "The plan cannot show the app's scopes yet: check after apply that they equal the OIC audience + scope exactly.",
      });
    }
    if (removed.length) {
      flags.push({
        severity: "high",
        code: "scope-removed",
        title: "Scope changed (removed)",
        explanation: `The app may no longer request ${list(removed)}: callers that ask for it get \`invalid_scope\`, and the scope must equal the OIC audience + scope exactly.`,
      });
    }
    if (added.length) {
      flags.push({
        severity: "review",
        code: "scope-added",
        title: "Scope changed (added)",
        explanation: `The app may now request ${list(added)}. Check it is the exact fully qualified scope, and that one app still holds one resource's scopes (OIC or Fusion, not both).`,
      });
    }
    const newUris = minus(stringList(attr(c.after, "redirect_uris")), stringList(attr(c.before, "redirect_uris")));
    if (newUris.length && c.action === "update") {
      const insecure = newUris.filter((u) => u.startsWith("http:") && !isLoopbackUrl(u));
      flags.push({
        severity: "high",
        code: "redirect-uri-added",
        title: "Redirect URI added",
        explanation:
          `Authorization codes for this existing app can now be sent to ${list(newUris)}: make sure your organisation controls that address.` +
          (insecure.length ? ` ${list(insecure)} is plain http and not a loopback address.` : ""),
      });
    }
  }
  return flags;
};

const grant: Rule = (c) => {
  if (c.type !== "oci_identity_domains_grant") return [];
  if (c.action === "delete") {
    return [
      {
        severity: "high",
        code: "grant-removed",
        title: "Grant removed",
        explanation: "An app role grant (e.g. `ServiceInvoker`) is removed: the grantee still gets tokens, but OIC answers 401/403 to its calls.",
      },
    ];
  }
  if (c.action === "replace") {
    return [
      {
        severity: "review",
        code: "grant-recreated",
        title: "Grant recreated",
        explanation: "The grant is deleted and created again: between the two steps the grantee's calls to OIC are refused.",
      },
    ];
  }
  return [];
};

const certificate: Rule = (c) => {
  if (c.type !== "oci_identity_domains_oauth_client_certificate") return [];
  if (c.action === "delete") {
    return [
      {
        severity: "high",
        code: "certificate-removed",
        title: "Trusted app certificate removed",
        explanation: "The identity domain can no longer verify the assertions signed for the trusted app: identity propagation to Fusion fails.",
      },
    ];
  }
  if (c.action === "replace") {
    return [
      {
        severity: "review",
        code: "certificate-replaced",
        title: "Trusted app certificate replaced",
        explanation: "The signing certificate is imported again: check the alias (the JWT `kid`) still matches what the Function sends.",
      },
    ];
  }
  return [];
};

const KEY_TYPES = new Set(["oci_kms_vault", "oci_kms_key", "oci_kms_key_version"]);

const signingKey: Rule = (c) => {
  if (!KEY_TYPES.has(c.type)) return [];
  const what = c.type === "oci_kms_vault" ? "Vault" : c.type === "oci_kms_key" ? "Vault key" : "Vault key version";
  if (c.action === "delete" || c.action === "replace") {
    return [
      {
        severity: "high",
        code: "key-deleted",
        title: `${what} ${c.action === "replace" ? "replaced" : "deleted"} (scheduled for deletion)`,
        explanation:
          `OCI schedules the ${what.toLowerCase()} for deletion (a 7 to 30 day pending window): the assertion Function can no longer sign, and identity propagation to Fusion stops.` +
          (c.action === "replace" ? " The new key has a new id: the certificate must be issued and imported again." : ""),
      },
    ];
  }
  if (c.action !== "update") return [];
  const flags: Omit<RiskFlag, "address" | "group">[] = [];
  const deletionBefore = attr(c.before, "time_of_deletion");
  const deletionAfter = attr(c.after, "time_of_deletion");
  if (typeof deletionAfter === "string" && deletionAfter !== "" && deletionAfter !== deletionBefore) {
    flags.push({
      severity: "high",
      code: "key-deletion-scheduled",
      title: `${what} scheduled for deletion`,
      explanation: `Its \`time_of_deletion\` is set to ${code(deletionAfter)}: after that date the key is gone for good and the Function cannot sign.`,
    });
  }
  const stateBefore = attr(c.before, "desired_state");
  const stateAfter = attr(c.after, "desired_state");
  if (stateAfter !== undefined && stateAfter !== null && stateAfter !== stateBefore) {
    const disabling = stateAfter !== "ENABLED";
    flags.push({
      severity: disabling ? "high" : "review",
      code: "key-state-changed",
      title: `${what} desired_state changes to ${code(typeof stateAfter === "string" ? stateAfter : JSON.stringify(stateAfter))}`,
      explanation: disabling
        ? "A disabled key cannot sign: every assertion, and so identity propagation to Fusion, fails until it is enabled again."
        : "The key is enabled again.",
    });
  }
  return flags;
};

const policy: Rule = (c) => {
  if (c.type !== "oci_identity_policy") return [];
  if (c.action === "delete") {
    return [
      {
        severity: "review",
        code: "policy-removed",
        title: "Policy removed",
        explanation: "The permissions it gave (the Function signing with its key, OIC invoking the Function) end.",
      },
    ];
  }
  if (c.action !== "create" && c.action !== "update" && c.action !== "replace") return [];
  const added = minus(stringList(attr(c.after, "statements")), stringList(attr(c.before, "statements")));
  const unknown = stringList(attr(c.after, "statements")).includes(UNKNOWN) || attr(c.afterUnknown, "statements") === true;
  const flags: Omit<RiskFlag, "address" | "group">[] = [];
  const broad = added.map((s) => ({ s, why: broadness(s) })).filter((x) => x.why);
  const narrow = added.filter((s) => !broadness(s));
  if (broad.length) {
    flags.push({
      severity: "high",
      code: "policy-widened",
      title: "Policy widened",
      explanation: broad.map((b) => `Statement ${code(b.s)}: ${b.why}.`).join(" ") + " Least privilege: one key, one function, one compartment.",
    });
  }
  if (narrow.length || unknown) {
    flags.push({
      severity: "review",
      code: "policy-statement-added",
      title: c.action === "create" ? "New policy" : "Policy statements added",
      explanation:
        (narrow.length ? `New statements: ${list(narrow)}.` : "") +
        (unknown ? " Some statements are known only after apply (they reference resources not created yet)." : ""),
    });
  }
  return flags;
};

const dynamicGroup: Rule = (c) => {
  if (c.type !== "oci_identity_dynamic_group" || c.action !== "update") return [];
  const before = attr(c.before, "matching_rule");
  const after = attr(c.after, "matching_rule");
  if (typeof after !== "string" || after === before) return [];
  return [
    {
      severity: "review",
      code: "dynamic-group-rule-changed",
      title: "Dynamic group rule changed",
      explanation: `Resources matching ${code(after)} get the group's permissions (signing with the Vault key): check it matches only the assertion Function.`,
    },
  ];
};

const fn: Rule = (c) => {
  if (c.type !== "oci_functions_function" || (c.action !== "delete" && c.action !== "replace")) return [];
  return [
    {
      severity: "review",
      code: "function-removed",
      title: c.action === "delete" ? "Assertion Function deleted" : "Assertion Function replaced",
      explanation: "Its OCID changes or disappears: OIC's connection to the Function must point at the new one.",
    },
  ];
};

// Secrets in clear are summarised once per review (secret-summary.ts), not flagged per resource.
const RULES: readonly Rule[] = [identityApp, grant, certificate, signingKey, policy, dynamicGroup, fn];

export function assessRisks(changes: readonly ReviewedChange[]): RiskFlag[] {
  const flags: RiskFlag[] = [];
  for (const c of changes) {
    for (const rule of RULES) {
      for (const f of rule(c)) flags.push({ ...f, address: c.address, group: c.group });
    }
  }
  // High first, then in plan order.
  return flags.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "high" ? -1 : 1));
}
