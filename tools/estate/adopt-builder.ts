/**
 * What adopt's steps share while they read one estate (its own file, so the
 * trusted-app step and the main adopt need not import each other).
 */
import type { EnvironmentConfig } from "../../lib/config/environment";
import type { ScopeContext } from "./adopt-classify";
import type { Adoption } from "./adoption";
import type { Estate } from "./estate";

export interface AdoptOptions {
  /** Alias in certs/<env>.json (written by npm run cert): a live certificate with it is the Vault key's. */
  readonly localCertificateAlias?: string;
}

export interface AdoptBuilder {
  readonly options: AdoptOptions;
  readonly config: EnvironmentConfig;
  readonly estate: Estate;
  readonly scopes: ScopeContext;
  readonly out: Adoption;
}
