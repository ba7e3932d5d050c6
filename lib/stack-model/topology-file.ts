/**
 * `cdktf.out/topology-<env>.md`: the environment's identity topology as a
 * Markdown file with a Mermaid diagram (GitHub draws it), written by
 * `npm start`. The same builder and renderer as the plan review's diagram.
 */
import { mermaidBlock, renderMermaid } from "./mermaid";
import type { StackModel } from "./stack-model";
import { buildTopology } from "./topology";

/** The file name beside the stacks, e.g. `topology-dev.md`. */
export function topologyFileName(env: string): string {
  return `topology-${env}.md`;
}

/** The file's Markdown. */
export function topologyMarkdown(model: StackModel, source: string): string {
  const diagram = renderMermaid(buildTopology(model.env, { after: model }));
  return [
    `# Who trusts whom: ${model.env}`,
    "",
    `Drawn by \`npm start\` from \`${source}\`: the identity domains and their apps, the grants on OIC, the trusted app and the certificate alias it trusts, the Vault key, and who may invoke the assertion Function.`,
    "",
    mermaidBlock(diagram),
    "",
  ].join("\n");
}
