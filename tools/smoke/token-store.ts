/**
 * Where flow B keeps the refresh token between runs: a file only the user can
 * read (0600, in a 0700 directory), replaced atomically when the domain
 * rotates the token. The token itself is never printed.
 *
 * Permissions are enforced, not only set at creation: a token file with
 * group/other bits is tightened to 0600 whenever it is read or written, and
 * so are the store's own directories (0700): `~/.oic-access` and
 * `~/.oic-access/<env>` for the default location, or the token file's
 * directory when it is a directory of its own (see `ownDirectory`).
 */
import { chmodSync, lstatSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

/** Environment variable holding flow B's refresh token (a pipeline secret); it wins over the store. */
export const REFRESH_TOKEN_ENV = "OIC_ACCESS_REFRESH_TOKEN";

/** The user's home: $HOME on POSIX (what os.homedir() reads too, looked up here so tests can move it). */
function home(): string {
  return (process.platform !== "win32" && process.env.HOME) || homedir();
}

export function tokenStoreRoot(): string {
  return join(home(), ".oic-access");
}

export function defaultTokenStorePath(env: string): string {
  return join(tokenStoreRoot(), env, "refresh-token");
}

const POSIX = process.platform !== "win32";

function tighten(path: string, mode: number): void {
  if (!POSIX) return;
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return;
  }
  if (st.isSymbolicLink()) return; // never follow a link to change someone else's file
  if (typeof process.getuid === "function" && st.uid !== process.getuid()) return;
  if ((st.mode & 0o077) !== 0) chmodSync(path, mode);
}

/**
 * The directories that belong to the store and may be tightened: under the
 * default root, every level from the root down to the token's directory.
 * Elsewhere only the token's own directory, and only when it is not a
 * shared place (the home directory, the temp directory, the current
 * directory, the file system root): `--token-store ./rt` must not chmod the
 * project.
 */
export function ownDirectories(tokenPath: string): string[] {
  const dir = resolve(dirname(tokenPath));
  const root = resolve(tokenStoreRoot());
  const rel = relative(root, dir);
  if (rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))) {
    const dirs = [root];
    let cur = root;
    for (const part of rel.split(sep).filter(Boolean)) dirs.push((cur = join(cur, part)));
    return dirs;
  }
  const shared = new Set([resolve(home()), resolve(tmpdir()), resolve(process.cwd()), resolve(sep)]);
  return shared.has(dir) ? [] : [dir];
}

function tightenStore(tokenPath: string): void {
  for (const d of ownDirectories(tokenPath)) tighten(d, 0o700);
  tighten(tokenPath, 0o600);
}

export function readRefreshToken(path: string): string | undefined {
  let text: string;
  try {
    if (!statSync(path).isFile()) return undefined;
    text = readFileSync(path, "utf8").trim();
  } catch {
    return undefined;
  }
  // Tighten a file (or directory) someone loosened by hand rather than keep a readable token.
  tightenStore(path);
  return text || undefined;
}

export function writeRefreshToken(path: string, token: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  tightenStore(path);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${token}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
}
