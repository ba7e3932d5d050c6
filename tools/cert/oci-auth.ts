/**
 * OCI credentials for the certificate command, from the environment the
 * operator runs it in. Nothing is read from the project.
 */
import * as common from "oci-common";

export const OCI_AUTH_KINDS = ["config-file", "instance-principal", "resource-principal", "security-token"] as const;
export type OciAuthKind = (typeof OCI_AUTH_KINDS)[number];

export interface OciAuthOptions {
  kind: OciAuthKind;
  /** Profile in the OCI config file. @default "DEFAULT" (or OCI_CLI_PROFILE) */
  profile?: string;
  /** @default ~/.oci/config (or OCI_CLI_CONFIG_FILE) */
  configFile?: string;
}

export async function createOciAuth(o: OciAuthOptions): Promise<common.AuthenticationDetailsProvider> {
  const profile = o.profile ?? process.env.OCI_CLI_PROFILE;
  const configFile = o.configFile ?? process.env.OCI_CLI_CONFIG_FILE;
  switch (o.kind) {
    case "config-file":
      return new common.ConfigFileAuthenticationDetailsProvider(configFile, profile);
    case "security-token":
      return new common.SessionAuthDetailProvider(configFile, profile);
    case "instance-principal":
      return new common.InstancePrincipalsAuthenticationDetailsProviderBuilder().build();
    case "resource-principal":
      return common.ResourcePrincipalAuthenticationDetailsProvider.builder();
  }
}
