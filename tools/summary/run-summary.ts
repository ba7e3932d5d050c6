/**
 * `npm start`'s summary: what every synthesized environment will provision,
 * and each one's identity topology as a Mermaid diagram beside the stacks.
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describeStack } from "../../lib/stack-model/describe";
import { readStackModel } from "../../lib/stack-model/read-stack";
import { topologyFileName, topologyMarkdown } from "../../lib/stack-model/topology-file";
import { CodedError, ERROR_CODES } from "../../contract/errors";
import { EXIT } from "../command/exit-codes";
import { parseCommandArgs } from "../command/parse-args";
import type { CommandIO } from "../command/run-command";

export const SUMMARY_USAGE = `usage: npm start   (or: node dist/cli/summary.js, after npm run synth)

Prints, per synthesized environment in $CDKTF_OUTDIR/stacks (default cdktf.out),
which identity domain holds what, and writes cdktf.out/topology-<env>.md.`;

export function summaryCommand(argv: readonly string[], io: CommandIO): number {
  parseCommandArgs({ args: [...argv], options: { help: { type: "boolean", short: "h" } } });
  // Relative to the project root (npm runs scripts there), so the printed paths stay short.
  const root = io.env.CDKTF_OUTDIR ?? "cdktf.out";
  const stacksDir = join(root, "stacks");
  if (!existsSync(stacksDir)) throw new CodedError(ERROR_CODES.stackRead, `no synthesized stacks in ${stacksDir}: run npm run synth first`);
  const envs = readdirSync(stacksDir).filter((d) => existsSync(join(stacksDir, d, "cdk.tf.json")));
  for (const env of envs) {
    const model = readStackModel(join(stacksDir, env));
    const stackFile = join(stacksDir, env, "cdk.tf.json");
    const topology = join(root, topologyFileName(env));
    writeFileSync(topology, topologyMarkdown(model, stackFile));
    io.out(describeStack(model).join("\n"));
    io.out(`  synthesized: ${stackFile}`);
    io.out(`  who trusts whom (Mermaid diagram): ${topology}\n`);
  }
  io.out(`${envs.length} environment${envs.length === 1 ? "" : "s"} synthesized offline. Deploy one with: npx cdktf deploy <env>`);
  return EXIT.ok;
}
