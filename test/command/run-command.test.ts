/**
 * The one shape of every command: --help, the exit-code convention and how
 * each kind of error is shown (tools/command/), in process.
 */
import { describe, expect, it } from "@jest/globals";
import { CodedError, ERROR_CODES } from "../../contract/errors";
import { UsageError } from "../../lib/errors";
import { parseConnectTo } from "../../tools/command/connect-to";
import { EXIT } from "../../tools/command/exit-codes";
import { argvMistake, parseCommandArgs } from "../../tools/command/parse-args";
import { asksForHelp, executeCommand, type CommandMain } from "../../tools/command/run-command";
import { InputError } from "../../tools/smoke/inputs";
import { recordedIO } from "./io";

const USAGE = "usage: npm run demo -- <env>";
const throwing = (error: unknown): CommandMain => () => {
  throw error;
};

describe("executeCommand", () => {
  it("--help or -h prints the usage on stdout and exits 0 without running the command", async () => {
    for (const argv of [["--help"], ["dev", "-h"]]) {
      const io = recordedIO();
      let ran = false;
      expect(await executeCommand("demo", USAGE, () => ((ran = true), 1), argv, io)).toBe(EXIT.ok);
      expect(io.stdout()).toBe(`${USAGE}\n`);
      expect(ran).toBe(false);
    }
    expect(asksForHelp(["--", "--help"])).toBe(false);
  });

  it("returns the command's own status", async () => {
    expect(await executeCommand("demo", USAGE, async () => EXIT.highRisk, ["dev"], recordedIO())).toBe(3);
  });

  it("a usage mistake: exit 2, one line naming the command, what was wrong, and the pointer to --help", async () => {
    const io = recordedIO();
    expect(await executeCommand("demo", USAGE, throwing(new UsageError("unknown option --frob\n\nusage: ...")), [], io)).toBe(EXIT.usage);
    expect(io.stderr()).toBe("demo: unknown option --frob (npm run demo -- --help lists the options)\n");
    expect(io.stdout()).toBe("");
  });

  it("the smoke's InputError (its outputs file) is a usage mistake too, as docs/smoke.md says", async () => {
    const io = recordedIO();
    expect(await executeCommand("smoke", USAGE, throwing(new InputError("outputs file o.json does not exist: run cdktf deploy")), [], io)).toBe(2);
    expect(io.stderr().trim().split("\n")).toHaveLength(1);
  });

  it("a usage line never carries control characters from what the user typed", async () => {
    const io = recordedIO();
    await executeCommand("demo", USAGE, throwing(new UsageError('unknown environment "dev\u001b[2J\rprod"')), [], io);
    expect([...io.stderr().trimEnd()].filter((ch) => ch.charCodeAt(0) < 0x20)).toEqual([]);
    expect(io.stderr().trim().split("\n")).toHaveLength(1);
  });

  it("an error of the family: exit 1 with its message, no stack trace", async () => {
    const io = recordedIO();
    expect(await executeCommand("demo", USAGE, throwing(new CodedError(ERROR_CODES.pipeline, "terraform apply failed")), [], io)).toBe(EXIT.failed);
    expect(io.stderr()).toBe("demo: terraform apply failed\n");
  });

  it("anything else: exit 1 with the message (or the command's description of it), the stack only with OIC_ACCESS_DEBUG=1", async () => {
    const sdk = Object.assign(new Error("NotAuthorizedOrNotFound"), { statusCode: 404 });
    const quiet = recordedIO();
    expect(await executeCommand("demo", USAGE, throwing(sdk), [], quiet, { describe: (e) => `OCI answered ${(e as { statusCode: number }).statusCode}` })).toBe(1);
    expect(quiet.stderr()).toBe("demo: OCI answered 404\ndemo: set OIC_ACCESS_DEBUG=1 for the stack trace\n");
    const debug = recordedIO({ env: { OIC_ACCESS_DEBUG: "1" } });
    expect(await executeCommand("demo", USAGE, throwing(new TypeError("x is undefined")), [], debug)).toBe(1);
    expect(debug.stderr()).toMatch(/^demo: x is undefined\nTypeError: x is undefined\n\s+at /);
  });
});

describe("parseCommandArgs", () => {
  const options = { json: { type: "string" }, strict: { type: "boolean" } } as const;
  it.each([
    [["--colour"], "unknown option --colour"],
    [["--json"], "--json needs a value"],
    [["--json", "--strict"], "--json needs a value"],
    [["--strict=yes"], "--strict takes no value"],
    [["dev"], 'unexpected argument "dev"'],
  ])("%j: a one-line UsageError naming the flag", (args, message) => {
    expect(() => parseCommandArgs({ args, options })).toThrow(new UsageError(message));
  });

  it("leaves other errors alone and parses good arguments", () => {
    expect(argvMistake(new Error("x"))).toBeUndefined();
    expect(parseCommandArgs({ args: ["--json", "r.json"], options }).values).toEqual({ json: "r.json" });
  });

  it("a command with --connect-to refuses the old --endpoint by its new name", () => {
    const config = { args: ["dev", "--endpoint=https://x.example.com=http://127.0.0.1:1"], allowPositionals: true, options: { "connect-to": { type: "string", multiple: true } } } as const;
    expect(() => parseCommandArgs(config)).toThrow(/^--endpoint is now --connect-to <origin>=<loopback origin>, e.g. --connect-to https:\/\/oic\.example\.com=http:\/\/127\.0\.0\.1:8080$/);
    expect(() => parseCommandArgs({ args: ["--endpoint", "x"], options })).toThrow(new UsageError("unknown option --endpoint"));
  });
});

describe("parseConnectTo: the one rerouting flag", () => {
  it("maps origins to loopback origins (paths dropped), for every loopback spelling", () => {
    expect(parseConnectTo(["https://idcs-x.identity.oraclecloud.com/=http://127.0.0.1:4000/", "https://oic.example.com=http://localhost:1", "https://fa.example.com=http://[::1]:2", "https://k.example.com=http://127.1.2.3:3"])).toEqual({
      "https://idcs-x.identity.oraclecloud.com": "http://127.0.0.1:4000",
      "https://oic.example.com": "http://localhost:1",
      "https://fa.example.com": "http://[::1]:2",
      "https://k.example.com": "http://127.1.2.3:3",
    });
    expect(parseConnectTo(undefined)).toEqual({});
  });

  it.each([
    ["https://oic.example.com", "must be <origin>=<loopback origin>"],
    ["https://oic.example.com=http://127.0.0.1:1=x", "must be <origin>=<loopback origin>"],
    ["oic.example.com=http://127.0.0.1:1", "is not a URL"],
    ["ftp://oic.example.com=http://127.0.0.1:1", "is not an http(s) origin"],
    ["https://oic.example.com=http://10.0.0.1:1", "not a loopback address; only local stand-ins may replace a host"],
    ["https://oic.example.com=https://evil.example.com", "not a loopback address"],
  ])("%j: a usage error", (pair, message) => {
    expect(() => parseConnectTo([pair])).toThrow(UsageError);
    expect(() => parseConnectTo([pair])).toThrow(message);
  });
});
