// The CDKTF app: one stack per environment in stacks/. Run by `npm run synth`
// and by the cdktf CLI (`npx cdktf diff <env>`, `npx cdktf deploy <env>`).
// OIC_ACCESS_ONLY=dev,test limits the environments synthesized.
import { OicAccessError } from "./contract/errors";
import { formatNotes } from "./lib/config/normalise";
import { synthesize } from "./lib/synthesize";
import { ENVIRONMENTS } from "./stacks";

const only = (process.env.OIC_ACCESS_ONLY ?? "").split(",").map((s) => s.trim()).filter(Boolean);
try {
  const { stacks, notes } = synthesize(ENVIRONMENTS, { only, outdir: process.env.CDKTF_OUTDIR });
  if (notes.length > 0) console.log(formatNotes(notes));
  for (const s of stacks) {
    if (s.missingCertificate) {
      console.log(`[${s.config.name}] note: no certificate at ${s.missingCertificate} yet; the trusted app is declared without one (run npm run cert -- ${s.config.name} after the first deploy)`);
    }
  }
} catch (err) {
  // Configuration problems, unknown environments, construct validation and
  // safety rules: one message, no stack trace.
  if (err instanceof OicAccessError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
