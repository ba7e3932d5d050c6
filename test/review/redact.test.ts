import { collectSecrets, findClearSecrets, REDACTED, redactValue, scrubText } from "../../lib/review/redact";

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
