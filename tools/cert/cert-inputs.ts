/**
 * Where the certificate command finds the Vault key and the trusted app:
 * the stack outputs file (`cdktf output --outputs-file`, shape
 * `{ "<env>": { "<output>": value } }`), overridden by command options.
 */
import { existsSync } from "node:fs";
import { OutputsFileError, readDeployedOutputs, readOutputsFile } from "../../contract/deployed-outputs";
import { OUTPUTS } from "../../contract/outputs";
import { ERROR_CODES, OicAccessError } from "../../contract/errors";

export interface CertInputs {
  keyId: string;
  keyVersionId: string;
  cryptoEndpoint: string;
  managementEndpoint: string;
  trustedClientId: string;
}

export type CertInputOverrides = Partial<CertInputs>;

const FROM_OUTPUT: Record<keyof CertInputs, { output: string; option: string }> = {
  keyId: { output: OUTPUTS.signingKeyId, option: "--key-id" },
  keyVersionId: { output: OUTPUTS.signingKeyVersionId, option: "--key-version-id" },
  cryptoEndpoint: { output: OUTPUTS.signingKeyCryptoEndpoint, option: "--crypto-endpoint" },
  managementEndpoint: { output: OUTPUTS.signingKeyManagementEndpoint, option: "--management-endpoint" },
  trustedClientId: { output: OUTPUTS.trustedClientId, option: "--trusted-client-id" },
};

export class CertInputError extends OicAccessError {
  readonly code = ERROR_CODES.certInput;
}

/** The outputs of `env` in an outputs file; undefined when there is no file. */
export function readOutputs(path: string, env: string): Record<string, unknown> | undefined {
  try {
    return readOutputsFile(path, env, { optional: true });
  } catch (error) {
    throw error instanceof OutputsFileError ? new CertInputError(error.message) : error;
  }
}

/** The inputs from a `{ "<output>": value }` record (e.g. `terraform output -json` values); the names of missing outputs. */
export function certInputsFromOutputs(outputs: Record<string, unknown>, overrides: CertInputOverrides = {}): { inputs?: CertInputs; missing: string[] } {
  const missing: string[] = [];
  const result = {} as CertInputs;
  const d = readDeployedOutputs(outputs);
  const deployed: Partial<Record<keyof CertInputs, string>> = { ...d.signingKey, trustedClientId: d.trusted?.clientId };
  for (const [field, { output, option }] of Object.entries(FROM_OUTPUT) as [keyof CertInputs, (typeof FROM_OUTPUT)[keyof CertInputs]][]) {
    const value = overrides[field] ?? deployed[field];
    if (typeof value !== "string" || value.trim() === "") missing.push(`${output} (or ${option})`);
    else result[field] = value.trim();
  }
  return missing.length ? { missing } : { inputs: result, missing };
}

export function resolveCertInputs(env: string, outputsPath: string, overrides: CertInputOverrides): CertInputs {
  const outputs = readOutputs(outputsPath, env) ?? {};
  const { inputs, missing } = certInputsFromOutputs(outputs, overrides);
  if (!inputs) {
    const where = existsSync(outputsPath) ? `not in ${outputsPath}` : `${outputsPath} does not exist`;
    throw new CertInputError(
      `missing ${missing.join(", ")}: ${where}. Deploy the stack and run: npx cdktf output ${env} --outputs-file ${outputsPath}, or pass the options.`,
    );
  }
  return inputs;
}
