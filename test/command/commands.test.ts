/**
 * Every command (cli/*.ts) has the one shape: a bad flag exits 2 with one
 * line naming it, --help exits 0 with the usage on stdout, an error of the
 * family exits 1 with its message and no stack trace. In process: each
 * command's main with the wiring its cli/ file gives it, through
 * executeCommand (runCommand without ending the process).
 */
import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CodedError, ERROR_CODES } from "../../contract/errors";
import { SANDBOX_USAGE, sandboxCommand } from "../../sandbox/rehearsal/command";
import { ENVIRONMENTS } from "../../stacks";
import { EXAMPLE_ENVIRONMENTS } from "../../stacks/examples/native";
import { CERT_USAGE, describeCertFailure, runCert } from "../../tools/cert/run-cert";
import { executeCommand, type CommandIO, type CommandMain, type CommandOptions } from "../../tools/command/run-command";
import { describeFailure, estateDeps } from "../../tools/estate/command";
import { ADOPT_USAGE, runAdopt } from "../../tools/estate/run-adopt";
import { DOCTOR_USAGE, runDoctor } from "../../tools/estate/run-doctor";
import { PIPELINE_USAGE } from "../../tools/pipeline/cli";
import { pipelineCommand } from "../../tools/pipeline/process-wiring";
import { runReview, USAGE as REVIEW_USAGE } from "../../tools/review/run";
import { SMOKE_USAGE, smokeCommand } from "../../tools/smoke/command";
import { SUMMARY_USAGE, summaryCommand } from "../../tools/summary/run-summary";
import { nonEmpty } from "../helpers/non-empty";
import { recordedIO } from "./io";

interface Command {
  readonly usage: string;
  readonly main: CommandMain;
  readonly options?: CommandOptions;
}

/** The same wiring as cli/<name>.ts. */
const COMMANDS: Readonly<Record<string, Command>> = {
  adopt: { usage: ADOPT_USAGE, main: (argv, io) => runAdopt(argv, estateDeps(io, ENVIRONMENTS)), options: { describe: describeFailure } },
  cert: { usage: CERT_USAGE, main: (argv, io) => runCert(argv, { cwd: io.projectDir, out: io.out, vars: io.env }), options: { describe: describeCertFailure } },
  doctor: { usage: DOCTOR_USAGE, main: (argv, io) => runDoctor(argv, estateDeps(io, ENVIRONMENTS)), options: { describe: describeFailure } },
  pipeline: { usage: PIPELINE_USAGE, main: (argv, io) => pipelineCommand(argv, io, ENVIRONMENTS) },
  review: { usage: REVIEW_USAGE, main: (argv, io) => runReview(argv, { cwd: io.cwd, projectDir: io.projectDir, stdout: io.write, stderr: io.writeErr }) },
  sandbox: { usage: SANDBOX_USAGE, main: (argv, io) => sandboxCommand(argv, io, [...ENVIRONMENTS, ...EXAMPLE_ENVIRONMENTS]) },
  smoke: { usage: SMOKE_USAGE, main: (argv, io) => smokeCommand(argv, io, ENVIRONMENTS) },
  summary: { usage: SUMMARY_USAGE, main: summaryCommand, options: { helpCommand: "node dist/cli/summary.js --help" } },
};

const CLI_FILES = readdirSync("cli").filter((f) => f.endsWith(".ts"));

async function run(name: string, argv: readonly string[], io: CommandIO = recordedIO()): Promise<number> {
  const c = COMMANDS[name]!;
  return executeCommand(name, c.usage, c.main, argv, io, c.options);
}

describe("every command", () => {
  it("is listed here, one per cli/ file", () => {
    expect(Object.keys(COMMANDS).sort()).toEqual(CLI_FILES.map((f) => f.replace(/\.ts$/, "")).sort());
  });

  it.each(Object.keys(COMMANDS))("%s: a bad flag exits 2 with one line naming the flag and the pointer to --help", async (name) => {
    const io = recordedIO();
    // The flag comes first: before the environment, so no command gets far enough to read anything.
    expect(await run(name, ["--frobnicate", "dev"], io)).toBe(2);
    const lines = io.stderr().trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${name}: .*--frobnicate.*--help`));
    expect(io.stdout()).toBe("");
  });

  it.each(Object.keys(COMMANDS))("%s: --help exits 0 and prints the usage on stdout", async (name) => {
    const io = recordedIO();
    expect(await run(name, ["--help"], io)).toBe(0);
    expect(io.stdout()).toBe(`${COMMANDS[name]!.usage}\n`);
    expect(io.stdout()).toMatch(/^usage: /i);
    expect(io.stderr()).toBe("");
  });

  it.each(Object.keys(COMMANDS))("%s: an error of the family exits 1 with its message, no stack trace", async (name) => {
    const io = recordedIO();
    const c = COMMANDS[name]!;
    const failing: CommandMain = () => {
      throw new CodedError(ERROR_CODES.estate, "the identity domain could not be read");
    };
    expect(await executeCommand(name, c.usage, failing, ["dev"], io, c.options)).toBe(1);
    expect(io.stderr()).toBe(`${name}: the identity domain could not be read\n`);
  });

  it.each(["adopt", "doctor", "smoke"])("%s: the old --endpoint is refused with its new name", async (name) => {
    const io = recordedIO();
    expect(await run(name, ["dev", "--endpoint", "https://idcs-x.identity.oraclecloud.com=http://127.0.0.1:1"], io)).toBe(2);
    expect(io.stderr()).toMatch(new RegExp(`^${name}: --endpoint is now --connect-to <origin>=<loopback origin>`));
  });

  it.each(["adopt", "doctor", "smoke"])("%s: --connect-to lets only loopback stand in for a host", async (name) => {
    const io = recordedIO();
    expect(await run(name, ["dev", "--connect-to", "https://idcs-x.identity.oraclecloud.com=https://evil.example.com"], io)).toBe(2);
    expect(io.stderr()).toMatch(new RegExp(`^${name}: --connect-to: "https://evil.example.com" is not a loopback address`));
  });
});

describe("real failures of the commands, each one line without a stack trace", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "commands-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["cert", ["dev"], {}, /^cert: missing signing_key_id \(or --key-id\)/],
    ["review", ["dev", "--plan", "missing.json"], {}, /^review: Plan file .*missing\.json does not exist/],
    ["pipeline", ["oci-config"], {}, /^pipeline oci-config: oci-config: missing OCI_USER_OCID/],
    ["summary", [], { CDKTF_OUTDIR: "no-such-dir" }, /^summary: no synthesized stacks in no-such-dir\/stacks: run npm run synth first\n$/],
  ] as const)("%s %j exits 1", async (name, argv, env, message) => {
    const io = recordedIO({ cwd: dir, env });
    expect(await run(name, argv, io)).toBe(1);
    expect(io.stderr()).toMatch(message);
    expect(io.stderr()).not.toMatch(/\n\s+at /);
  });

  it.each([
    ["smoke", ["stage"], /^smoke: unknown environment "stage"; use one of dev, test, prod/],
    ["adopt", ["stage"], /^adopt: unknown environment "stage"/],
    ["sandbox", ["stage"], /^sandbox: unknown environment "stage"/],
    ["pipeline", ["deploy"], /^pipeline: give the environment, e.g. npm run pipeline -- deploy dev/],
    ["cert", ["dev", "--days", "0"], /^cert: --days must be a whole number from 1 to 3650/],
  ] as const)("%s %j is a usage mistake: exit 2", async (name, argv, message) => {
    const io = recordedIO({ cwd: dir });
    expect(await run(name, argv, io)).toBe(2);
    expect(io.stderr()).toMatch(message);
    expect(io.stderr().trimEnd().split("\n")).toHaveLength(1);
  });
});

describe("cli/ stays thin", () => {
  it.each(nonEmpty(CLI_FILES, "cli/*.ts file"))("%s: a few lines, one runCommand, no logic of its own", (file) => {
    const text = readFileSync(join("cli", file), "utf8");
    const code = text.split("\n").filter((l) => l.trim() && !l.trim().startsWith("//") && !l.startsWith("#!"));
    expect(code.length).toBeLessThanOrEqual(8);
    expect(text.match(/\brunCommand\(/g)).toHaveLength(1);
    expect(text).toMatch(new RegExp(`runCommand\\("${file.replace(/\.ts$/, "")}"`));
    expect(text).not.toMatch(/\bprocess\.|\btry\b|\bcatch\b|\bif\s*\(|\bfor\s*\(/);
  });
});
