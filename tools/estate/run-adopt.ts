/**
 * `npm run adopt -- <env>`: reads the environment's live identity domain(s)
 * (read-only) and writes, for review, config entries and Terraform import
 * blocks for the apps, grants and certificates that already exist.
 * Exit status: 0 when everything found was adopted, 1 when something could
 * not be (findings say why), 2 for a usage mistake.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { readSidecar } from "../cert/certificate-files";
import { adoptEstate } from "./adopt";
import type { Adoption } from "./adoption";
import { findEnvironment, openReaders, type EstateDeps } from "./context";
import { validateMerged } from "./merge";
import { readEstate } from "./estate";
import { AUTH_USAGE, parseEstateArgs } from "./options";
import { adoptReportLines, certificateSidecar, configSnippet, importsTfJson } from "./render-adopt";
import { worldFile } from "./world";

export const ADOPT_USAGE = `usage: npm run adopt -- <env> [options]

Reads the environment's identity domain(s), read-only, and writes for review:
config entries for stacks/<env>.ts, Terraform import blocks, the trusted app's
certificates (public), and a world file for the offline provider.

options:
  --out <dir>                   where to write (default cdktf.out/adopt/<env>)
  --stack-dir <dir>             also place the import blocks here when it exists (default cdktf.out/stacks/<env>)
${AUTH_USAGE}`;

export const IMPORTS_FILE = "adopt-imports.tf.json";

function writeAll(a: Adoption, files: Record<string, string>, outDir: string, stackDir: string, cwd: string): string[] {
  const written: string[] = [];
  mkdirSync(join(outDir, "certs"), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(outDir, name), text);
    written.push(relative(cwd, join(outDir, name)));
  }
  if (existsSync(stackDir) && a.resources.length > 0) {
    writeFileSync(join(stackDir, IMPORTS_FILE), files[IMPORTS_FILE]);
    written.push(`${relative(cwd, join(stackDir, IMPORTS_FILE))} (beside the synthesized stack; synthesize again after merging the config, then copy it back if it is gone)`);
  }
  return written;
}

function outputFiles(a: Adoption, world: unknown, now: Date): Record<string, string> {
  const files: Record<string, string> = {
    [IMPORTS_FILE]: `${JSON.stringify(importsTfJson(a), null, 2)}\n`,
    "config.ts": configSnippet(a, now.toISOString()),
    "entries.json": `${JSON.stringify(a.entries, null, 2)}\n`,
    "world.json": `${JSON.stringify(world, null, 2)}\n`,
  };
  for (const c of a.certificates) {
    const base = c.slot === "current" ? `certs/${a.env}` : `certs/${a.env}.previous`;
    files[`${base}.pem`] = c.pem;
    files[`${base}.json`] = `${JSON.stringify(certificateSidecar(c), null, 2)}\n`;
  }
  return files;
}

export async function runAdopt(argv: readonly string[], deps: EstateDeps): Promise<number> {
  const out = deps.out ?? ((l: string) => console.log(l));
  const o = parseEstateArgs(argv, { out: { type: "string" }, "stack-dir": { type: "string" } }, "adopt");
  if (!o) {
    out(ADOPT_USAGE);
    return 0;
  }
  const cwd = deps.cwd ?? process.cwd();
  const config = findEnvironment(deps.environments, o.env);
  const readers = await openReaders(config, o, deps);
  try {
    const estate = await readEstate({
      oicDomain: readers.oic,
      fusionDomain: readers.fusion,
      oicAppId: o.oicAppId ?? ("appId" in config.oic ? config.oic.appId : undefined),
      fusionAudience: config.fusion?.audience,
      progress: deps.progress,
    });
    const local = config.assertion ? readSidecar(resolve(cwd, "certs", `${config.name}.json`))?.alias : undefined;
    const adoption = adoptEstate(config, estate, { localCertificateAlias: local });
    adoption.findings.push(...validateMerged(config, adoption.entries, cwd));
    const now = (deps.now ?? (() => new Date()))();
    const files = outputFiles(adoption, worldFile(adoption, estate), now);
    const outDir = resolve(cwd, String(o.values.out ?? join("cdktf.out", "adopt", o.env)));
    const written = writeAll(adoption, files, outDir, resolve(cwd, String(o.values["stack-dir"] ?? join("cdktf.out", "stacks", o.env))), cwd);
    if (o.json) out(JSON.stringify({ ...adoption, resources: adoption.resources.map((r) => ({ kind: r.kind, address: r.address, importId: r.importId })), written }, null, 2));
    else adoptReportLines(adoption, written).forEach((l) => out(l));
    return adoption.findings.some((f) => f.severity === "fail") ? 1 : 0;
  } finally {
    readers.close();
  }
}
