import type { TerraformResource } from "cdktf";
import { type Attributes, SafetyRule, isReference } from "./rule";

/** OIC-HSM: a protected stack signs with an HSM-protected key (the private key never leaves the HSM). */
export class HsmKeyRule extends SafetyRule {
  readonly id = "OIC-HSM";
  protected readonly resourceTypes = ["oci_kms_key"];

  protected check(resource: TerraformResource, attributes: Attributes): void {
    const mode = attributes.protection_mode;
    // OCI's default protection mode is HSM.
    if (mode === undefined || isReference(mode) || mode === "HSM") return;
    this.error(resource, `the signing key of a protected stack must be HSM-protected, not ${JSON.stringify(mode)} (protectionMode: "HSM")`);
  }
}
