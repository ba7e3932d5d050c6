// Prints what every synthesized environment will provision (`npm start`), and
// writes each one's identity topology as a Mermaid diagram beside the stacks.
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describeStack } from "../lib/stack-model/describe";
import { readStackModel } from "../lib/stack-model/read-stack";
import { topologyFileName, topologyMarkdown } from "../lib/stack-model/topology-file";

const root = process.env.CDKTF_OUTDIR ?? "cdktf.out";
const stacksDir = join(root, "stacks");
if (!existsSync(stacksDir)) {
  console.error(`no synthesized stacks in ${stacksDir}: run npm run synth first`);
  process.exit(1);
}
const envs = readdirSync(stacksDir).filter((d) => existsSync(join(stacksDir, d, "cdk.tf.json")));
for (const env of envs) {
  const model = readStackModel(join(stacksDir, env));
  const stackFile = join(stacksDir, env, "cdk.tf.json");
  const topology = join(root, topologyFileName(env));
  writeFileSync(topology, topologyMarkdown(model, stackFile));
  console.log(describeStack(model).join("\n"));
  console.log(`  synthesized: ${stackFile}`);
  console.log(`  who trusts whom (Mermaid diagram): ${topology}\n`);
}
console.log(`${envs.length} environment${envs.length === 1 ? "" : "s"} synthesized offline. Deploy one with: npx cdktf deploy <env>`);
