/**
 * Arguments of `npm run sandbox [-- <env>] [--json <file>] [--help]`.
 * Every mistake is a UsageError (lib/errors.ts): a reason, a one-line message that names
 * the problem and the fix, and the usage text to print after it.
 */
import { UsageError } from "../../lib/errors";
import { describeMistake, parseCommandArgs } from "../../tools/command/parse-args";

export const SANDBOX_USAGE = `usage: npm run sandbox [-- <env>] [--json <file>] [--engine terraform-cli|resource-manager]

  <env>          environment (stack) to rehearse offline (default dev)
  --json <file>  write the smoke's machine-readable report to <file>
  --engine <e>   who runs Terraform: terraform-cli, or resource-manager (a loopback
                 Resource Manager driven through the OCI SDK; default: the environment's engine)
  -h, --help     show this text

Synthesizes <env>, starts loopback stand-ins of the identity domain, OIC and
Fusion configured from the stack, and runs the real smoke (flows A, B, C).
No cloud account is needed. See docs/smoke.md.`;

export type SandboxUsageCode = "unknown-option" | "missing-value" | "unknown-environment" | "extra-argument" | "no-environments";

/** The sandbox's usage mistake: the one UsageError, with the sandbox's usage text and `reason`. */
function usageError(reason: SandboxUsageCode, message: string): UsageError {
  return new UsageError(message, { usage: SANDBOX_USAGE, reason });
}

export interface SandboxArgs {
  env: string;
  json?: string;
  /** --engine: overrides the environment's engine for the rehearsal. */
  engine?: SandboxEngine;
  /** --help / -h was given: print SANDBOX_USAGE and exit 0. */
  help?: boolean;
}

export const SANDBOX_ENGINES = ["terraform-cli", "resource-manager"] as const;
export type SandboxEngine = (typeof SANDBOX_ENGINES)[number];

const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * Parses the sandbox's arguments (`process.argv.slice(2)`) against the
 * environments the project declares (names from stacks/index.ts).
 */
export function parseSandboxArgs(argv: readonly string[], knownEnvs: readonly string[]): SandboxArgs {
  const known = knownEnvs.join(", ");
  const { values: v, positionals: positional } = parseCommandArgs(
    {
      args: [...argv],
      allowPositionals: true,
      options: { json: { type: "string" }, engine: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
    },
    (m) => {
      if (m.kind === "unknown-option") return usageError("unknown-option", `unknown option ${JSON.stringify(m.subject)}; the sandbox takes [<env>] [--json <file>] [--engine <engine>] (npm run sandbox -- --help)`);
      if (m.subject === "--engine") return engineError(undefined);
      if (m.subject === "--json") return jsonError();
      return usageError("unknown-option", `${describeMistake(m)} (npm run sandbox -- --help)`);
    },
  );
  const json = v.json;
  if (json !== undefined && (json === "" || json.startsWith("-"))) throw jsonError();
  if (v.engine !== undefined && !(SANDBOX_ENGINES as readonly string[]).includes(v.engine)) throw engineError(v.engine);
  const engine = v.engine as SandboxEngine | undefined;
  if (v.help) return { env: positional[0] ?? defaultEnv(knownEnvs), ...(json ? { json } : {}), help: true };
  if (!knownEnvs.length) throw usageError("no-environments", "no environment is declared; add one to stacks/index.ts");
  if (positional.length > 1) {
    throw usageError("extra-argument", `give one environment, not ${positional.length} (${positional.map((p) => JSON.stringify(p)).join(", ")}); run the sandbox once per environment`);
  }
  const env = positional[0] ?? defaultEnv(knownEnvs);
  if (!knownEnvs.includes(env)) {
    const shown = ENV_NAME.test(env) ? `"${env}"` : JSON.stringify(env.slice(0, 60));
    throw usageError("unknown-environment", `unknown environment ${shown}; use one of ${known} (declared in stacks/index.ts), e.g. npm run sandbox -- ${knownEnvs[0]}`);
  }
  return { env, ...(json ? { json } : {}), ...(engine ? { engine } : {}) };
}

function jsonError(): UsageError {
  return usageError("missing-value", "--json needs a file name; e.g. npm run sandbox -- dev --json sandbox-report.json");
}

function engineError(given: string | undefined): UsageError {
  return usageError("missing-value", `--engine must be ${SANDBOX_ENGINES.join(" or ")} (got ${given === undefined ? "nothing" : JSON.stringify(given.slice(0, 40))}); e.g. npm run sandbox -- dev --engine resource-manager`);
}

function defaultEnv(knownEnvs: readonly string[]): string {
  return knownEnvs.includes("dev") ? "dev" : (knownEnvs[0] ?? "dev");
}
