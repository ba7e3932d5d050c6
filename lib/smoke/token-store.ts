/**
 * Where flow B keeps the refresh token between runs: a file only the user can
 * read (0600, in a 0700 directory), replaced atomically when the domain
 * rotates the token. The token itself is never printed.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

export function defaultTokenStorePath(env: string): string {
  return join(homedir(), ".oic-access", env, "refresh-token");
}

export function readRefreshToken(path: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8").trim();
  } catch {
    return undefined;
  }
  // Tighten a file someone loosened by hand rather than keep a readable token.
  if (process.platform !== "win32" && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  return text || undefined;
}

export function writeRefreshToken(path: string, token: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${token}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
}
