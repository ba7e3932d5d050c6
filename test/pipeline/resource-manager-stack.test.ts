/**
 * What the Resource Manager engine uploads, without Terraform: the stack
 * synthesized for Resource Manager (no backend, provider with the region
 * alone, Terraform's version floor), the pull request's check-config over it,
 * the zip (configuration only, the `.tf` marker, byte-stable) and the
 * comparison of an uploaded configuration with the one a job ran.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { checkEnvironment } from "../../tools/pipeline/check-config";
import { configDifference, TF_MARKER_FILE, unzipConfig, zipStackDir } from "../../tools/pipeline/resource-manager/stack-zip";
import { stateAsShowJson, stateOutputs } from "../../tools/pipeline/resource-manager/state-view";
import { JobLogRedactor } from "../../tools/pipeline/resource-manager/job-log";
import { BACKEND_OVERRIDE_FILE } from "../../tools/terraform/stack-dir";
import { synthesize } from "../../lib/synthesize";
import { dev } from "../../stacks/dev";

const config: EnvironmentConfig = { ...dev, engine: { type: "resource-manager", compartmentId: dev.compartmentId } };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function synth(c: EnvironmentConfig): string {
  const d = mkdtempSync(join(tmpdir(), "rm-stack-"));
  dirs.push(d);
  synthesize([c], { only: ["dev"], outdir: join(d, "cdktf.out"), baseDir: d });
  return d;
}

describe("the stack Resource Manager gets", () => {
  const dir = synth(config);
  const stackDir = join(dir, "cdktf.out", "stacks", "dev");
  const stack = JSON.parse(readFileSync(join(stackDir, "cdk.tf.json"), "utf8")) as { terraform: Record<string, unknown>; provider: { oci: Record<string, unknown>[] }; variable?: Record<string, unknown> };

  it("has no backend block, a provider with the region alone, and states Terraform >= 1.5.0; the CLI engine's stack is unchanged", () => {
    expect(stack.terraform.backend).toBeUndefined();
    expect(stack.terraform.required_version).toBe(">= 1.5.0");
    expect(stack.provider.oci).toEqual([{ region: dev.region }]);
    expect(Object.keys(stack.variable ?? {})).not.toContain("oci_auth");
    const cli = JSON.parse(readFileSync(join(synth(dev), "cdktf.out", "stacks", "dev", "cdk.tf.json"), "utf8")) as typeof stack;
    expect(cli.terraform.backend).toBeDefined();
    expect(cli.terraform.required_version).toBeUndefined();
    expect(cli.provider.oci[0]).toHaveProperty("auth", "${var.oci_auth}");
  });

  it("passes the pull request's check-config against the base branch's own Resource Manager synthesis", () => {
    const base = synth(config);
    expect(checkEnvironment(join(dir, "cdktf.out"), join(base, "cdktf.out"), "dev").violations).toEqual([]);
  });

  it("zips the configuration only, with the .tf marker Resource Manager asks for, the same bytes every time", () => {
    writeFileSync(join(stackDir, BACKEND_OVERRIDE_FILE), "{}");
    writeFileSync(join(stackDir, "plan.tfplan"), "secret plan");
    const zip = zipStackDir(stackDir);
    expect(Object.keys(unzipConfig(zip)).sort()).toEqual(["cdk.tf.json", TF_MARKER_FILE]);
    expect(Buffer.from(zipStackDir(stackDir)).equals(Buffer.from(zip))).toBe(true);
    expect(configDifference(zip, zip)).toBeUndefined();
    const withLock = zipSync({ ...unzipConfig(zip), ".terraform.lock.hcl": new TextEncoder().encode("# lock") });
    expect(configDifference(zip, withLock)).toBeUndefined();
    const changed = zipSync({ ...unzipConfig(zip), "cdk.tf.json": new TextEncoder().encode("{}") });
    expect(configDifference(zip, changed)).toBe("cdk.tf.json differs");
    expect(configDifference(zip, zipSync({ ...unzipConfig(zip), "extra.tf": new TextEncoder().encode("") }))).toBe("it also holds extra.tf");
    expect(() => unzipConfig(zipSync({ "../evil.tf": new Uint8Array() }))).toThrow(/unsafe path/);
  });
});

describe("Resource Manager's state and job log, as the phases read them", () => {
  const raw = {
    version: 4,
    terraform_version: "1.5.7",
    serial: 2,
    lineage: "l",
    outputs: { client_secret: { value: "s3cr3t-value-123", type: "string", sensitive: true }, client_id: { value: "dev-oic-scheduler", type: "string" } },
    resources: [
      { mode: "managed", type: "oci_identity_domains_app", name: "a", provider: 'provider["registry.terraform.io/oracle/oci"]', instances: [{ attributes: { id: "1", client_secret: "app-secret-0123456" } }] },
      { mode: "data", type: "oci_identity_domains_app_roles", name: "r", provider: 'provider["registry.terraform.io/oracle/oci"]', instances: [{ attributes: { id: "2" } }] },
      { module: "module.m", mode: "managed", type: "oci_kms_key", name: "k", provider: 'provider["registry.terraform.io/oracle/oci"]', instances: [{ index_key: 0, attributes: { id: "3" } }] },
    ],
  };

  it("converts the raw state to terraform show -json and output -json shapes", () => {
    expect(stateAsShowJson({ version: 4, resources: [], outputs: {} })).toBeUndefined();
    const shown = stateAsShowJson(raw) as { values: { outputs: unknown; root_module: { resources: { address: string; provider_name: string }[]; child_modules: { address: string; resources: { address: string }[] }[] } } };
    expect(shown.values.root_module.resources.map((r) => r.address)).toEqual(["oci_identity_domains_app.a", "data.oci_identity_domains_app_roles.r"]);
    expect(shown.values.root_module.resources[0]!.provider_name).toBe("registry.terraform.io/oracle/oci");
    expect(shown.values.root_module.child_modules[0]!.resources[0]!.address).toBe("module.m.oci_kms_key.k[0]");
    expect(stateOutputs(raw)).toEqual({ client_secret: { value: "s3cr3t-value-123", type: "string", sensitive: true }, client_id: { value: "dev-oic-scheduler", type: "string", sensitive: false } });
  });

  it("redacts the job log: known secret values anywhere, anything after a secret-bearing name", () => {
    const r = new JobLogRedactor();
    r.learn(raw);
    expect(r.line('  ~ client_secret = "app-secret-0123456" -> (known after apply)')).toBe("  ~ client_secret = [redacted]");
    expect(r.line("Error: request failed for https://x/cb?s=app-secret-0123456 and s3cr3t-value-123")).toBe("Error: request failed for https://x/cb?s=[redacted] and [redacted]");
    expect(r.line("Apply complete! Resources: 1 added, 0 changed, 0 destroyed.")).toBe("Apply complete! Resources: 1 added, 0 changed, 0 destroyed.");
  });
});
