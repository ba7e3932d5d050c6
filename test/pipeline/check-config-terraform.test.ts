/**
 * The checked copies through real Terraform with the offline OCI provider:
 * every control (dev, test, prod, the two-domain variant with a certificate,
 * dev with one more client app) passes check-config and `terraform
 * validate`, and the plan of dev is made from exactly the bytes check-config
 * wrote: the configuration snapshot inside the saved plan file is compared
 * byte for byte with the re-serialized file (and differs from the artifact's
 * own bytes, which were written with another layout on purpose).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkEnvironment, serializeStack, writeCheckedStack } from "../../tools/pipeline/check-config";
import { formatViolation } from "../../tools/pipeline/check-stack";
import { attachOfflineProvider, type AttachedProvider } from "../../offline-provider/attach";
import { worldForEnvironment } from "../../sandbox/rehearsal/world-for-environment";
import { init, plan, validate } from "../../tools/terraform/commands";
import { dev } from "../../stacks/dev";
import { environmentStacks, oneMoreAppStack, twoDomainStack, type Variant } from "./stack-variants";
import { inPool } from "../../tools/pipeline/pool";

let root: string;
let install: AttachedProvider;
let variants: Variant[];
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "check-config-tf-"));
  // Started once for the file; every terraform command attaches to it (offline-provider/attach.ts).
  install = await attachOfflineProvider(join(root, "provider"), { world: worldForEnvironment(dev) });
  variants = [...environmentStacks(), await twoDomainStack(), oneMoreAppStack()];
}, 120_000);
afterAll(async () => {
  await install?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Writes the variant as a pull request's artifact (compact JSON: not the layout check-config writes) and its base; returns the checked copy's directory. */
function checkedCopy(v: Variant): { dir: string; artifactFile: string } {
  const artifact = join(root, "artifact", v.name);
  const base = join(root, "base", v.name);
  for (const d of [join(artifact, "stacks", v.name), join(base, "stacks", v.name)]) mkdirSync(d, { recursive: true });
  const artifactFile = join(artifact, "stacks", v.name, "cdk.tf.json");
  writeFileSync(artifactFile, JSON.stringify(v.stack));
  writeFileSync(join(base, "stacks", v.name, "cdk.tf.json"), JSON.stringify(v.base));
  const checked = checkEnvironment(artifact, base, v.name);
  expect([v.name, checked.violations.map(formatViolation)]).toEqual([v.name, []]);
  // dev's local backend is ../../../terraform.dev.tfstate: inside root/run.
  const file = writeCheckedStack(join(root, "run", "checked"), v.name, checked.stack!);
  return { dir: join(file, ".."), artifactFile };
}


describe("check-config: the accepted controls through Terraform", () => {
  it("every control's checked copy passes terraform validate (offline provider)", async () => {
    expect(variants.length).toBe(5);
    const results = await inPool(
      variants.map((v) => async () => {
        const { dir } = checkedCopy(v);
        const o = { cwd: dir, env: install.env };
        await init(o, ["-backend=false"]);
        const { json } = await validate(o);
        return [v.name, json.valid, json.diagnostics.map((d) => d.summary)];
      }),
      2,
    );
    expect(results).toEqual(variants.map((v) => [v.name, true, []]));
  }, 240_000);

  it("Terraform plans exactly the re-serialized file: the plan's configuration snapshot is byte for byte what check-config wrote", async () => {
    const v = { ...variants[0]!, name: "dev-planned" };
    expect(variants[0]!.name).toBe("dev");
    const { dir, artifactFile } = checkedCopy(v);
    const written = readFileSync(join(dir, "cdk.tf.json"));
    expect(written.equals(Buffer.from(serializeStack(JSON.parse(readFileSync(artifactFile, "utf8")))))).toBe(true);
    expect(written.equals(readFileSync(artifactFile))).toBe(false);

    const o = { cwd: dir, env: install.env };
    await init(o);
    const outcome = await plan(o);
    expect(outcome.json.resource_changes?.length ?? 0).toBeGreaterThan(10);
    // A saved plan holds a snapshot of the configuration files Terraform read (tfconfig/ in the zip).
    const entries = execFileSync("unzip", ["-Z1", join(dir, "plan.tfplan")], { encoding: "utf8" }).trim().split("\n");
    const configFiles = entries.filter((e) => e.startsWith("tfconfig/") && !e.endsWith("/") && !e.endsWith("modules.json"));
    expect(configFiles).toEqual(["tfconfig/m-/cdk.tf.json"]);
    const planned = execFileSync("unzip", ["-p", join(dir, "plan.tfplan"), configFiles[0]!]);
    expect(planned.equals(written)).toBe(true);
  }, 180_000);
});
