/** Command-line options of `npm run smoke -- <env> [login] [options]`, parsed into SmokeOptions. */
import { defaultOutputsPath, type FlowId, type IntegrationOption } from "./inputs";
import { defaultTokenStorePath } from "./token-store";
import { DOMAIN_ISSUER } from "./token-endpoint";
import { UsageError } from "../../lib/errors";
import { CONNECT_TO_HELP, parseConnectTo } from "../command/connect-to";
import { parseCommandArgs } from "../command/parse-args";

export type OciAuth = { type: "config-file"; file?: string; profile?: string } | { type: "instance-principal" };

export interface SmokeOptions {
  env: string;
  command: "run" | "login";
  outputsFile: string;
  /** undefined: every flow whose outputs exist. */
  flows?: FlowId[];
  integration: IntegrationOption;
  user?: string;
  assertionKey?: string;
  /** `aud` of locally built assertions. @default the URL of the domain holding the trusted app */
  assertionAudience?: string;
  ociAuth: OciAuth;
  tokenStore: string;
  /** The run's one wait budget (401/403, invalid_client, 429/5xx), seconds. */
  propagationWaitSeconds: number;
  /** Where `user` came from, for messages. */
  userSource?: "--user" | "smoke.assertionUser";
  jsonFile?: string;
  connectTo: Record<string, string>;
}

/**
 * Default wait budget of a run: short, so a wrong secret (invalid_client) or
 * a missing role is reported within half a minute, while still riding out a
 * brief propagation delay.
 */
export const DEFAULT_PROPAGATION_WAIT_SECONDS = 20;
/** Wait budget with --just-deployed: what a pipeline right after `cdktf deploy` needs for new apps and grants to propagate. */
export const JUST_DEPLOYED_PROPAGATION_WAIT_SECONDS = 300;

/** What the smoke needs to know of an environment's configuration (stacks/index.ts). */
export interface KnownEnvironment {
  readonly name: string;
  readonly smoke?: { readonly assertionUser?: string };
}

export const USAGE = `usage: npm run smoke -- <env> [login] [options]

  <env>                       environment (stack) name, e.g. dev
  login                       interactive login for flow B (stores the refresh token)

  --outputs <file>            stack outputs file (default cdktf.out/outputs-<env>.json)
  --flows a,b,c               flows to run (default: every flow whose outputs exist)
                              a = client credentials, b = authorization code, c = identity propagation
  --integration-path <path>   integration under /ic/api/integration/v1/flows/rest/ (default: outputs)
  --integration-method <m>    GET, POST, PUT, PATCH, DELETE (default: outputs, else GET)
  --integration-body <json>   JSON body for POST/PUT/PATCH
  --expect-status <code>      expected HTTP status of the integration (default: outputs, else 200)
  --user <name>               user to propagate in flow C (default: the environment's smoke.assertionUser)
  --assertion-key <pem>       build flow C's assertion locally with this private key (sandbox, local checks)
  --assertion-audience <aud>  aud of locally built assertions (default: the URL of the domain holding the trusted app;
                              ${DOMAIN_ISSUER} only for legacy IDCS)
  --oci-config <file>         OCI config file for invoking the assertion Function (default ~/.oci/config)
  --oci-profile <name>        profile in that file (default DEFAULT)
  --instance-principal        authenticate to OCI as this instance
  --token-store <file>        refresh token file (default ~/.oic-access/<env>/refresh-token)
  --propagation-wait <s>      one wait budget for the whole run: 401/403, invalid_client, 429/5xx (default ${DEFAULT_PROPAGATION_WAIT_SECONDS})
  --just-deployed             right after a deploy: wait up to ${JUST_DEPLOYED_PROPAGATION_WAIT_SECONDS}s for new apps and grants to propagate
  --json <file>               write a machine-readable report
${CONNECT_TO_HELP}

secrets: OIC_ACCESS_CC_CLIENT_SECRET, OIC_ACCESS_AC_CLIENT_SECRET (else the outputs file);
flow B's refresh token: OIC_ACCESS_REFRESH_TOKEN (else the token store).`;

const FLOW_ALIASES: Record<string, FlowId> = {
  a: "A",
  "client-credentials": "A",
  b: "B",
  "auth-code": "B",
  "authorization-code": "B",
  c: "C",
  assertion: "C",
  "identity-propagation": "C",
};

export function parseFlows(value: string): FlowId[] {
  const flows = value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (!flows.length) throw new UsageError("--flows: give a comma list of a, b, c");
  return [...new Set(flows.map((f) => {
    const id = FLOW_ALIASES[f];
    if (!id) throw new UsageError(`--flows: unknown flow "${f}"; use a (client credentials), b (authorization code), c (identity propagation)`);
    return id;
  }))].sort();
}

const SMOKE_OPTIONS = {
  outputs: { type: "string" },
  flows: { type: "string" },
  "integration-path": { type: "string" },
  "integration-method": { type: "string" },
  "integration-body": { type: "string" },
  "expect-status": { type: "string" },
  user: { type: "string" },
  "assertion-key": { type: "string" },
  "assertion-audience": { type: "string" },
  "oci-config": { type: "string" },
  "oci-profile": { type: "string" },
  "instance-principal": { type: "boolean", default: false },
  "token-store": { type: "string" },
  "propagation-wait": { type: "string" },
  "just-deployed": { type: "boolean", default: false },
  json: { type: "string" },
  "connect-to": { type: "string", multiple: true },
  help: { type: "boolean", short: "h", default: false },
} as const;

function integrationBody(raw: string | undefined): unknown {
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new UsageError("--integration-body must be JSON, e.g. '{\"name\":\"x\"}'");
  }
}

function expectedStatus(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 100 || n > 599) throw new UsageError("--expect-status must be an HTTP status code such as 200");
  return n;
}

function propagationWait(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n) || n < 0 || n > 3600) throw new UsageError("--propagation-wait must be a number of seconds from 0 to 3600");
  return n;
}

/**
 * Parses the smoke's arguments. With `environments` (the CLI passes
 * stacks/index.ts), an unknown environment name is a usage error and flow C's
 * user defaults to the environment's `smoke.assertionUser`.
 */
export function parseSmokeArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
  environments?: readonly KnownEnvironment[],
): SmokeOptions {
  const { values: v, positionals: positional } = parseCommandArgs({ args: [...argv], allowPositionals: true, options: SMOKE_OPTIONS });
  const integration: IntegrationOption = {};
  if (v["integration-path"] !== undefined) integration.path = v["integration-path"];
  if (v["integration-method"] !== undefined) integration.method = v["integration-method"].toUpperCase();
  if (v["integration-body"] !== undefined) integration.body = integrationBody(v["integration-body"]);
  const status = expectedStatus(v["expect-status"]);
  if (status !== undefined) integration.expectedStatus = status;
  const flows = v.flows === undefined ? undefined : parseFlows(v.flows);
  const wait = propagationWait(v["propagation-wait"]);
  const connectTo = parseConnectTo(v["connect-to"]);
  const [envName, command, ...rest] = positional;
  if (!envName) throw new UsageError("missing environment name; give one, e.g. npm run smoke -- dev");
  const known = environments?.find((e) => e.name === envName);
  if (environments && !known) {
    const names = environments.map((e) => e.name).join(", ") || "none";
    throw new UsageError(`unknown environment "${envName}"; use one of ${names} (declared in stacks/index.ts)`);
  }
  if (command !== undefined && command !== "login") throw new UsageError(`unknown command "${command}"; the only command is "login" (npm run smoke -- ${envName} login)`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  return {
    env: envName,
    command: command === "login" ? "login" : "run",
    outputsFile: v.outputs ?? env.OIC_ACCESS_OUTPUTS_FILE ?? defaultOutputsPath(envName),
    flows,
    integration,
    user: v.user ?? known?.smoke?.assertionUser,
    userSource: v.user ? "--user" : known?.smoke?.assertionUser ? "smoke.assertionUser" : undefined,
    assertionKey: v["assertion-key"],
    assertionAudience: v["assertion-audience"],
    ociAuth: v["instance-principal"] ? { type: "instance-principal" } : { type: "config-file", file: v["oci-config"], profile: v["oci-profile"] },
    tokenStore: v["token-store"] ?? defaultTokenStorePath(envName),
    propagationWaitSeconds: wait ?? (v["just-deployed"] ? JUST_DEPLOYED_PROPAGATION_WAIT_SECONDS : DEFAULT_PROPAGATION_WAIT_SECONDS),
    jsonFile: v.json,
    connectTo,
  };
}
