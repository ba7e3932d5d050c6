/** Command-line options shared by `npm run adopt` and `npm run doctor`. */
import { parseArgs } from "node:util";
import { OCI_AUTH_KINDS, type OciAuthKind } from "../cert/oci-auth";

import { UsageError } from "../../lib/errors";

export interface EstateOptions {
  readonly env: string;
  readonly auth: OciAuthKind;
  readonly profile?: string;
  readonly configFile?: string;
  readonly oicAppId?: string;
  /** Domain URL -> loopback URL (stand-ins). */
  readonly endpoints: Readonly<Record<string, string>>;
  readonly json: boolean;
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
}

export const AUTH_USAGE = `  --auth <kind>                 ${OCI_AUTH_KINDS.join(" | ")} (default config-file, as the provider's ApiKey)
  --profile <name>              OCI config profile (default DEFAULT)
  --config-file <path>          OCI config file (default ~/.oci/config)
  --oic-app-id <id>             IAM app id of the OIC instance (when the environment names only the integration instance)
  --endpoint <domain>=<url>     send a domain's requests to a loopback stand-in (sandbox, tests)
  --json                        machine-readable result on stdout`;

const COMMON = {
  auth: { type: "string", default: "config-file" },
  profile: { type: "string" },
  "config-file": { type: "string" },
  "oic-app-id": { type: "string" },
  endpoint: { type: "string", multiple: true },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

function loopbackEndpoints(pairs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    const [from, to] = at > 0 ? [pair.slice(0, at), pair.slice(at + 1)] : ["", ""];
    let host = "";
    try {
      host = new URL(to).hostname;
    } catch {
      /* reported below */
    }
    if (!from || !["127.0.0.1", "localhost", "[::1]"].includes(host)) {
      throw new UsageError(`--endpoint must be <domain url>=<loopback url>, e.g. https://idcs-x.identity.oraclecloud.com=http://127.0.0.1:8080 (got "${pair}"); only local stand-ins may replace a domain`);
    }
    out[from.replace(/\/$/, "")] = to.replace(/\/$/, "");
  }
  return out;
}

/** Parses argv; `extra` adds the command's own string options. Returns undefined for --help. */
export function parseEstateArgs(argv: readonly string[], extra: Record<string, { type: "string" | "boolean" }>, usage: string): EstateOptions | undefined {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { ...COMMON, ...extra } });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${usage}`);
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (v.help) return undefined;
  const env = parsed.positionals[0];
  if (!env || parsed.positionals.length > 1 || !/^[a-z][a-z0-9-]*$/.test(env)) {
    throw new UsageError(`give exactly one environment name (lower case, digits, dashes), e.g. dev\n\n${usage}`);
  }
  if (!(OCI_AUTH_KINDS as readonly string[]).includes(String(v.auth))) throw new UsageError(`--auth must be one of ${OCI_AUTH_KINDS.join(", ")} (got "${v.auth}")`);
  const values = Object.fromEntries(Object.entries(v).filter(([, x]) => !Array.isArray(x))) as Record<string, string | boolean | undefined>;
  return {
    env,
    auth: v.auth as OciAuthKind,
    profile: v.profile as string | undefined,
    configFile: v["config-file"] as string | undefined,
    oicAppId: v["oic-app-id"] as string | undefined,
    endpoints: loopbackEndpoints((v.endpoint as string[] | undefined) ?? []),
    json: v.json === true,
    values,
  };
}
