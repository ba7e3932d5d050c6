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
  assertionAudience: string;
  ociAuth: OciAuth;
  tokenStore: string;
  propagationWaitSeconds: number;
  jsonFile?: string;
  connectTo: Record<string, string>;
}

export const DEFAULT_PROPAGATION_WAIT_SECONDS = 120;

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
  --user <name>               user to propagate in flow C
  --assertion-key <pem>       build flow C's assertion locally with this private key (sandbox, local checks)
  --assertion-audience <aud>  aud of the assertions (default ${DOMAIN_ISSUER})
  --oci-config <file>         OCI config file for invoking the assertion Function (default ~/.oci/config)
  --oci-profile <name>        profile in that file (default DEFAULT)
  --instance-principal        authenticate to OCI as this instance
  --token-store <file>        refresh token file (default ~/.oic-access/<env>/refresh-token)
  --propagation-wait <s>      how long to wait out 401/403 while new grants propagate (default ${DEFAULT_PROPAGATION_WAIT_SECONDS})
  --json <file>               write a machine-readable report
  --connect-to <from>=<to>    send requests for origin <from> to loopback origin <to> (stand-ins)

secrets: OIC_ACCESS_CC_CLIENT_SECRET, OIC_ACCESS_AC_CLIENT_SECRET (else the outputs file).`;

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

export function parseSmokeArgs(argv: readonly string[], env: Record<string, string | undefined> = process.env): SmokeOptions {
  const args = [...argv];
  const positional: string[] = [];
  const o: Partial<SmokeOptions> & { integration: IntegrationOption; connectTo: Record<string, string> } = { integration: {}, connectTo: {} };
  let ociFile: string | undefined;
  let ociProfile: string | undefined;
  let instancePrincipal = false;
  let wait = DEFAULT_PROPAGATION_WAIT_SECONDS;
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
      case "--json":
        o.jsonFile = value(a);
        break;
      case "--connect-to": {
        const [from, to] = value(a).split("=");
        if (!from || !to) throw new InputError("--connect-to must be <origin>=<loopback origin>, e.g. https://oic.example.com=http://127.0.0.1:8080");
        if (!isLoopback(to)) throw new InputError(`--connect-to: "${to}" is not a loopback address; only local stand-ins may replace a host`);
        o.connectTo[new URL(from).origin] = new URL(to).origin;
        break;
      }
      default:
        if (a.startsWith("--")) throw new InputError(`unknown option ${a}\n\n${USAGE}`);
        positional.push(a);
    }
  }
  const [envName, command, ...rest] = positional;
  if (!envName) throw new InputError(`missing environment name\n\n${USAGE}`);
  if (command !== undefined && command !== "login") throw new InputError(`unknown command "${command}"; the only command is "login"`);
  if (rest.length) throw new InputError(`unexpected argument "${rest[0]}"`);
  return {
    env: envName,
    command: command === "login" ? "login" : "run",
    outputsFile: o.outputsFile ?? env.OIC_ACCESS_OUTPUTS_FILE ?? defaultOutputsPath(envName),
    flows: o.flows,
    integration: o.integration,
    user: o.user,
    assertionKey: o.assertionKey,
    assertionAudience: o.assertionAudience ?? DOMAIN_ISSUER,
    ociAuth: instancePrincipal ? { type: "instance-principal" } : { type: "config-file", file: ociFile, profile: ociProfile },
    tokenStore: o.tokenStore ?? defaultTokenStorePath(envName),
    propagationWaitSeconds: wait,
    jsonFile: o.jsonFile,
    connectTo: o.connectTo,
  };
}
