import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

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
  const { generateProviderBindingsFromSchema } = await import("@cdktf/provider-generator");
  const out = mkdtempSync(join(tmpdir(), "oic-gen-"));
  const schema = JSON.parse(readFileSync("provider/oci-schema.json", "utf8"));
  await generateProviderBindingsFromSchema(out, schema);
  expect(digests(join(out, "providers/oci"))).toEqual(digests(".gen/providers/oci"));
});
