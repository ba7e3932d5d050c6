/**
 * `--connect-to <origin>=<loopback origin>`: the one rerouting flag of the
 * commands that talk to a real domain or OIC host (smoke, adopt, doctor).
 * The real host name stays in outputs, audiences and checks; only the
 * connection goes to a local stand-in (sandbox, tests), like curl's
 * --connect-to. Parsed and checked (loopback only) here, once.
 */
import { isLoopbackUrl } from "../../contract/loopback";
import { UsageError } from "../../lib/errors";

export const CONNECT_TO_EXAMPLE = "https://oic.example.com=http://127.0.0.1:8080";

/** The flag's line in every usage text that has it. */
export const CONNECT_TO_HELP = "  --connect-to <origin>=<loopback origin>  send requests for <origin> to a local stand-in (sandbox, tests; repeatable)";

/** The flag adopt and doctor took before the commands shared one name. */
export const RENAMED_FLAG = "--endpoint";

export function renamedFlagError(): UsageError {
  return new UsageError(`${RENAMED_FLAG} is now --connect-to <origin>=<loopback origin>, e.g. --connect-to ${CONNECT_TO_EXAMPLE}`, { reason: "renamed-option" });
}

function origin(value: string, example: string): string {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new UsageError(`--connect-to: "${value}" is not a URL; give an origin such as ${example}`, { reason: "bad-value" });
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new UsageError(`--connect-to: "${value}" is not an http(s) origin; give an origin such as ${example}`, { reason: "bad-value" });
  return u.origin;
}

/** `<origin>=<loopback origin>` pairs as a map from origin to loopback origin; a usage error names the bad pair. */
export function parseConnectTo(pairs: readonly string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs ?? []) {
    const [from, to, ...more] = pair.split("=");
    if (!from || !to || more.length) throw new UsageError(`--connect-to must be <origin>=<loopback origin>, e.g. ${CONNECT_TO_EXAMPLE} (got "${pair}")`, { reason: "bad-value" });
    const source = origin(from, "https://oic.example.com");
    const target = origin(to, "http://127.0.0.1:8080");
    if (!isLoopbackUrl(target)) throw new UsageError(`--connect-to: "${to}" is not a loopback address; only local stand-ins may replace a host`, { reason: "bad-value" });
    out[source] = target;
  }
  return out;
}
