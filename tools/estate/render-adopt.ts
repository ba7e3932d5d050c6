/** adopt's outputs: the config snippet, the import blocks, the certificates, and the report lines. */
import { createHash, X509Certificate } from "node:crypto";
import type { Adoption, AdoptedCertificate } from "./adoption";
import type { Finding } from "./findings";

/**
 * Terraform 1.5+ config-driven import blocks in JSON syntax, one per adopted
 * resource. Placed beside the synthesized cdk.tf.json, the next plan
 * imports these addresses instead of creating them.
 */
export function importsTfJson(a: Adoption): Record<string, unknown> {
  return {
    "//": `written by npm run adopt -- ${a.env}; imports the identity resources that already exist. Remove this file once the first apply has imported them.`,
    import: a.resources.map((r) => ({ to: r.address, id: r.importId })),
  };
}

/** The entries for stacks/<env>.ts, as a TypeScript module a person reads and merges by hand. */
export function configSnippet(a: Adoption, generatedAt: string): string {
  const body = JSON.stringify(a.entries, null, 2).replace(/"([A-Za-z_][A-Za-z0-9_]*)":/g, "$1:");
  return [
    `// Written by npm run adopt -- ${a.env} at ${generatedAt}. Not compiled: review it, then merge`,
    `// these entries into stacks/${a.env}.ts (they replace entries of the same client ID).`,
    `// Copy certs/ from this directory to the project's certs/ if the environment has no certificate yet.`,
    `import type { EnvironmentConfig } from "../../../lib/config/environment";`,
    ``,
    `export const adopted: Partial<EnvironmentConfig> = ${body};`,
    ``,
  ].join("\n");
}

/** Sidecar like npm run cert's (alias, x5t, validity); no key version: adopt cannot know which key signed it. */
export function certificateSidecar(c: AdoptedCertificate): Record<string, string | undefined> {
  const der = new X509Certificate(c.pem).raw;
  return { alias: c.alias, x5t: createHash("sha1").update(der).digest("base64url"), notBefore: c.notBefore, notAfter: c.notAfter };
}

export function findingLines(f: Finding): string[] {
  const mark = f.severity === "fail" ? "FAIL" : f.severity === "warn" ? "WARN" : "info";
  return [`  ${mark} ${f.subject}: ${f.problem}`, `        fix: ${f.fix}`];
}

export function adoptReportLines(a: Adoption, written: readonly string[]): string[] {
  const lines = [`adopt ${a.env}: ${a.resources.length} resource(s) to import`];
  for (const r of a.resources) lines.push(`  import ${r.address}`);
  if (a.planNotes.length) lines.push("", "the first plan also changes (in place, never a replacement):", ...a.planNotes.map((n) => `  - ${n}`));
  if (a.findings.length) lines.push("", "findings:", ...a.findings.flatMap(findingLines));
  if (written.length) lines.push("", "wrote:", ...written.map((w) => `  ${w}`));
  const fails = a.findings.filter((f) => f.severity === "fail").length;
  lines.push("", `next: merge the config entries into stacks/${a.env}.ts, npm run synth, then npx cdktf diff ${a.env}: it must show imports, the changes above, and no replacement.`);
  lines.push(fails ? `adopt ${a.env}: ${fails} thing(s) could not be adopted (see findings)` : `adopt ${a.env}: everything found can be adopted`);
  return lines;
}
