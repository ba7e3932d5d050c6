// npm run cert -- <env>: the trusted app's certificate over the Vault key.
import { describeCertFailure, runCert } from "../tools/cert/run-cert";

try {
  process.exitCode = await runCert(process.argv.slice(2));
} catch (error) {
  console.error(`cert: ${describeCertFailure(error)}`);
  process.exitCode = 1;
}
