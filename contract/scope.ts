/**
 * Fully qualified scopes (FQS) of the identity domain: the resource app's
 * audience and the scope concatenated with no separator, e.g.
 * `https://myoic.integration.ocp.oraclecloud.com:443urn:opc:resource:consumer::all`.
 * A hand-built or mixed scope is the classic cause of "valid token, 401".
 */

/** The scope OIC (and Fusion) expose to consumers. */
export const CONSUMER_SCOPE = "urn:opc:resource:consumer::all";
/** Asked for with the auth-code flow to receive a refresh token. */
export const OFFLINE_ACCESS = "offline_access";

export function fullyQualifiedScope(audience: string, scope: string = CONSUMER_SCOPE): string {
  return `${audience}${scope}`;
}

/** Splits an FQS back into audience and scope; undefined when it has no `urn:` part. */
export function splitScope(fqs: string): { audience: string; scope: string } | undefined {
  const at = fqs.indexOf("urn:");
  if (at <= 0) return undefined;
  return { audience: fqs.slice(0, at), scope: fqs.slice(at) };
}

/**
 * Why `given` is not the FQS for `audience` + `scope`, in one sentence, or
 * undefined when it is. The cases are the mistakes people make by hand.
 */
export function explainScopeMismatch(given: string, audience: string, scope: string = CONSUMER_SCOPE): string | undefined {
  const expected = fullyQualifiedScope(audience, scope);
  if (given === expected) return undefined;
  const parts = splitScope(given.trim());
  if (!parts) return `"${given}" has no scope part; expected audience + scope with no separator: "${expected}"`;
  if (given !== given.trim()) return `the scope has leading or trailing white space; use exactly "${expected}"`;
  const givenAudience = parts.audience.replace(/\/$/, "");
  if (parts.audience !== givenAudience && givenAudience === audience) {
    return `a "/" separates audience and scope; the FQS is the two concatenated with no separator: "${expected}"`;
  }
  const withoutPort = audience.replace(/:443$/, "");
  if (givenAudience === withoutPort && audience.endsWith(":443")) {
    return `the audience lacks ":443"; the OIC app's primary audience includes the port: "${expected}"`;
  }
  if (givenAudience !== audience) {
    let host = "";
    try {
      host = new URL(givenAudience).host;
    } catch {
      return `the audience part "${givenAudience}" is not a URL; expected "${audience}"`;
    }
    return `the audience host "${host}" is not the resource's "${new URL(audience).host}"; expected "${expected}"`;
  }
  return `the scope part "${parts.scope}" is not "${scope}"; expected "${expected}"`;
}
