/**
 * The review's diagram and its quieter text, on real plans of the dev stack
 * (test/fixtures/plans, `npm run gen:plans`) reviewed as `npm run review`
 * does, with the synthesized cdk.tf.json beside the plan.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { runReview } from "../../tools/review/run";
import { indexConstructs } from "../../lib/stack-model/construct-index";
import { reviewPlan } from "../../tools/review/review";
import { dev } from "../../stacks/dev";
import { synthesize } from "../../lib/synthesize";
import { mermaidSourceIn, parseMermaid, type ParsedMermaid } from "../helpers/mermaid";
import { fixturePath, loadPlan } from "./fixtures";

const CERT = readFileSync("scripts/plan-fixtures/dev-assertion-cert.pem", "utf8");
const TRUSTED = "oci_identity_domains_app.app_dev-oic-fusion-assertion";
const APPS = [TRUSTED, "oci_identity_domains_app.app_dev-oic-scheduler", "oci_identity_domains_app.app_dev-oic-vbcs"];

/** dev as the plan fixtures were made from it (the committed certificate instead of certs/dev.pem). */
function fixtureConfig(edit: (c: any) => void = () => {}): EnvironmentConfig {
  const assertion: any = { ...dev.assertion, certificatePem: CERT };
  delete assertion.certificatePath;
  const c: any = { ...structuredClone(dev), assertion };
  edit(c);
  return c as EnvironmentConfig;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "review-topology-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** cdk.tf.json of `config` as `npm run synth` writes it (construct paths included), with no certs/ directory. */
function synthStack(config: EnvironmentConfig): Record<string, any> {
  const outdir = mkdtempSync(join(dir, "synth-"));
  synthesize([config], { outdir, baseDir: outdir });
  return JSON.parse(readFileSync(join(outdir, "stacks", config.name, "cdk.tf.json"), "utf8"));
}

/** The edit replace-apps.json was planned with (scripts/plan-fixtures/generate.ts, EDITS.replace). */
function replaceEdit(stack: Record<string, any>): Record<string, any> {
  const apps = stack.resource.oci_identity_domains_app;
  apps["app_dev-oic-scheduler"].name = "dev-oic-scheduler-v2";
  apps["app_dev-oic-fusion-assertion"].idcs_endpoint = "https://idcs-fedcba9876543210fedcba9876543210.identity.oraclecloud.com";
  return stack;
}

/** `npm run review -- dev --plan <dir>/stacks/dev/plan.json` with the stack of `config` beside the plan. */
function review(plan: string, config: EnvironmentConfig, edit: (s: Record<string, any>) => Record<string, any> = (x) => x): { status: number; markdown: string } {
  const stackDir = join(dir, plan.replace(".json", ""), "stacks", "dev");
  mkdirSync(stackDir, { recursive: true });
  copyFileSync(fixturePath(plan), join(stackDir, "plan.json"));
  writeFileSync(join(stackDir, "cdk.tf.json"), JSON.stringify(edit(synthStack(config))));
  let markdown = "";
  const status = runReview(["dev", "--plan", join(stackDir, "plan.json"), "--approved"], { cwd: dir, projectDir: dir, stdout: (t) => (markdown += t), stderr: () => {} });
  return { status, markdown };
}

const vertexWith = (p: ParsedMermaid, text: string) => p.vertices.filter((v) => v.text.includes(text));

// Both reviews first, then one mermaid process for their two diagrams (each start loads jsdom and mermaid).
let md = "";
let p: ParsedMermaid;
let deletedMarkdown = "";
let deletedParsed: ParsedMermaid | undefined;
beforeAll(() => {
  md = review("replace-apps.json", fixtureConfig(), replaceEdit).markdown;
  deletedMarkdown = review("delete-propagation.json", fixtureConfig((c) => delete c.assertion)).markdown;
  [p, deletedParsed] = parseMermaid([mermaidSourceIn(md), mermaidSourceIn(deletedMarkdown)]) as [ParsedMermaid, ParsedMermaid];
});

describe("a plan that replaces the trusted app", () => {

  test("is drawn replaced in the diagram, still trusting its certificate", () => {
    expect(p.error).toBeUndefined();
    const trusted = vertexWith(p, "dev-oic-fusion-assertion<br>trusted app");
    expect(trusted).toHaveLength(1);
    expect(trusted[0]!.text).toMatch(/^♻️ replaced<br>/);
    expect(trusted[0]!.classes).toContain("replaced");
    const cert = vertexWith(p, "alias dev-oic-fusion-assertion-v1")[0]!;
    expect(p.edges.filter((e) => e.start === trusted[0]!.id && e.end === cert.id).map((e) => e.text)).toEqual(["trusts"]);
    // the scheduler renamed under the same address is one replaced node, named as it will be, its grant recreated
    const scheduler = vertexWith(p, "dev-oic-scheduler-v2");
    expect(scheduler.map((v) => v.classes)).toEqual([["replaced"]]);
    expect(vertexWith(p, "dev-oic-scheduler<br>")).toEqual([]);
    expect(p.edges.filter((e) => e.start === scheduler[0]!.id).map((e) => e.text)).toEqual(["ServiceInvoker (replaced)"]);
    // a legend names every change style
    expect(p.subgraphs.find((s) => s.id === "legend")!.nodes).toHaveLength(5);
  });

  test("has one risk flag for the trusted app, and one secret summary for the whole review", () => {
    const flags = md.split("\n").filter((l) => l.startsWith("- 🔴") || l.startsWith("- 🟡"));
    expect(flags.filter((l) => l.includes("app_dev-oic-fusion-assertion"))).toEqual([expect.stringContaining("**Identity app replaced**")]);
    expect(md.match(/### Secrets in the raw plan/g)).toHaveLength(1);
    expect(md).not.toContain("Secret shown in clear");
    const summary = md.slice(md.indexOf("### Secrets in the raw plan"), md.indexOf("### Who trusts whom"));
    for (const app of APPS) expect(summary.split(app).length - 1).toBe(1);
    expect(summary).toContain("`client_secret`");
    expect(summary).toContain("prior state");
    expect(md.match(/```mermaid/g)).toHaveLength(1);
  });
});

describe("a plan that deletes identity propagation", () => {
  test("draws what the prior state held as deleted, and groups every deleted piece with its own construct family", () => {
    const markdown = deletedMarkdown;
    const p = deletedParsed;
    expect(p!.error).toBeUndefined();
    for (const text of ["dev-oic-fusion-assertion<br>trusted app", "alias dev-oic-fusion-assertion-v1", "Vault key", "assertion Function"]) {
      const v = vertexWith(p!, text);
      expect(v).toHaveLength(1);
      expect(v[0]!.classes).toEqual(["deleted"]);
      expect(v[0]!.text).toMatch(/^🗑️ deleted<br>/);
    }
    // the client apps stay, unchanged
    expect(vertexWith(p!, "dev-oic-scheduler<br>client credentials")[0]!.classes).toEqual([]);
    expect(p!.edges.filter((e) => e.text === "may invoke (deleted)")).toHaveLength(1);
    // the trusted app and its certificate, both gone from cdk.tf.json, under one heading
    const headings = markdown.split("\n").filter((l) => l.startsWith("#### "));
    expect(headings).toContain("#### `Trusted app`");
    const section = markdown.slice(markdown.indexOf("#### `Trusted app`")).split("\n#### ")[0]!;
    expect(section).toContain("app_dev-oic-fusion-assertion");
    expect(section).toContain("certificate_dev-oic-fusion-assertion-v1");
  });
});

describe("grouping", () => {
  test("a certificate missing from cdk.tf.json (synthesized before npm run cert) goes with its trusted app's construct", () => {
    const withoutCert = synthStack(dev); // certs/dev.pem absent: no certificate resource
    expect(Object.keys(withoutCert.resource.oci_identity_domains_oauth_client_certificate ?? {})).toEqual([]);
    const r = reviewPlan("dev", loadPlan("no-op.json"), indexConstructs(withoutCert as any), withoutCert as any);
    const group = (address: string) => r.changes.find((c) => c.address === address)!.group;
    expect(group(TRUSTED)).toBe("identity-propagation");
    expect(group("oci_identity_domains_oauth_client_certificate.certificate_dev-oic-fusion-assertion-v1")).toBe("identity-propagation");
  });

  test("without construct paths, the trusted app and its certificate share the kind heading", () => {
    const r = reviewPlan("dev", loadPlan("delete-propagation.json"));
    const groups = new Set(r.changes.filter((c) => c.kind === "trusted-app" || c.kind === "certificate").map((c) => c.group));
    expect([...groups]).toEqual(["Trusted app"]);
  });
});
