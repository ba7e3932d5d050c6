/**
 * `npm run sandbox -- native`, as a test: an oic-native environment across
 * two identity domains deployed through real Terraform (offline provider).
 * OIC's connection test succeeds against Fusion's domain; a wrong kid, aud
 * or domain on the connection each fail it, with the smoke naming the
 * cause; and the private key exists only in OIC's store afterwards.
 */
import { readdirSync, readFileSync, rmSync, statSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrivateKey } from "node:crypto";
import { rehearse } from "../../sandbox/rehearsal/rehearsal";
import type { SmokeOutcome } from "../../tools/smoke/run";
import type { OicDesignStore, StandinConnection } from "../../sandbox/standins/oic-design";
import { native } from "../../stacks/examples/native";
import { nonEmpty } from "../helpers/non-empty";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // The offline provider's install (Terraform binary plugins) holds no key: skip it.
    if (name === "terraform") return [];
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function causeOfC(outcome: SmokeOutcome): string | undefined {
  const c = outcome.report.flows.find((f) => f.flow === "C");
  return c?.steps.find((s) => !s.ok)?.diagnosis?.cause;
}

describe("oic-native rehearsed offline (npm run sandbox -- native)", () => {
  test("deploys in two domains; OIC's connection test passes; wrong kid, aud or domain each fail it with the cause named; the key is only in OIC's store", async () => {
    const workDir = mkdtempSync(join(tmpdir(), "oic-native-rehearsal-"));
    dirs.push(workDir);
    const log: string[] = [];
    const broken: Record<string, string | undefined> = {};
    let store: OicDesignStore | undefined;
    let passedAgain = false;
    const result = await rehearse({
      config: native,
      workDir,
      log: (l) => log.push(l),
      afterSmoke: async (cloud, smokeAgain) => {
        store = cloud.oicDesign!;
        const conn = store.connections.get(native.assertion!.mode === "oic-native" ? native.assertion!.oicNative.connectionId : "")!;
        const good: StandinConnection = structuredClone(conn);
        const attempt = async (name: string, edit: (c: StandinConnection) => void) => {
          edit(conn);
          broken[name] = causeOfC(await smokeAgain());
          Object.assign(conn, structuredClone(good));
        };
        await attempt("kid", (c) => (c.header = { ...c.header!, kid: "not-the-alias-on-the-trusted-app" }));
        await attempt("aud", (c) => (c.payload = { ...c.payload!, aud: `${cloud.domainUrls.oic}/` }));
        await attempt("domain", (c) => (c.tokenUrl = `${cloud.domainUrls.oic}/oauth2/v1/token`));
        passedAgain = (await smokeAgain()).exitCode === 0;
      },
    });

    // The first smoke (the deploy's), then the three broken connections and the mended one.
    expect(log.filter((l) => /^\s+(PASS|FAIL|SKIP) /.test(l)).map((l) => l.trim().slice(0, 6))).toEqual(["PASS A", "PASS B", "PASS C", ...["FAIL C", "FAIL C", "FAIL C", "PASS C"].flatMap((c) => ["PASS A", "PASS B", c])]);
    expect(result.exitCode).toBe(0);
    expect(log.some((l) => /\[C\] connection-test ok .*Fusion's domain issued a user token/.test(l))).toBe(true);
    expect(log.some((l) => /\[C\] caller-integration ok .*-> 200/.test(l))).toBe(true);
    expect(log).toContain("cert native: new signing key for OIC: no signing key yet");
    expect(broken).toEqual({ kid: "assertion-kid-unknown", aud: "assertion-audience", domain: "wrong-domain" });
    expect(passedAgain).toBe(true);

    // The key exists only in OIC's store: not in the checkout, cdktf.out, certs/, the state, or the log.
    const keys = [...store!.keys.values()];
    expect(keys).toHaveLength(1);
    const pem = keys[0]!.pem;
    // Private parts only (the modulus is public: it is in the certificate, hence in the stack and the state).
    const jwk = createPrivateKey(pem).export({ format: "jwk" });
    const d = Buffer.from(jwk.d!, "base64url");
    const lines = pem.trim().split("\n");
    const needles = [lines[10]!, lines[20]!, jwk.d!.slice(20, 80), d.toString("base64").slice(20, 80), d.toString("hex").slice(40, 120), jwk.p!.slice(10, 60)];
    const files = filesUnder(workDir);
    expect(files.some((f) => f.endsWith(".tfstate"))).toBe(true);
    expect(files.some((f) => f.endsWith("jwt-header.json"))).toBe(true);
    for (const file of nonEmpty(files, "file of the rehearsal")) {
      const text = readFileSync(file, "latin1");
      for (const n of needles) expect({ file, found: text.includes(n) }).toEqual({ file, found: false });
      // secrets/ holds the rehearsal's throwaway OCI API key (the Vault stand-in's credentials), not a signing key.
      if (!file.startsWith(join(workDir, "secrets"))) expect({ file, privateKeyBlock: /BEGIN [A-Z ]*PRIVATE KEY/.test(text) }).toEqual({ file, privateKeyBlock: false });
    }
    const logText = log.join("\n");
    for (const n of needles) expect(logText.includes(n)).toBe(false);
    expect(logText).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY/);
  }, 240_000);
});
