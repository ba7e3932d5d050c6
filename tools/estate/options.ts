/** Command-line options shared by `npm run adopt` and `npm run doctor`. */
import { OCI_AUTH_KINDS, type OciAuthKind } from "../cert/oci-auth";
import { UsageError } from "../../lib/errors";
import { CONNECT_TO_HELP, parseConnectTo } from "../command/connect-to";
import { parseCommandArgs } from "../command/parse-args";

export interface EstateOptions {
  readonly env: string;
  readonly auth: OciAuthKind;
  readonly profile?: string;
  readonly configFile?: string;
  readonly oicAppId?: string;
  /** --connect-to: a real origin (a domain, Resource Manager) -> its loopback stand-in. */
  readonly connectTo: Readonly<Record<string, string>>;
  readonly json: boolean;
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
}

export const AUTH_USAGE = `  --auth <kind>                 ${OCI_AUTH_KINDS.join(" | ")} (default config-file, as the provider's ApiKey)
  --profile <name>              OCI config profile (default DEFAULT)
  --config-file <path>          OCI config file (default ~/.oci/config)
  --oic-app-id <id>             IAM app id of the OIC instance (when the environment names only the integration instance)
${CONNECT_TO_HELP}
  --json                        machine-readable result on stdout`;

const COMMON = {
  auth: { type: "string", default: "config-file" },
  profile: { type: "string" },
  "config-file": { type: "string" },
  "oic-app-id": { type: "string" },
  "connect-to": { type: "string", multiple: true },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** Parses argv; `extra` adds the command's own string options. Returns undefined for --help. */
export function parseEstateArgs(argv: readonly string[], extra: Record<string, { type: "string" | "boolean" }>, command: "adopt" | "doctor"): EstateOptions | undefined {
  const parsed = parseCommandArgs({ args: [...argv], allowPositionals: true, options: { ...COMMON, ...extra } });
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (v.help) return undefined;
  const env = parsed.positionals[0];
  if (!env || parsed.positionals.length > 1 || !/^[a-z][a-z0-9-]*$/.test(env)) {
    throw new UsageError(`give exactly one environment name (lower case, digits, dashes), e.g. npm run ${command} -- dev`);
  }
  if (!(OCI_AUTH_KINDS as readonly string[]).includes(String(v.auth))) throw new UsageError(`--auth must be one of ${OCI_AUTH_KINDS.join(", ")} (got "${v.auth}")`);
  const values = Object.fromEntries(Object.entries(v).filter(([, x]) => !Array.isArray(x))) as Record<string, string | boolean | undefined>;
  return {
    env,
    auth: v.auth as OciAuthKind,
    profile: v.profile as string | undefined,
    configFile: v["config-file"] as string | undefined,
    oicAppId: v["oic-app-id"] as string | undefined,
    connectTo: parseConnectTo(v["connect-to"] as string[] | undefined),
    json: v.json === true,
    values,
  };
}
