#!/usr/bin/env node
// `npm run pipeline -- <phase> [<env>] [options]`: what every workflow step runs (tools/pipeline/cli.ts, docs/pipeline.md).
import { runCommand } from "../tools/command/run-command";
import { PIPELINE_USAGE } from "../tools/pipeline/cli";
import { pipelineCommand } from "../tools/pipeline/process-wiring";
import { ENVIRONMENTS } from "../stacks";

await runCommand("pipeline", PIPELINE_USAGE, (argv, io) => pipelineCommand(argv, io, ENVIRONMENTS));
