import { collectSecrets, findClearSecrets, MIN_EXACT_SECRET, MIN_SUBSTRING_SECRET, MultiMatcher, REDACTED, redactValue, scrubText, SecretScrubber } from "../../tools/review/redact";

describe("redactValue", () => {
  it("replaces secret-bearing attributes by name, at any depth", () => {
    const value = { name: "app", client_secret: "abc123456", nested: [{ key_store_password: "pw123456" }] };
    expect(redactValue(value)).toEqual({ name: "app", client_secret: REDACTED, nested: [{ key_store_password: REDACTED }] });
  });

  it("replaces values marked in a sensitive mask, leaves the rest", () => {
    const value = { config: { MODE: "token", EXTRA: "hidden-value" }, tags: ["a", "b"] };
    const mask = { config: { EXTRA: true }, tags: [false, true] };
    expect(redactValue(value, mask)).toEqual({ config: { MODE: "token", EXTRA: REDACTED }, tags: ["a", REDACTED] });
  });

  it("redacts a whole value marked sensitive and keeps null / unknown as they are", () => {
    expect(redactValue({ a: 1 }, true)).toBe(REDACTED);
    expect(redactValue({ client_secret: null })).toEqual({ client_secret: null });
  });

  it("redacts any string holding a PEM private key", () => {
    // Put together at run time: no key-shaped text in the repository.
    const pem = ["BEGIN", "END"].map((w) => `-----${w} ${"PRIVATE"} KEY-----`).join("\nMIIB\n");
    expect(redactValue({ description: pem })).toEqual({ description: REDACTED });
  });
});

describe("findClearSecrets", () => {
  it("finds client_secret that is not marked sensitive", () => {
    expect(findClearSecrets({ client_secret: "s-123456" }, {})).toEqual(["client_secret"]);
  });

  it("does not report a secret marked sensitive, or an empty one", () => {
    expect(findClearSecrets({ client_secret: "s-123456" }, { client_secret: true })).toEqual([]);
    expect(findClearSecrets({ client_secret: null }, {})).toEqual([]);
  });
});

describe("scrubText", () => {
  it("removes every collected secret value from a text, longest first", () => {
    const secrets = new Set<string>();
    collectSecrets({ client_secret: "secret-abcdef", inner: { v: "secret-abcdef-longer" } }, { inner: { v: true } }, secrets);
    expect(scrubText("a secret-abcdef-longer b secret-abcdef c", secrets)).toBe(`a ${REDACTED} b ${REDACTED} c`);
  });

  it("removes PEM private keys even when not collected", () => {
    const rsa = ["BEGIN", "END"].map((w) => `-----${w} RSA ${"PRIVATE"} KEY-----`).join("\nAAA\n");
    expect(scrubText(`x ${rsa} y`, [])).toBe(`x ${REDACTED} y`);
  });
});

describe("MultiMatcher (Aho-Corasick)", () => {
  /** Reference: mark every occurrence of every pattern, merge touching stretches. */
  function naive(text: string, patterns: readonly string[], rep: string): string {
    const covered = new Array<boolean>(text.length).fill(false);
    for (const p of patterns) {
      if (!p) continue;
      for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) covered.fill(true, i, i + p.length);
    }
    let out = "";
    for (let i = 0; i < text.length; i++) {
      if (!covered[i]) out += text[i];
      else if (i === 0 || !covered[i - 1]) out += rep;
    }
    return out;
  }

  it("agrees with a naive scan on random texts and overlapping patterns", () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const word = (max: number) => Array.from({ length: 1 + rand(max) }, () => "abc"[rand(3)]).join("");
    for (let round = 0; round < 300; round++) {
      const patterns = Array.from({ length: 1 + rand(5) }, () => word(5));
      const text = word(40);
      expect({ text, patterns, out: new MultiMatcher(patterns).replaceAll(text, "#") }).toEqual({ text, patterns, out: naive(text, patterns, "#") });
    }
  });

  it("removes overlapping secrets as one stretch: no fragment of either survives", () => {
    expect(new MultiMatcher(["abcdef12", "ef12xyz9"]).replaceAll("-abcdef12xyz9-", "#")).toBe("-#-");
    expect(new MultiMatcher(["secretAA", "secretBB"]).replaceAll("secretAAsecretBB", "#")).toBe("#");
  });

  it("handles characters outside the BMP and an empty pattern list", () => {
    expect(new MultiMatcher(["😀secret😀"]).replaceAll("a😀secret😀b", "#")).toBe("a#b");
    expect(new MultiMatcher([]).replaceAll("text", "#")).toBe("text");
  });

  // Its speed (one linear pass) is measured by bench/review.ts, never timed here.
  it("scrubs 5,000 secrets over 1 MB of text, every occurrence", () => {
    const secrets = Array.from({ length: 5000 }, (_, i) => `sec-${i.toString(36).padStart(6, "0")}-value`);
    const text = Array.from({ length: 40_000 }, (_, i) => `https://app.example.com/cb?i=${i}&s=${secrets[i % 5000]} `).join("");
    const out = scrubText(text, secrets);
    expect(out).not.toContain("-value");
    expect(out.split(REDACTED)).toHaveLength(40_001);
  });
});

describe("SecretScrubber", () => {
  it(`scrubs secrets of ${MIN_SUBSTRING_SECRET}+ characters everywhere, in keys and nested strings`, () => {
    const s = new SecretScrubber(["tok-12345678"]);
    expect(s.value({ a: ["x tok-12345678 y"], "tok-12345678": { b: "tok-12345678" }, n: 5 })).toEqual({ a: [`x ${REDACTED} y`], [REDACTED]: { b: REDACTED }, n: 5 });
  });

  it("keys that collide once scrubbed are kept apart", () => {
    const s = new SecretScrubber(["tok-12345678", "tok-87654321"]);
    expect(Object.keys(s.value({ "tok-12345678": 1, "tok-87654321": 2 }) as object)).toEqual([REDACTED, `${REDACTED} (2)`]);
  });

  it(`short secrets (${MIN_EXACT_SECRET}-${MIN_SUBSTRING_SECRET - 1} characters) only as whole values; shorter ones not at all`, () => {
    const s = new SecretScrubber(["hunter2", "443"]);
    expect(s.value({ description: "hunter2", note: "hunter2 inside text", port: 443, url: "https://x:443/" })).toEqual({
      description: REDACTED,
      note: "hunter2 inside text",
      port: 443,
      url: "https://x:443/",
    });
  });

  it("numbers equal to a secret are redacted", () => {
    expect(new SecretScrubber(["12345678901"]).value({ pin: 12345678901 })).toEqual({ pin: REDACTED });
  });
});
