/**
 * The scenario fixtures are real plans (`npm run gen:plans`,
 * scripts/plan-fixtures/generate.ts). Regenerating them takes ~20-30 s of
 * terraform runs, too slow for every `npm test`: `npm run gen:plans -- --check`
 * compares the committed files with a fresh run. These checks are the fast
 * part: the committed files look generated and every secret the provider
 * invented was renamed, so the leak test (secrets.test.ts) finds them all.
 */
import { readFileSync } from "node:fs";
import { GENERATED_FIXTURES, GENERATED_SECRET_ATTRIBUTES, normalise, renameSecrets } from "../../scripts/plan-fixtures/generate";
import type { TerraformPlan } from "../../lib/stack-model/terraform-json";
import { fixturePath, fixtureText, planFixtures } from "./fixtures";
import { nonEmpty } from "../helpers/non-empty";

function walk(value: unknown, visit: (key: string | undefined, v: unknown) => void, key?: string): void {
  visit(key, value);
  if (Array.isArray(value)) for (const v of value) walk(v, visit, key);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, visit, k);
}

describe("generated plan fixtures", () => {
  it("are all there and reviewed by the fixture-driven tests", () => {
    expect(planFixtures()).toEqual(expect.arrayContaining([...GENERATED_FIXTURES]));
    const readme = readFileSync(fixturePath("README.md"), "utf8");
    for (const f of nonEmpty(GENERATED_FIXTURES, "generated fixture")) expect(readme).toContain(f);
  });

  it.each([...GENERATED_FIXTURES])("%s: terraform show -json of a saved plan, normalised", (name) => {
    const text = fixtureText(name);
    const plan = JSON.parse(text);
    expect(plan).toMatchObject({ format_version: "1.2", terraform_version: expect.stringMatching(/^1\.11\./), applyable: expect.any(Boolean), complete: true, errored: false });
    expect(plan.configuration.provider_config.oci.version_constraint).toBe("7.27.0");
    expect(plan).not.toHaveProperty("timestamp");
    expect(`${JSON.stringify(normalise(plan), null, 2)}\n`).toBe(text);
  });

  it.each([...GENERATED_FIXTURES])("%s: every generated secret is renamed do-not-print-...", (name) => {
    const text = fixtureText(name);
    expect(text).not.toMatch(/idcscs-/);
    const values: string[] = [];
    walk(JSON.parse(text), (key, v) => {
      if ((GENERATED_SECRET_ATTRIBUTES as readonly string[]).includes(key ?? "") && typeof v === "string" && v !== "") values.push(v);
    });
    // A create plan has no secret values yet (they are unknown); the test below checks the fixtures hold some.
    expect(values.filter((v) => !v.startsWith("do-not-print-"))).toEqual([]);
  });

  it("the secrets the review must hide are in the fixtures: client secrets, their hashes, a key-store password, marked values", () => {
    const all = GENERATED_FIXTURES.map((f) => fixtureText(f)).join("\n");
    for (const secret of ["do-not-print-client-secret-1", "do-not-print-hashed-client-secret-1", "do-not-print-key-store-password-1", "do-not-print-marked-before", "do-not-print-marked-after"]) {
      expect(all).toContain(secret);
    }
  });
});

describe("normalisation", () => {
  it("drops the timestamp and sorts what Terraform emits in map order; nothing else changes", () => {
    const plan = {
      format_version: "1.2",
      timestamp: "2025-06-01T12:00:00Z",
      relevant_attributes: [
        { resource: "b.x", attribute: ["id"] },
        { resource: "a.x", attribute: ["name"] },
      ],
      checks: [{ address: { to_display: "z" }, instances: [{ address: { to_display: "z[1]" } }, { address: { to_display: "z[0]" } }] }, { address: { to_display: "a" } }],
      resource_changes: [{ address: "z.y" }, { address: "a.y" }],
    } as unknown as TerraformPlan;
    expect(normalise(plan)).toEqual({
      format_version: "1.2",
      relevant_attributes: [
        { resource: "a.x", attribute: ["name"] },
        { resource: "b.x", attribute: ["id"] },
      ],
      checks: [{ address: { to_display: "a" } }, { address: { to_display: "z" }, instances: [{ address: { to_display: "z[0]" } }, { address: { to_display: "z[1]" } }] }],
      resource_changes: [{ address: "z.y" }, { address: "a.y" }],
    });
  });

  it("renames a generated secret everywhere, the same in every file, numbered per attribute", () => {
    const a = JSON.stringify({ after: { client_secret: "idcscs-1111", hashed_client_secret: "abcdef" }, outputs: { s: { value: "idcscs-1111" } } });
    const b = JSON.stringify({ prior: { client_secret: "idcscs-2222", note: "x idcscs-1111 y", key_store_password: "pw-1" } });
    const out = renameSecrets(new Map([["a", a], ["b", b]]));
    expect(JSON.parse(out.get("a")!)).toEqual({
      after: { client_secret: "do-not-print-client-secret-1", hashed_client_secret: "do-not-print-hashed-client-secret-1" },
      outputs: { s: { value: "do-not-print-client-secret-1" } },
    });
    expect(JSON.parse(out.get("b")!)).toEqual({ prior: { client_secret: "do-not-print-client-secret-2", note: "x do-not-print-client-secret-1 y", key_store_password: "do-not-print-key-store-password-1" } });
  });
});
