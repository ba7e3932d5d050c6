/**
 * Every stack shape our constructs emit, synthesized with the project's own
 * code: the three environments, dev with two identity domains (a non-Default
 * OIC domain, so the Function's dynamic group is a domain resource) and a
 * certificate on the trusted app, and dev with one more client app added
 * through the environment file (the legitimate change of the corpus).
 */
import { createLocalCertificate, LocalKeySigner } from "../../contract/local-signer";
import { lendRsaKey } from "../../sandbox/standins/key-pool";
import { ENVIRONMENTS } from "../../stacks";
import { envWith } from "../helpers/config";
import { synthEnv } from "../helpers/synth";

export const FUSION_DOMAIN = "https://idcs-fedcba9876543210fedcba9876543210.identity.oraclecloud.com";

export interface Variant {
  readonly name: string;
  /** Parsed cdk.tf.json. */
  readonly stack: Record<string, any>;
  /** The stack of the same environment on the base branch. */
  readonly base: Record<string, any>;
}

/** The environments themselves: each is its own base. */
export function environmentStacks(): Variant[] {
  return ENVIRONMENTS.map((e) => {
    const { parsed } = synthEnv(e);
    return { name: e.name, stack: parsed, base: parsed };
  });
}

/** dev with two identity domains, a non-Default OIC domain and a certificate on the trusted app (its own base). */
export async function twoDomainStack(): Promise<Variant> {
  const cert = await createLocalCertificate(new LocalKeySigner(lendRsaKey().privateKey, "dev-oic-fusion-assertion-v1"));
  const { parsed } = synthEnv(
    envWith((c) => {
      c.identityDomainName = "OIC-Domain";
      c.fusion = { ...c.fusion!, identityDomainUrl: FUSION_DOMAIN };
      c.assertion = { ...c.assertion!, certificatePem: cert.pem, certificatePath: undefined };
    }),
  );
  return { name: "dev-two-domains", stack: parsed, base: parsed };
}

/** dev with one more client-credentials app, checked against dev as the base branch synthesizes it. */
export function oneMoreAppStack(): Variant {
  const base = synthEnv(envWith()).parsed;
  const stack = synthEnv(envWith((c) => (c.clientCredentialsApps = [...(c.clientCredentialsApps ?? []), { name: "dev-oic-reporting", caller: "backend" }]))).parsed;
  return { name: "dev-one-more-app", stack, base };
}
