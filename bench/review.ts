// `npm run bench -- review`: time of `npm run review` on generated plans of
// 1k, 10k and 50k resources (about 1 KB of plan JSON per resource, so 50k is
// about 50 MB), phase by phase, in this one process; then the secret scrub
// alone, the former algorithm (one split/join pass over the text per secret)
// against the current one (one Aho-Corasick pass), on the same text.
import { parsePlan } from "../tools/review/load-input";
import { renderJson, renderMarkdown } from "../tools/review/markdown";
import { scrubText } from "../tools/review/redact";
import { allSecrets, reviewPlan } from "../tools/review/review";

const SIZES = (process.env.BENCH_REVIEW_SIZES ?? "1000,10000,50000").split(",").map(Number);
/** The former scrub is quadratic: it runs on the smaller sizes only. */
const FORMER_SCRUB_SIZES = [1_000, 10_000];

/** A plan like a big estate's: apps updated (secret in clear in before and in prior state), grants, policies, keys. */
function generatePlan(resources: number): string {
  const changes: unknown[] = [];
  const state: unknown[] = [];
  for (let i = 0; i < resources; i++) {
    const kind = i % 4;
    const id = i.toString(36).padStart(5, "0");
    if (kind === 0 || kind === 1) {
      const secret = `bench-secret-${id}-${(i * 2654435761) % 1e9}`;
      const before = {
        id: `ocid1.domainapp.oc1..app${id}`,
        name: `env-app-${id}`,
        description: `client application ${id}`,
        active: true,
        client_type: "confidential",
        allowed_grants: ["authorization_code", "refresh_token"],
        allowed_scopes: [{ fqs: "https://oic-bench.integration.us-ashburn-1.ocp.oraclecloud.com:443urn:opc:resource:consumer::all" }],
        redirect_uris: [`https://app${id}.example.com/oauth/callback`],
        client_secret: secret,
        schemas: ["urn:ietf:params:scim:schemas:oracle:idcs:App"],
      };
      const after = { ...before, description: `client application ${id}, renamed`, redirect_uris: [...before.redirect_uris, `https://app${id}.example.com/cb2`] };
      const address = `oci_identity_domains_app.app_${id}`;
      changes.push({ address, mode: "managed", type: "oci_identity_domains_app", name: `app_${id}`, change: { actions: ["update"], before, after, after_unknown: {}, before_sensitive: {}, after_sensitive: {} } });
      state.push({ address, mode: "managed", type: "oci_identity_domains_app", name: `app_${id}`, values: before, sensitive_values: {} });
    } else if (kind === 2) {
      const after = {
        grant_mechanism: "ADMINISTRATOR_TO_APP",
        grantee: [{ type: "App", value: `ocid1.domainapp.oc1..app${id}` }],
        app: [{ value: "ocid1.domainapp.oc1..oic" }],
        entitlement: [{ attribute_name: "appRoles", attribute_value: `role-${id}` }],
        idcs_endpoint: "https://idcs-bench.identity.oraclecloud.com",
        schemas: ["urn:ietf:params:scim:schemas:oracle:idcs:Grant"],
      };
      changes.push({ address: `oci_identity_domains_grant.grant_${id}`, mode: "managed", type: "oci_identity_domains_grant", name: `grant_${id}`, change: { actions: ["create"], before: null, after, after_unknown: { id: true }, after_sensitive: {} } });
    } else {
      const after = {
        compartment_id: "ocid1.compartment.oc1..bench",
        name: `policy-${id}`,
        description: `lets function ${id} sign with its key`,
        statements: [`Allow dynamic-group fn-${id} to use keys in compartment id ocid1.compartment.oc1..bench where target.key.id = 'ocid1.key.oc1..k${id}'`],
      };
      changes.push({ address: `oci_identity_policy.policy_${id}`, mode: "managed", type: "oci_identity_policy", name: `policy_${id}`, change: { actions: ["create"], before: null, after, after_unknown: { id: true }, after_sensitive: {} } });
    }
  }
  return JSON.stringify({ format_version: "1.2", terraform_version: "1.11.4", resource_changes: changes, prior_state: { values: { root_module: { resources: state } } } });
}

/** The scrub as it was before: one split/join over the whole text per secret, longest first. */
function formerScrub(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join("[redacted]");
  return out;
}

function time<T>(f: () => T): [T, number] {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
}

interface Row {
  resources: number;
  mb: number;
  parse: number;
  review: number;
  render: number;
  total: number;
  cpu: number;
  rssMb: number;
  markdown: string;
  secrets: Set<string>;
}

const rows: Row[] = [];
for (const n of SIZES) {
  const text = generatePlan(n);
  const cpuStart = process.cpuUsage();
  const [plan, parse] = time(() => parsePlan(text, "bench.json"));
  const [review, reviewMs] = time(() => reviewPlan("bench", plan));
  const [markdown, render] = time(() => {
    renderJson([review], { approved: false });
    return renderMarkdown([review], { approved: false });
  });
  const cpuUsed = process.cpuUsage(cpuStart);
  if (markdown.includes("bench-secret-")) throw new Error(`a secret reached the review of ${n} resources`);
  rows.push({ resources: n, mb: text.length / 1e6, parse, review: reviewMs, render, total: parse + reviewMs + render, cpu: (cpuUsed.user + cpuUsed.system) / 1000, rssMb: process.memoryUsage().rss / 1e6, markdown, secrets: allSecrets([review]) });
}

const base = rows[0]!;
// Wall time suffers from other processes on a shared machine; CPU time (user + system, all threads) less so.
console.log(`| resources | plan MB | parse ms | review ms | render ms | total wall ms | total CPU ms | wall ms per MB | wall vs ${base.resources}'s (size ratio) | RSS MB |`);
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(
    `| ${r.resources} | ${r.mb.toFixed(1)} | ${r.parse.toFixed(0)} | ${r.review.toFixed(0)} | ${r.render.toFixed(0)} | ${r.total.toFixed(0)} | ${r.cpu.toFixed(0)} | ${(r.total / r.mb).toFixed(0)} | ${(r.total / base.total).toFixed(1)}x (${(r.mb / base.mb).toFixed(0)}x) | ${r.rssMb.toFixed(0)} |`,
  );
}

console.log("\nSecret scrub of the finished Markdown alone (same text, same secrets):");
console.log("| resources | secrets | Markdown MB | former split/join ms | Aho-Corasick ms | former / current |");
console.log("|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  const [current, currentMs] = time(() => scrubText(r.markdown, r.secrets));
  let former = "not run (quadratic)";
  let ratio = "";
  if (FORMER_SCRUB_SIZES.includes(r.resources)) {
    const [formerText, formerMs] = time(() => formerScrub(r.markdown, r.secrets));
    if (formerText !== current) throw new Error("the two scrubs disagree");
    former = formerMs.toFixed(0);
    ratio = `${(formerMs / currentMs).toFixed(0)}x`;
  }
  console.log(`| ${r.resources} | ${r.secrets.size} | ${(r.markdown.length / 1e6).toFixed(1)} | ${former} | ${currentMs.toFixed(0)} | ${ratio} |`);
}
