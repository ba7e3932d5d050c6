/**
 * What the fake cloud is started from: one structure, built by either seed
 * builder (`seed-from-stack.ts`: a synthesized stack, no Terraform;
 * `seed-from-terraform.ts`: what Terraform applied and output) and read by
 * the one starter (`start-cloud.ts`). Plain data: building a seed starts
 * nothing and writes nothing.
 */
import type { DomainState } from "../standins/domain-state";
import type { IdentityDomainStandin } from "../standins/identity-domain";
import type { StandinIntegration } from "../standins/oic";

/** The identity-domain stand-ins once listening: what outputs of a synthesized stack are made from. */
export interface StartedDomains {
  readonly oic: IdentityDomainStandin;
  /** The same object as `oic` when one domain holds everything. */
  readonly fusion: IdentityDomainStandin;
}

export interface CloudSeed {
  readonly env: string;
  /** OIC's identity domain: the OIC resource app, OIC's client apps and grants. */
  readonly oic: DomainState;
  /** Fusion's identity domain: the trusted app and its certificates (the same object with one domain). */
  readonly fusion: DomainState;
  /**
   * The URLs the outputs name for the two domains, routed to the stand-ins
   * through `--connect-to`. Absent for a synthesized stack (nothing is
   * deployed): the stand-ins' own loopback URLs are the domains' URLs.
   */
  readonly domainUrls?: { readonly oic: string; readonly fusion: string };
  /** OIC's primary audience (`https://<host>:443`) and the base URL its REST API is called at. */
  readonly oicAudience: string;
  readonly oicBaseUrl: string;
  /** oic-native: the design-time API's URL when it differs from the base URL. */
  readonly oicApiUrl?: string;
  /** The integrations OIC's stand-in serves (the smoke's, and oic-native's propagating caller). */
  readonly integrations: readonly StandinIntegration[];
  /** Fusion's resource (absent: the stack has no identity propagation). */
  readonly fusionResource?: { readonly audience: string; readonly baseUrl: string; readonly smokePath: string };
  /** The assertion Functions: OCID -> `config`, and where they are invoked (absent: none deployed). */
  readonly functions?: { readonly configs: Readonly<Record<string, Readonly<Record<string, string>>>>; readonly invokeEndpoint: string; readonly cryptoEndpoint: string };
  /** Who the scripted login signs in as for flow B. */
  readonly loginUser: string;
  /**
   * The auth-code app the stand-in alone gives a loopback redirect URI for
   * the scripted login, on a free port the starter picks (the stack's own
   * redirect URIs stay as declared). A synthesized stack asks only when it
   * declares none; an applied one always, so that two rehearsals at once do
   * not both listen on the port a stack declares (dev's 8765).
   */
  readonly loopbackRedirectFor?: string;
  /** A trusted-app key made for the fake cloud (synthesized stacks: the real key is in the Vault). */
  readonly trustedKey?: { readonly alias: string; readonly privateKeyPem: string; /** Gives the key back to the stand-ins' pool (the cloud's close() calls it). */ readonly release?: () => void };
  /** The stack outputs (`{ <name>: value }`) the smoke reads, once the domains listen. */
  readonly outputs: (domains: StartedDomains) => Record<string, unknown>;
  readonly notes: readonly string[];
}
