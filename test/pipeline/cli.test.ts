/**
 * `npm run pipeline -- <phase> <env>`: arguments, the check-config phase's
 * output, the OCI config it writes, and that a pull request's text cannot
 * start a workflow command in the log.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { throwawayKey } from "../helpers/throwaway-signer";
import { oneLine, runPipelineCli, type PipelineCliIo } from "../../tools/pipeline/cli";
import { synthesize } from "../../lib/synthesize";
import { UsageError } from "../../lib/errors";
import { dev } from "../../stacks/dev";
import { synthEnv } from "../helpers/synth";
import { FakeTerraform } from "./fake-terraform";
import { freshRunner } from "./helpers";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "pipeline-cli-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function io(env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: PipelineCliIo = {
    cwd: dir,
    env,
    home: join(dir, "home"),
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    smokeUser: () => undefined,
    deps: () => {
      throw new Error("not used");
    },
  };
  return { io: value, out, err };
}

function stack(path: string, body: unknown) {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, JSON.stringify(body));
}

describe("npm run pipeline", () => {
  it("prints usage for --help, refuses unknown phases and missing environments", async () => {
    const a = io();
    expect(await runPipelineCli(["--help"], a.io)).toBe(0);
    expect(a.out[0]).toMatch(/^usage: npm run pipeline -- <phase>/);
    // Usage mistakes are UsageErrors: runCommand prints them as one line and exits 2 (test/command/).
    await expect(runPipelineCli(["frob", "dev"], io().io)).rejects.toThrow(new UsageError('unknown phase "frob"; phases: synth, check-config, plan, review, apply, cert, smoke, deploy, migrate-to-resource-manager, oci-config, forget-credentials, cleanup, gate, verify-approval, post-review'));
    await expect(runPipelineCli(["plan"], io().io)).rejects.toThrow(new UsageError("give the environment, e.g. npm run pipeline -- plan dev"));
    await expect(runPipelineCli([], io().io)).rejects.toThrow(UsageError);
  });

  it("check-config: writes the checked copy for the plan, refuses a changed stack line by line and writes nothing", async () => {
    const good = synthEnv(dev).parsed;
    stack(join(dir, "base", "stacks", "dev", "cdk.tf.json"), good);
    stack(join(dir, "pr", "stacks", "dev", "cdk.tf.json"), good);
    const ok = io();
    expect(await runPipelineCli(["check-config", "dev", "--artifact", "pr", "--expected", "base", "--out", "checked"], ok.io)).toBe(0);
    const copy = join(dir, "checked", "stacks", "dev", "cdk.tf.json");
    expect(ok.out).toEqual([`check-config dev: the configuration passes; plan the checked copy ${copy}`]);
    expect(readFileSync(copy, "utf8")).toBe(`${JSON.stringify(good, null, 2)}\n`);
    // A second run never writes into a directory that exists.
    const again = io();
    expect(await runPipelineCli(["check-config", "dev", "--artifact", "pr", "--expected", "base", "--out", "checked"], again.io)).toBe(1);
    expect(again.err[0]).toMatch(/already exists: check-config writes into a fresh directory only$/);

    stack(join(dir, "pr", "stacks", "dev", "cdk.tf.json"), { ...good, data: { ...good.data, external: { "x\n::set-env name=X::y": {} } } });
    const bad = io();
    expect(await runPipelineCli(["check-config", "dev", "--artifact", "pr", "--expected", "base", "--out", "checked-2"], bad.io)).toBe(1);
    expect(bad.err).toEqual(["check-config: stacks/dev/cdk.tf.json: data.external.x?::set-env name=X::y: data source external is not allowed: it runs a program at plan time"]);
    expect(bad.out).toEqual(["check-config dev: 1 problem(s): the configuration is not planned"]);
    expect(existsSync(join(dir, "checked-2"))).toBe(false);

    await expect(runPipelineCli(["check-config", "dev", "--artifact", "pr", "--expected", "base"], io().io)).rejects.toThrow(
      new UsageError("check-config needs --artifact <downloaded cdktf.out>, --expected <base branch cdktf.out> and --out <new directory for the checked copy>"),
    );
  });

  it("oneLine removes every control character", () => {
    expect(oneLine("a\r\nb\u2028c\u0000d")).toBe("a??b?c?d");
  });

  it("oci-config writes ~/.oci/config and the key owner-only, and names what is missing", async () => {
    const missing = io({ OCI_USER_OCID: "ocid1.user.oc1..x" });
    expect(await runPipelineCli(["oci-config"], missing.io)).toBe(1);
    expect(missing.err[0]).toBe("pipeline oci-config: oci-config: missing OCI_TENANCY_OCID, OCI_FINGERPRINT, OCI_REGION, OCI_PRIVATE_KEY (secrets of the GitHub environment; see docs/pipeline.md)");
    // A key made now: the repository holds no key-shaped text.
    const key = throwawayKey().export({ type: "pkcs8", format: "pem" }).toString();
    const keyBody = key.split("\n")[1]!;
    const full = io({ OCI_USER_OCID: "ocid1.user.oc1..x", OCI_TENANCY_OCID: "ocid1.tenancy.oc1..y", OCI_FINGERPRINT: "aa:bb", OCI_REGION: "us-ashburn-1", OCI_PRIVATE_KEY: key });
    expect(await runPipelineCli(["oci-config"], full.io)).toBe(0);
    const config = join(dir, "home", ".oci", "config");
    expect(readFileSync(config, "utf8")).toContain(`key_file=${join(dir, "home", ".oci", "oci_api_key.pem")}`);
    expect(statSync(config).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "home", ".oci", "oci_api_key.pem")).mode & 0o777).toBe(0o600);
    expect(full.out.join("\n")).not.toContain(keyBody);
    expect(readFileSync(join(dir, "home", ".oci", "oci_api_key.pem"), "utf8").trim()).toBe(key.trim());
    const clean = io();
    expect(await runPipelineCli(["cleanup"], clean.io)).toBe(0);
    expect(() => statSync(config)).toThrow();
  });

  it("forget-credentials deletes the API key and config, and nothing else (the plan files stay for the review)", async () => {
    const key = throwawayKey().export({ type: "pkcs8", format: "pem" }).toString();
    const full = io({ OCI_USER_OCID: "ocid1.user.oc1..x", OCI_TENANCY_OCID: "ocid1.tenancy.oc1..y", OCI_FINGERPRINT: "aa:bb", OCI_REGION: "us-ashburn-1", OCI_PRIVATE_KEY: key });
    expect(await runPipelineCli(["oci-config"], full.io)).toBe(0);
    stack(join(dir, "cdktf.out", "stacks", "dev", "plan.json"), { format_version: "1.2" });
    const forget = io();
    expect(await runPipelineCli(["forget-credentials"], forget.io)).toBe(0);
    expect(forget.out).toEqual(["forget-credentials: the OCI API key and config are deleted"]);
    expect(() => statSync(join(dir, "home", ".oci", "oci_api_key.pem"))).toThrow();
    expect(() => statSync(join(dir, "home", ".oci", "config"))).toThrow();
    expect(statSync(join(dir, "cdktf.out", "stacks", "dev", "plan.json")).isFile()).toBe(true);
    // Idempotent: nothing to delete is not an error (the step runs with if: always()).
    expect(await runPipelineCli(["forget-credentials"], io().io)).toBe(0);
  });
});

describe("remote state and the deploy lock", () => {
  it("refuses a local-state stack where a runner would lose it", async () => {
    const r = freshRunner({ terraform: new FakeTerraform(), config: dev, settings: { requireRemoteState: true } });
    try {
      await expect(r.pipeline.deploy("dev")).rejects.toThrow('dev keeps its Terraform state in a "local" backend, which a CI runner loses after the run');
    } finally {
      r.cleanup();
    }
  });
});

describe("deploy: a high-risk change not approved for GITHUB_SHA", () => {
  it("exits 2 with one line naming the commit to approve; OIC_ACCESS_HIGH_RISK_APPROVED_FOR = GITHUB_SHA lets it through", async () => {
    const sha = "9".repeat(40);
    const tf = new FakeTerraform();
    const run = async (env: Record<string, string>) => {
      const { io: base, err } = io(env);
      const value: PipelineCliIo = {
        ...base,
        deps: ({ stacksDir }) => ({
          terraform: tf,
          synth: async (name) => void synthesize([dev], { only: [name], outdir: dirname(stacksDir), baseDir: dir }),
          issueCertificate: () => Promise.reject(new Error("no certificate in this test")),
          smoke: async () => 0,
          review: async () => 3,
          log: () => undefined,
          mask: () => undefined,
          now: () => new Date(),
        }),
      };
      expect(await runPipelineCli(["synth", "dev"], value)).toBe(0);
      return { status: await runPipelineCli(["apply", "dev"], value), err };
    };
    const stopped = await run({ GITHUB_SHA: sha });
    expect(stopped.status).toBe(3);
    expect(stopped.err).toHaveLength(1);
    expect(stopped.err[0]).toMatch(new RegExp(`^pipeline apply dev: deploy dev: the plan holds a high-risk identity change .* approve_high_risk_for = ${sha}$`));
    expect(tf.calls.filter((c) => c.startsWith("apply"))).toEqual([]);
    const approved = await run({ GITHUB_SHA: sha, OIC_ACCESS_HIGH_RISK_APPROVED_FOR: sha });
    expect(approved.err).toEqual([]);
    expect(approved.status).toBe(0);
    expect(tf.calls.filter((c) => c.startsWith("apply"))).toHaveLength(1);
  });
});

describe("several environments at once", () => {
  it("runs each environment on its own, at most --max-parallel at a time, and ends with one summary naming each failure", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const seen: string[] = [];
    let running = 0;
    let peak = 0;
    const cwd = mkdtempSync(join(tmpdir(), "pipeline-many-"));
    for (const e of ["dev", "test", "prod"]) {
      mkdirSync(join(cwd, "cdktf.out", "stacks", e), { recursive: true });
      writeFileSync(join(cwd, "cdktf.out", "stacks", e, "cdk.tf.json"), "{}");
    }
    const status = await runPipelineCli(["smoke", "dev", "test", "prod", "--max-parallel", "2", "--smoke-arg=--verbose"], {
      cwd,
      env: {},
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      smokeUser: () => undefined,
      deps: ({ env }) => ({
        terraform: {
          init: async () => undefined,
          plan: async () => ({ changes: false }),
          show: async () => undefined,
          apply: async () => undefined,
          output: async () => {
            running += 1;
            peak = Math.max(peak, running);
            await new Promise((r) => setTimeout(r, 20));
            running -= 1;
            if (env === "test") throw new Error("the stack has no outputs: deploy test first");
            return {};
          },
        },
        synth: async () => undefined,
        issueCertificate: async () => Promise.reject(new Error("unused")),
        smoke: async (args) => {
          seen.push(args.join(" "));
          return 0;
        },
        review: async () => 0,
        log: () => undefined,
        mask: () => undefined,
        now: () => new Date(),
      }),
    });
    expect({ status, err }).toEqual({ status: 1, err: ["pipeline smoke test: the stack has no outputs: deploy test first"] });
    expect(peak).toBe(2);
    expect(seen.map((s) => s.split(" ")[0]).sort()).toEqual(["dev", "prod"]);
    expect(seen.every((s) => s.endsWith("--verbose"))).toBe(true);
    expect(err).toEqual(["pipeline smoke test: the stack has no outputs: deploy test first"]);
    expect(out[0]).toBe("smoke summary: 3 environments, 2 passed, 1 failed");
    expect(out.slice(1).map((l) => l.replace(/\d+\.\d s/, "N s"))).toEqual([
      "  dev   PASS  N s",
      "  test  FAIL (exit 1)  N s  pipeline smoke test: the stack has no outputs: deploy test first",
      "  prod  PASS  N s",
    ]);
    rmSync(cwd, { recursive: true, force: true });
  });
});
