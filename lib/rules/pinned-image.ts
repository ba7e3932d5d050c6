import { type Rule, when } from "./rule";

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const ZERO_DIGEST = `sha256:${"0".repeat(64)}`;

export interface PinnedImageSubject {
  /** `image_digest` of the assertion Function, if any. */
  readonly imageDigest?: string;
}

/**
 * OIC-PINNED-IMAGE: a protected stack runs a Function image pinned by a real
 * digest, so a pushed tag cannot change what signs assertions. An all-zero
 * digest is a placeholder, not a pin.
 */
export const PINNED_IMAGE_RULE: Rule<PinnedImageSubject> = {
  id: "OIC-PINNED-IMAGE",
  level: "error",
  summary: "a protected stack pins the Function image by a real sha256 digest",
  protectedOnly: true,
  check({ imageDigest }) {
    if (imageDigest === ZERO_DIGEST) {
      return [{ code: "IMAGE_DIGEST_PLACEHOLDER", problem: "the image digest is all zeros: an all-zero digest is a placeholder, not the image", fix: "set the sha256 digest printed by docker push or shown in OCIR" }];
    }
    return when(imageDigest === undefined || !DIGEST.test(imageDigest), {
      code: "IMAGE_NOT_PINNED",
      problem: `a protected stack pins the Function image by digest (imageDigest), got ${JSON.stringify(imageDigest ?? null)}`,
      fix: "set imageDigest to the sha256 digest of the pushed image",
    });
  },
};
