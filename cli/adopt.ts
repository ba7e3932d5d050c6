// npm run adopt -- <env>: config entries and import blocks for the identity resources that already exist.
import { describeFailure } from "../tools/estate/context";
import { UsageError } from "../lib/errors";
import { runAdopt } from "../tools/estate/run-adopt";
import { ENVIRONMENTS } from "../stacks";

try {
  process.exitCode = await runAdopt(process.argv.slice(2), { environments: ENVIRONMENTS, progress: (l) => console.error(l) });
} catch (error) {
  console.error(`adopt: ${describeFailure(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
