/**
 * The PR comment: one section per environment, each starting with a hidden
 * marker (`<!-- oic-access-review:<env> -->`) that the workflow uses to
 * update its comment instead of adding a new one. The finished text is
 * scrubbed of every secret value seen in the input, whatever the
 * redaction upstream did.
 */
import type { ReviewAction, ReviewedChange } from "./changes";
import { reviewMarker } from "./comment";
import { codeList, inlineCode, tableCell, visible } from "./md-escape";
import { SecretScrubber } from "./redact";
import { ACTIONS, allSecrets, APPROVAL_LABEL, exitStatus, type EnvironmentReview } from "./review";
import { scopesOf, type RiskFlag } from "./risks";
import type { ClearSecretSummary, PlanPart } from "./secret-summary";
import { mermaidBlock, renderMermaid } from "../../lib/stack-model/mermaid";

export interface RenderOptions {
  /** High-risk changes were approved (`--approved`): still listed, no longer blocking. */
  readonly approved: boolean;
}

export { isOwnReviewComment, reviewMarker, truncateComment } from "./comment";

const ACTION_ICONS: Readonly<Record<ReviewAction, string>> = {
  create: "➕ create",
  update: "✏️ update",
  replace: "♻️ replace",
  delete: "🗑️ delete",
  "no-op": "no-op",
  read: "📖 read",
  forget: "forget",
};

const KIND_NAMES: Readonly<Record<ReviewedChange["kind"], string>> = {
  "client-app": "client app",
  "trusted-app": "trusted app",
  grant: "grant",
  certificate: "certificate",
  "signing-key": "signing key",
  function: "function",
  policy: "policy",
  "dynamic-group": "dynamic group",
  other: "",
};

/** Order of importance inside a group. */
const ACTION_ORDER: readonly ReviewAction[] = ["delete", "replace", "update", "create", "read", "forget", "no-op"];

const code = (s: string): string => inlineCode(s);
const cell = tableCell;

function verdict(review: EnvironmentReview, options: RenderOptions): string {
  const n = review.highRisk;
  const changes = n === 1 ? "1 high-risk change" : `${n} high-risk changes`;
  if (n === 0) return "✅ **No high-risk change.**";
  if (options.approved) return `🟠 **${changes}, approved** for this commit (a review with \`${APPROVAL_LABEL}\`, or \`--approved\`). Read the flags below before merging.`;
  return `🔴 **${changes}: an explicit approval is required.** Once the owners of the affected consumers agree, a maintainer approves this exact commit with a review holding the line \`${APPROVAL_LABEL}\`; a new push needs a new approval.`;
}

function countsTable(review: EnvironmentReview): string {
  const shown = ACTIONS.filter((a) => ["create", "update", "replace", "delete", "no-op"].includes(a) || review.counts[a] > 0);
  return [
    `| ${shown.join(" | ")} |`,
    `|${shown.map(() => "---:").join("|")}|`,
    `| ${shown.map((a) => String(review.counts[a])).join(" | ")} |`,
  ].join("\n");
}

function flagLine(f: RiskFlag): string {
  const icon = f.severity === "high" ? "🔴" : "🟡";
  return `- ${icon} **${f.title}** · ${code(f.group)} · ${code(f.address)}  \n  ${f.explanation}`;
}

/**
 * The diagram: the same builder as `npm start`'s (lib/stack-model), every label
 * escaped for Mermaid (mermaid.ts) after secret values are scrubbed from it.
 */
function topologySection(review: EnvironmentReview): string {
  const scrubber = new SecretScrubber(review.secrets, renderedForms);
  const source = renderMermaid(review.topology, { scrub: (s) => scrubber.text(s) });
  return [
    "### Who trusts whom",
    "",
    "Identity domains and their apps, the grants on OIC, the trusted app and the certificate alias it trusts, the Vault key, and who may invoke the assertion Function" +
      (review.topology.showsChanges ? "; what this change adds, replaces, updates or deletes is marked (legend)." : "."),
    "",
    mermaidBlock(source),
  ].join("\n");
}

const PART_NAMES: Readonly<Record<PlanPart, string>> = { prior_state: "prior state", before: "before", after: "after", configuration: "configuration" };

/** The one paragraph about secrets the raw plan prints: which resources, which attributes, where. */
function secretSummary(summary: ClearSecretSummary): string {
  const n = summary.resources;
  const lines = [
    "### Secrets in the raw plan",
    "",
    `🔐 ${n === 1 ? "1 resource holds" : `${n} resources hold`} secret-bearing attributes the provider does not mark sensitive, so \`terraform plan\` and \`terraform show\` print their values in clear. ` +
      "They are redacted here; never paste raw plan output into a PR, chat or ticket.",
    "",
  ];
  for (const g of summary.groups) {
    lines.push(`- ${codeList(g.attributes)} (in ${g.parts.map((p) => PART_NAMES[p]).join(", ")}): ${codeList(g.addresses)}`);
  }
  return lines.join("\n");
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** What a new identity app will allow: grants, scopes, redirect URIs (public values only). */
function appSummary(c: ReviewedChange): string | undefined {
  if (c.type !== "oci_identity_domains_app" || (c.action !== "create" && c.action !== "replace")) return undefined;
  const after = typeof c.after === "object" && c.after !== null ? (c.after as Record<string, unknown>) : {};
  const parts = [
    `grants ${codeList(strings(after.allowed_grants)) || "none"}`,
    `scopes ${codeList(scopesOf(after)) || "none"}`,
  ];
  const uris = strings(after.redirect_uris);
  if (uris.length) parts.push(`redirect URIs ${codeList(uris)}`);
  return parts.join("; ");
}

function changeRow(c: ReviewedChange): string {
  const kind = KIND_NAMES[c.kind];
  const resource = `${code(c.address)}${kind ? ` (${kind})` : ""}${c.preventDestroy ? " 🔒" : ""}`;
  const details: string[] = [];
  if (c.replacePaths.length) details.push(`forces replacement: ${codeList(c.replacePaths)}`);
  const changed = c.changedAttributes.filter((a) => !c.replacePaths.includes(a));
  if (changed.length) details.push(codeList(changed));
  const summary = appSummary(c);
  if (summary) details.push(summary);
  return `| ${ACTION_ICONS[c.action]} | ${cell(resource)} | ${cell(details.join("; "))} |`;
}

function groupSection(group: string, changes: readonly ReviewedChange[]): string {
  const visible = changes
    .filter((c) => c.action !== "no-op")
    .sort((a, b) => ACTION_ORDER.indexOf(a.action) - ACTION_ORDER.indexOf(b.action) || a.address.localeCompare(b.address));
  const unchanged = changes.length - visible.length;
  const lines = [`#### ${code(group)}`];
  if (visible.length) {
    lines.push("", "| action | resource | details |", "|---|---|---|", ...visible.map(changeRow));
  }
  if (unchanged) lines.push("", `${unchanged} unchanged.`);
  return lines.join("\n");
}

export function renderEnvironment(review: EnvironmentReview, options: RenderOptions): string {
  const sourceText =
    review.source === "plan"
      ? "saved plan"
      : "synthesized configuration only (no plan: everything is shown as a create)";
  const lines = [
    reviewMarker(review.env),
    `## Infrastructure review: ${code(review.env)}`,
    "",
    `Source: ${sourceText}. Grouped by ${review.groupedBy === "construct" ? "mission construct" : "resource kind (construct paths not available)"}.`,
    "",
    verdict(review, options),
    "",
    countsTable(review),
  ];
  if (review.flags.length) {
    lines.push("", "### Risk flags", "", ...review.flags.map(flagLine));
  }
  if (review.clearSecrets) lines.push("", secretSummary(review.clearSecrets));
  lines.push("", topologySection(review));
  const groups = new Map<string, ReviewedChange[]>();
  for (const c of review.changes) {
    const list = groups.get(c.group);
    if (list) list.push(c);
    else groups.set(c.group, [c]);
  }
  if (groups.size) {
    lines.push("", "### Changes by construct");
    for (const group of [...groups.keys()].sort()) lines.push("", groupSection(group, groups.get(group)!));
  } else {
    lines.push("", "No resources.");
  }
  return lines.join("\n");
}

/**
 * The forms a secret takes once rendered (made visible, escaped for a table
 * cell, escaped for JSON), so that the final guard finds it in any of them.
 */
function renderedForms(secret: string): string[] {
  const shown = visible(secret);
  return [shown, tableCell(shown), JSON.stringify(secret).slice(1, -1)].filter((f) => f !== secret);
}

/**
 * Second guard over the finished text: values were already scrubbed one by
 * one (changes.ts); this catches a secret our own text would quote.
 */
function finalScrub(text: string, reviews: readonly EnvironmentReview[]): string {
  return new SecretScrubber(allSecrets(reviews), renderedForms).text(text);
}

/**
 * The whole comment, redacted: values of secret-bearing attributes never
 * appear, and every plan-derived value is an inert one-line code span. It
 * starts with the first environment's marker line (see comment.ts).
 */
export function renderMarkdown(reviews: readonly EnvironmentReview[], options: RenderOptions): string {
  const body = reviews.map((r) => renderEnvironment(r, options)).join("\n\n---\n\n");
  const footer =
    "\n\n<sub>Values of secret-bearing attributes (client_secret, key_store_password, anything marked sensitive) are redacted. " +
    "Generated by `npm run review`. 🔒 = prevent_destroy.</sub>\n";
  return finalScrub(body + footer, reviews);
}

/** The machine-readable summary (`--json`), redacted like the Markdown. */
export function renderJson(reviews: readonly EnvironmentReview[], options: RenderOptions): string {
  const summary = {
    approved: options.approved,
    highRisk: reviews.reduce((n, r) => n + r.highRisk, 0),
    exitCode: exitStatus(reviews, options.approved),
    environments: reviews.map((r) => ({
      env: r.env,
      source: r.source,
      groupedBy: r.groupedBy,
      counts: r.counts,
      highRisk: r.highRisk,
      flags: r.flags,
      secretsInClear: r.clearSecrets ?? null,
      changes: r.changes.map((c) => ({ address: c.address, action: c.action, kind: c.kind, group: c.group })),
    })),
  };
  return finalScrub(JSON.stringify(summary, null, 2) + "\n", reviews);
}
