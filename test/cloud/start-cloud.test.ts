// The one starter: what it adds to a seed (a loopback redirect on a free port,
// the trusted key's file) and what close() leaves behind.
import { createPrivateKey } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "@jest/globals";
import { OUTPUTS } from "../../contract/outputs";
import { seedFromStack } from "../../sandbox/cloud/seed-from-stack";
import { startCloud } from "../../sandbox/cloud/start-cloud";
import { sampleModel } from "../smoke/helpers";

/** The sample with an auth-code app that declares no loopback redirect URI (a protected environment). */
function protectedModel() {
  const m = sampleModel(8765);
  return { ...m, apps: m.apps.map((a) => (a.flow === "authorization-code" ? { ...a, redirectUris: ["https://vbcs.example.com/cb"] } : a)) };
}

describe("startCloud", () => {
  it("gives two clouds at once different loopback redirect ports, only in the stand-in and the outputs it made", async () => {
    const [a, b] = await Promise.all([startCloud(seedFromStack(protectedModel())), startCloud(seedFromStack(protectedModel()))]);
    try {
      expect(a.addedRedirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
      expect(b.addedRedirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
      expect(a.addedRedirectUri).not.toBe(b.addedRedirectUri);
      expect(a.addedRedirectUri).not.toContain(":8765/");
      expect(a.state.app("dev-oic-vbcs").redirectUris).toEqual(["https://vbcs.example.com/cb", a.addedRedirectUri]);
      expect(a.outputs[OUTPUTS.authCodeRedirectUris]).toEqual(["https://vbcs.example.com/cb", a.addedRedirectUri]);
      expect(a.notes.some((n) => n.includes(a.addedRedirectUri!))).toBe(true);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("adds no redirect where the stack declares a loopback one; routes OIC and Fusion; removes the key file on close", async () => {
    const cloud = await startCloud(seedFromStack(sampleModel(8765)));
    const keyPath = cloud.assertionKeyPath!;
    try {
      expect(cloud.addedRedirectUri).toBeUndefined();
      expect(Object.keys(cloud.connectTo).sort()).toEqual(["https://fa-dev-test.fa.ocs.oraclecloud.com", "https://oic-dev-test.integration.us-ashburn-1.ocp.oraclecloud.com"]);
      expect(cloud.connectTo["https://oic-dev-test.integration.us-ashburn-1.ocp.oraclecloud.com"]).toBe(cloud.oic.url);
      expect(cloud.domainUrls).toEqual({ oic: cloud.domain.url, fusion: cloud.domain.url });
      expect(cloud.outputs[OUTPUTS.tokenUrl]).toBe(cloud.domain.tokenUrl);
      expect(statSync(keyPath).mode & 0o777).toBe(0o600);
      expect(createPrivateKey(readFileSync(keyPath, "utf8")).asymmetricKeyType).toBe("rsa");
    } finally {
      await cloud.close();
    }
    expect(existsSync(keyPath)).toBe(false);
  });
});
