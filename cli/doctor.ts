// npm run doctor -- <env>: read-only audit of the live identity domain(s) against the deployed outputs and state.
import { describeFailure } from "../tools/estate/context";
import { UsageError } from "../lib/errors";
import { runDoctor } from "../tools/estate/run-doctor";
import { ENVIRONMENTS } from "../stacks";

try {
  process.exitCode = await runDoctor(process.argv.slice(2), { environments: ENVIRONMENTS, progress: (l) => console.error(l) });
} catch (error) {
  console.error(`doctor: ${describeFailure(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
