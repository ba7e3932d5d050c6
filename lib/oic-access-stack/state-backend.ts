import { LocalBackend, S3Backend } from "cdktf";
import type { TerraformStack } from "cdktf";
import type { StateBackendConfig } from "../config/environment";

/**
 * Local state by default; OCI Object Storage through Terraform's
 * S3-compatible backend when configured. Credentials come from
 * AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (an OCI customer secret key).
 */
export function configureBackend(stack: TerraformStack, env: string, backend: StateBackendConfig = { type: "local" }): void {
  if (backend.type === "local") {
    // Beside the project, not in cdktf.out (which synth rewrites).
    new LocalBackend(stack, { path: `../../../terraform.${env}.tfstate` });
    return;
  }
  new S3Backend(stack, {
    bucket: backend.bucket,
    key: backend.key ?? `oic-access/${env}/terraform.tfstate`,
    region: backend.region,
    endpoints: { s3: `https://${backend.namespace}.compat.objectstorage.${backend.region}.oraclecloud.com` },
    usePathStyle: true,
    skipRegionValidation: true,
    skipCredentialsValidation: true,
    skipRequestingAccountId: true,
    skipMetadataApiCheck: true,
    skipS3Checksum: true,
  });
}
