import { type Rule, when } from "./rule";

export interface HsmKeySubject {
  /** `protection_mode` of the signing key; undefined is OCI's default, HSM. */
  readonly protectionMode?: string;
}

/** OIC-HSM: a protected stack signs with an HSM-protected key (the private key never leaves the HSM). */
export const HSM_KEY_RULE: Rule<HsmKeySubject> = {
  id: "OIC-HSM",
  level: "error",
  summary: "a protected stack signs assertions with an HSM-protected key",
  protectedOnly: true,
  check({ protectionMode }) {
    return when(protectionMode !== undefined && protectionMode !== "HSM", {
      code: "KEY_NOT_HSM",
      problem: `a protected stack signs with an HSM key, not ${JSON.stringify(protectionMode)}: the private key must never leave the HSM`,
      fix: 'use protectionMode "HSM" (the default)',
    });
  },
};
