/** go-plugin's handshake, as Terraform's provider plugins do it. */

/** The cookie Terraform sets so that a provider binary knows it was started as a plugin. */
export const MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
export const MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
/** Terraform's provider protocol major version this plugin speaks (what SDKv2 providers, oracle/oci among them, speak). */
export const PROTOCOL_VERSION = 5;
/** go-plugin's own protocol version (the first field of the handshake line). */
export const CORE_PROTOCOL_VERSION = 1;

/** `CORE|APP|tcp|ADDR|grpc|CERT`: what the host reads on the plugin's stdout. */
export function handshakeLine(port: number, certForHandshake?: string): string {
  const fields = [CORE_PROTOCOL_VERSION, PROTOCOL_VERSION, "tcp", `127.0.0.1:${port}`, "grpc", ...(certForHandshake ? [certForHandshake] : [])];
  return `${fields.join("|")}\n`;
}

/** OCI_OFFLINE_STATS=<file>: on exit the plugin appends one JSON line with its start-up time and time per RPC. */
export const STATS_ENV = "OCI_OFFLINE_STATS";

/**
 * OCI_OFFLINE_ATTACHED=1: the plugin was started by attach.ts, not by
 * Terraform, and serves every Terraform run that names it in
 * TF_REATTACH_PROVIDERS. It then ignores Shutdown (no single run owns it)
 * and exits when its starter closes its stdin (or dies).
 */
export const ATTACHED_ENV = "OCI_OFFLINE_ATTACHED";
