import { describe, expect, test } from "@jest/globals";
import { compareSigningKeys } from "../../tools/estate/doctor-oic-native";

const key = (name: string) => ({ id: `id-${name}`, name });

describe("doctor, oic-native: the signing key in OIC and the alias on the trusted app", () => {
  test("agree: one ok line", () => {
    expect(compareSigningKeys("native", ["a1"], "a1", [key("a1")])).toEqual([{ area: "oic-native", name: "signing key in OIC = alias on the trusted app", status: "ok", detail: "a1" }]);
  });

  test("the alias's key missing from OIC fails, with a new key pair as the fix", () => {
    const [r] = compareSigningKeys("native", ["a1"], "a1", [key("a0")]);
    expect(r).toMatchObject({ status: "fail", detail: expect.stringMatching(/no signing key "a1".*holds a0/) });
    expect(r!.fix).toMatch(/npm run cert -- native/);
  });

  test("OIC's key not on the trusted app fails (Fusion's domain refuses the kid); a leftover key warns", () => {
    const results = compareSigningKeys("native", ["a0"], "a1", [key("a1"), key("a0"), key("old")]);
    expect(results.map((r) => [r.status, r.name])).toEqual([
      ["fail", "signing key in OIC = alias on the trusted app"],
      ["warn", "signing key a1 in OIC"],
      ["warn", "signing key old in OIC"],
    ]);
    expect(results[2]!.fix).toMatch(/--retire-previous/);
  });

  test("no alias yet warns", () => {
    expect(compareSigningKeys("native", [], undefined, [])[0]).toMatchObject({ status: "warn", cause: expect.stringMatching(/OIC cannot sign/) });
  });
});
