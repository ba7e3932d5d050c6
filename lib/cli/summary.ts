// Prints what every synthesized environment will provision (`npm start`).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describeStack } from "../synth/describe";
import { readStackModel } from "../synth/read-stack";

const root = process.env.CDKTF_OUTDIR ?? "cdktf.out";
const stacksDir = join(root, "stacks");
if (!existsSync(stacksDir)) {
  console.error(`no synthesized stacks in ${stacksDir}: run npm run synth first`);
  process.exit(1);
}
const envs = readdirSync(stacksDir).filter((d) => existsSync(join(stacksDir, d, "cdk.tf.json")));
for (const env of envs) {
  console.log(describeStack(readStackModel(join(stacksDir, env))).join("\n"));
  console.log(`  synthesized: ${join(stacksDir, env, "cdk.tf.json")}\n`);
}
console.log(`${envs.length} environment${envs.length === 1 ? "" : "s"} synthesized offline. Deploy one with: npx cdktf deploy <env>`);
