// The refresh-token store tightens loose permissions it finds: 0700 for its
// directories, 0600 for the token file; never a shared directory.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { chmodSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultTokenStorePath, ownDirectories, readRefreshToken, tokenStoreRoot, writeRefreshToken } from "../../tools/smoke/token-store";

const mode = (p: string) => statSync(p).mode & 0o777;
const posix = process.platform !== "win32";

describe("token store permissions", () => {
  let home: string;
  let savedHome: string | undefined;
  beforeEach(() => {
    savedHome = process.env.HOME;
    home = mkdtempSync(join(tmpdir(), "oic-home-"));
    process.env.HOME = home;
  });
  afterEach(() => {
    process.env.HOME = savedHome;
  });

  (posix ? it : it.skip)("reading tightens an existing loose directory tree and file (default location)", () => {
    const path = defaultTokenStorePath("dev");
    expect(path.startsWith(join(home, ".oic-access"))).toBe(true);
    chmodSync(home, 0o755);
    mkdirSync(join(home, ".oic-access", "dev"), { recursive: true });
    chmodSync(join(home, ".oic-access"), 0o755);
    chmodSync(join(home, ".oic-access", "dev"), 0o777);
    writeFileSync(path, "rt-value\n");
    chmodSync(path, 0o644);
    expect(readRefreshToken(path)).toBe("rt-value");
    expect(mode(tokenStoreRoot())).toBe(0o700);
    expect(mode(join(home, ".oic-access", "dev"))).toBe(0o700);
    expect(mode(path)).toBe(0o600);
    expect(mode(home)).toBe(0o755); // the home directory itself is left alone
  });

  (posix ? it : it.skip)("writing into an existing loose directory tightens it", () => {
    const path = defaultTokenStorePath("test");
    mkdirSync(join(home, ".oic-access", "test"), { recursive: true, mode: 0o775 });
    chmodSync(join(home, ".oic-access", "test"), 0o775);
    writeRefreshToken(path, "rt-2");
    expect(mode(join(home, ".oic-access", "test"))).toBe(0o700);
    expect(mode(path)).toBe(0o600);
    expect(readRefreshToken(path)).toBe("rt-2");
  });

  (posix ? it : it.skip)("a new store is created 0700/0600", () => {
    const path = defaultTokenStorePath("prod");
    writeRefreshToken(path, "rt-3");
    expect(mode(tokenStoreRoot())).toBe(0o700);
    expect(mode(join(home, ".oic-access", "prod"))).toBe(0o700);
    expect(mode(path)).toBe(0o600);
  });

  (posix ? it : it.skip)("--token-store elsewhere: its own directory is tightened, a shared one (home, temp, cwd) never", () => {
    const own = join(home, "secrets", "rt");
    mkdirSync(join(home, "secrets"), { mode: 0o755 });
    chmodSync(join(home, "secrets"), 0o755);
    writeRefreshToken(own, "rt-4");
    expect(mode(join(home, "secrets"))).toBe(0o700);
    expect(ownDirectories(join(home, "rt"))).toEqual([]);
    expect(ownDirectories(join(tmpdir(), "rt"))).toEqual([]);
    expect(ownDirectories("rt")).toEqual([]);
    chmodSync(home, 0o755);
    writeRefreshToken(join(home, "rt"), "rt-5");
    expect(mode(home)).toBe(0o755);
    expect(mode(join(home, "rt"))).toBe(0o600);
  });
});
