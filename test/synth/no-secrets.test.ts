import { mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { synthesize } from "../../lib/synthesize";
import { describeStack } from "../../lib/stack-model/describe";
import { readStackModel } from "../../lib/stack-model/read-stack";
import { ENVIRONMENTS } from "../../stacks";
import { nonEmpty } from "../helpers/non-empty";

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

// Patterns of material that must never be in a synthesized file: private
// keys, literal secrets, provider credentials.
const FORBIDDEN = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /"client_secret"\s*:\s*"(?!\$\{)/,
  /"(private_key|private_key_password|key_store_password|access_key|secret_key|client_app_secret)"\s*:/,
  /"password"\s*:/,
];

describe("no secret in any synthesized file or snapshot", () => {
  const outdir = mkdtempSync(join(tmpdir(), "oic-synth-"));
  synthesize(ENVIRONMENTS, { outdir, baseDir: outdir });

  test("every file of every environment", () => {
    const files = filesUnder(outdir);
    expect(files.length).toBeGreaterThanOrEqual(ENVIRONMENTS.length);
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      for (const pattern of FORBIDDEN) expect({ file: f, leaks: pattern.test(text) }).toEqual({ file: f, leaks: false });
    }
  });

  test("client secrets are only referenced by sensitive outputs", () => {
    for (const env of nonEmpty(ENVIRONMENTS, "environment")) {
      const stack = JSON.parse(readFileSync(join(outdir, "stacks", env.name, "cdk.tf.json"), "utf8"));
      for (const [name, o] of nonEmpty(Object.entries(stack.output ?? {}) as [string, any][], "output")) {
        if (JSON.stringify(o.value).includes(".client_secret")) expect({ name, sensitive: o.sensitive }).toEqual({ name, sensitive: true });
      }
      const refs = JSON.stringify(stack.resource).match(/\.client_secret\}/g) ?? [];
      expect({ env: env.name, refs: refs.length }).toEqual({ env: env.name, refs: 0 });
    }
  });

  test("the summary of dev (snapshot) names the secrets only as sensitive outputs", () => {
    const lines = describeStack(readStackModel(join(outdir, "stacks", "dev"))).join("\n");
    for (const pattern of FORBIDDEN) expect(pattern.test(lines)).toBe(false);
    expect(lines).toMatchSnapshot();
  });
});
