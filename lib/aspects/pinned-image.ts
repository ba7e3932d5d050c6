import type { TerraformResource } from "cdktf";
import { type Attributes, SafetyRule, isReference } from "./rule";

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/**
 * OIC-PINNED-IMAGE: a protected stack runs a Function image pinned by a real
 * digest, so a pushed tag cannot change what signs assertions. An all-zero
 * digest is a placeholder, not a pin.
 */
export class PinnedImageRule extends SafetyRule {
  readonly id = "OIC-PINNED-IMAGE";
  protected readonly resourceTypes = ["oci_functions_function"];

  protected check(resource: TerraformResource, attributes: Attributes): void {
    const digest = attributes.image_digest;
    if (isReference(digest)) return;
    if (typeof digest !== "string" || !DIGEST.test(digest)) {
      this.error(resource, `the Function image of a protected stack must be pinned by its sha256 digest (imageDigest), got ${JSON.stringify(digest ?? null)}`);
    } else if (/^sha256:0{64}$/.test(digest)) {
      this.error(resource, "the image digest is all zeros, a placeholder: set the digest of the pushed image");
    }
  }
}
