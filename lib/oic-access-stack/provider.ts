import { type TerraformStack, TerraformVariable } from "cdktf";
import { OciProvider } from "../../.gen/providers/oci/provider";

/** The provider version whose schema generated .gen/ (see provider/ and cdktf.json). */
export const OCI_PROVIDER_VERSION = "7.27.0";

/**
 * The OCI provider, with credentials that never live in code: it reads the
 * OCI config file profile, or instance principal / security token, chosen
 * by variables (TF_VAR_oci_auth, TF_VAR_oci_config_file_profile).
 */
export function configureOciProvider(stack: TerraformStack, region: string, o: { resourceManager?: boolean } = {}): OciProvider {
  if (o.resourceManager) {
    // Resource Manager runs the job with the permissions of the principal that created it: the provider
    // needs only the region (Oracle's Resource Manager sample stacks declare no auth). `required_version`
    // states what the configuration relies on: postconditions (1.2), within the stack's 1.5.x.
    const provider = new OciProvider(stack, "oci", { region });
    stack.addOverride("terraform.required_providers.oci.version", OCI_PROVIDER_VERSION);
    stack.addOverride("terraform.required_version", ">= 1.5.0");
    // cdktf adds a local backend when a stack names none; Resource Manager keeps the state, so none at all.
    stack.addOverride("terraform.backend", undefined);
    return provider;
  }
  const auth = new TerraformVariable(stack, "oci_auth", {
    type: "string",
    default: "ApiKey",
    description: "OCI provider auth: ApiKey, InstancePrincipal, SecurityToken or ResourcePrincipal (TF_VAR_oci_auth)",
  });
  const profile = new TerraformVariable(stack, "oci_config_file_profile", {
    type: "string",
    default: "DEFAULT",
    description: "Profile of ~/.oci/config for ApiKey and SecurityToken auth (TF_VAR_oci_config_file_profile)",
  });
  const provider = new OciProvider(stack, "oci", { region, auth: auth.stringValue, configFileProfile: profile.stringValue });
  // The bindings were generated from this provider version's schema.
  stack.addOverride("terraform.required_providers.oci.version", OCI_PROVIDER_VERSION);
  return provider;
}
