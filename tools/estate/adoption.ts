/** The result of `adopt`: config entries, import blocks, what the first plan will change, findings. */
import type { AuthCodeAppConfig, ClientCredentialsAppConfig } from "../../lib/config/environment";
import type { TfKind } from "./addresses";
import type { Finding } from "./findings";
import type { LiveApp, LiveCertificate, LiveGrant } from "./live";

/** One resource to import: our address, the provider's import id, and the live object behind it. */
export type AdoptedResource =
  | { readonly kind: "app"; readonly address: string; readonly importId: string; readonly domainUrl: string; readonly live: LiveApp }
  | { readonly kind: "grant"; readonly address: string; readonly importId: string; readonly domainUrl: string; readonly live: LiveGrant }
  | { readonly kind: "certificate"; readonly address: string; readonly importId: string; readonly domainUrl: string; readonly live: LiveCertificate };

export type AdoptedKind = TfKind;

/** Public certificate material adopt writes for the trusted app (`certs/<env>.pem` + sidecar layout). */
export interface AdoptedCertificate {
  /** "current" -> `<env>.pem`, "previous" -> `<env>.previous.pem`. */
  readonly slot: "current" | "previous";
  readonly alias: string;
  readonly pem: string;
  readonly notBefore?: string;
  readonly notAfter?: string;
}

/** What adopt proposes for `stacks/<env>.ts`. */
export interface AdoptedEntries {
  readonly oic?: { readonly appId: string; readonly audience: string };
  readonly clientCredentialsApps: ClientCredentialsAppConfig[];
  readonly authCodeApps: AuthCodeAppConfig[];
  readonly assertion?: { readonly trustedAppName: string; readonly certificatePath?: string; readonly certificateAlias?: string };
}

export interface Adoption {
  readonly env: string;
  readonly entries: AdoptedEntries;
  readonly resources: AdoptedResource[];
  /** Changes the first plan shows beside the imports, each with why. Never a replacement. */
  readonly planNotes: string[];
  readonly findings: Finding[];
  readonly certificates: AdoptedCertificate[];
}
