// `npm run cert -- <env>`: the trusted app's certificate over the Vault key (or, oic-native, the key handed to OIC).
import { runCommand } from "../tools/command/run-command";
import { CERT_USAGE, describeCertFailure, runCert } from "../tools/cert/run-cert";

await runCommand("cert", CERT_USAGE, (argv, io) => runCert(argv, { cwd: io.projectDir, out: io.out, vars: io.env }), { describe: describeCertFailure });
