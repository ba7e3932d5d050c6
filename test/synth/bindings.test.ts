import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { keptResult } from "../helpers/kept-result";

function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

test("the committed bindings are what npm run gen makes from the committed schema", async () => {
  // What the generator makes depends only on the schema and the generator (pinned, with its dependencies,
  // by the lock file): its digests are kept for those inputs (test/helpers/kept-result.ts).
  const schemaText = readFileSync("provider/oci-schema.json", "utf8");
  const generated = await keptResult("bindings", [schemaText, readFileSync("package-lock.json")], async () => {
    const { generateProviderBindingsFromSchema } = await import("@cdktf/provider-generator");
    const out = mkdtempSync(join(tmpdir(), "oic-gen-"));
    await generateProviderBindingsFromSchema(out, JSON.parse(schemaText));
    return digests(join(out, "providers/oci"));
  });
  expect(Object.keys(generated).length).toBeGreaterThan(20);
  expect(digests(".gen/providers/oci")).toEqual(generated);
});
