/** Command-line options of `npm run smoke -- <env> [login] [options]`, parsed into SmokeOptions. */
import { defaultOutputsPath, InputError, type FlowId, type IntegrationOption } from "./inputs";
import { defaultTokenStorePath } from "./token-store";
import { DOMAIN_ISSUER } from "./token-endpoint";
import { isLoopback } from "./context";

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
  --connect-to <from>=<to>    send requests for origin <from> to loopback origin <to> (stand-ins)

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
  if (!flows.length) throw new InputError("--flows: give a comma list of a, b, c");
  return [...new Set(flows.map((f) => {
    const id = FLOW_ALIASES[f];
    if (!id) throw new InputError(`--flows: unknown flow "${f}"; use a (client credentials), b (authorization code), c (identity propagation)`);
    return id;
  }))].sort();
}

/** A loopback origin for --connect-to, or a one-line usage error. */
function origin(flag: string, value: string, example: string): string {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new InputError(`${flag}: "${value}" is not a URL; give an origin such as ${example}`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new InputError(`${flag}: "${value}" is not an http(s) origin; give an origin such as ${example}`);
  return u.origin;
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
  const args = [...argv];
  const positional: string[] = [];
  const o: Partial<SmokeOptions> & { integration: IntegrationOption; connectTo: Record<string, string> } = { integration: {}, connectTo: {} };
  let ociFile: string | undefined;
  let ociProfile: string | undefined;
  let instancePrincipal = false;
  let wait: number | undefined;
  let justDeployed = false;
  const value = (flag: string): string => {
    const v = args.shift();
    if (v === undefined || v.startsWith("--")) throw new InputError(`${flag} needs a value`);
    return v;
  };
  while (args.length) {
    const a = args.shift()!;
    switch (a) {
      case "--outputs":
        o.outputsFile = value(a);
        break;
      case "--flows":
        o.flows = parseFlows(value(a));
        break;
      case "--integration-path":
        o.integration.path = value(a);
        break;
      case "--integration-method":
        o.integration.method = value(a).toUpperCase();
        break;
      case "--integration-body": {
        const raw = value(a);
        try {
          o.integration.body = JSON.parse(raw);
        } catch {
          throw new InputError("--integration-body must be JSON, e.g. '{\"name\":\"x\"}'");
        }
        break;
      }
      case "--expect-status": {
        const n = Number(value(a));
        if (!Number.isInteger(n) || n < 100 || n > 599) throw new InputError("--expect-status must be an HTTP status code such as 200");
        o.integration.expectedStatus = n;
        break;
      }
      case "--user":
        o.user = value(a);
        break;
      case "--assertion-key":
        o.assertionKey = value(a);
        break;
      case "--assertion-audience":
        o.assertionAudience = value(a);
        break;
      case "--oci-config":
        ociFile = value(a);
        break;
      case "--oci-profile":
        ociProfile = value(a);
        break;
      case "--instance-principal":
        instancePrincipal = true;
        break;
      case "--token-store":
        o.tokenStore = value(a);
        break;
      case "--propagation-wait": {
        const n = Number(value(a));
        if (!Number.isFinite(n) || n < 0 || n > 3600) throw new InputError("--propagation-wait must be a number of seconds from 0 to 3600");
        wait = n;
        break;
      }
      case "--just-deployed":
        justDeployed = true;
        break;
      case "--json":
        o.jsonFile = value(a);
        break;
      case "--connect-to": {
        const example = "https://oic.example.com=http://127.0.0.1:8080";
        const [from, to, ...more] = value(a).split("=");
        if (!from || !to || more.length) throw new InputError(`--connect-to must be <origin>=<loopback origin>, e.g. ${example}`);
        const fromOrigin = origin("--connect-to", from, "https://oic.example.com");
        const toOrigin = origin("--connect-to", to, "http://127.0.0.1:8080");
        if (!isLoopback(toOrigin)) throw new InputError(`--connect-to: "${to}" is not a loopback address; only local stand-ins may replace a host`);
        o.connectTo[fromOrigin] = toOrigin;
        break;
      }
      default:
        if (a.startsWith("--")) throw new InputError(`unknown option ${a}; see the options below (npm run smoke -- --help)`, { showUsage: true });
        positional.push(a);
    }
  }
  const [envName, command, ...rest] = positional;
  if (!envName) throw new InputError("missing environment name; give one, e.g. npm run smoke -- dev", { showUsage: true });
  const known = environments?.find((e) => e.name === envName);
  if (environments && !known) {
    const names = environments.map((e) => e.name).join(", ") || "none";
    throw new InputError(`unknown environment "${envName}"; use one of ${names} (declared in stacks/index.ts)`);
  }
  if (command !== undefined && command !== "login") throw new InputError(`unknown command "${command}"; the only command is "login" (npm run smoke -- ${envName} login)`, { showUsage: true });
  if (rest.length) throw new InputError(`unexpected argument "${rest[0]}"`);
  return {
    env: envName,
    command: command === "login" ? "login" : "run",
    outputsFile: o.outputsFile ?? env.OIC_ACCESS_OUTPUTS_FILE ?? defaultOutputsPath(envName),
    flows: o.flows,
    integration: o.integration,
    user: o.user ?? known?.smoke?.assertionUser,
    userSource: o.user ? "--user" : known?.smoke?.assertionUser ? "smoke.assertionUser" : undefined,
    assertionKey: o.assertionKey,
    assertionAudience: o.assertionAudience,
    ociAuth: instancePrincipal ? { type: "instance-principal" } : { type: "config-file", file: ociFile, profile: ociProfile },
    tokenStore: o.tokenStore ?? defaultTokenStorePath(envName),
    propagationWaitSeconds: wait ?? (justDeployed ? JUST_DEPLOYED_PROPAGATION_WAIT_SECONDS : DEFAULT_PROPAGATION_WAIT_SECONDS),
    jsonFile: o.jsonFile,
    connectTo: o.connectTo,
  };
}
