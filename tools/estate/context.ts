/** What adopt and doctor share: the environment, OCI authentication, and readers for its domain(s). */
import type * as common from "oci-common";
import { createOciAuth, type OciAuthOptions } from "../cert/oci-auth";
import type { EnvironmentConfig } from "../../lib/config/environment";
import type { DomainReader } from "./live";
import { UsageError } from "../../lib/errors";
import type { EstateOptions } from "./options";
import { sdkDomainReader } from "./sdk-reader";

export interface EstateDeps {
  /** The environments of stacks/ (the CLI passes them; tests pass their own). */
  readonly environments: readonly EnvironmentConfig[];
  /** Where relative paths are resolved. @default process.cwd() */
  readonly cwd?: string;
  /** Result lines (stdout). */
  readonly out?: (line: string) => void;
  /** Progress lines (stderr), so that --json output stays clean. */
  readonly progress?: (line: string) => void;
  /** Replaces createOciAuth (tests). */
  readonly auth?: (o: OciAuthOptions) => Promise<common.AuthenticationDetailsProvider>;
  readonly clientConfiguration?: common.ClientConfiguration;
  readonly now?: () => Date;
  /** Environment variables (oic-native: the admin app's secret for OIC's REST API). @default process.env */
  readonly vars?: Readonly<Record<string, string | undefined>>;
  /** fetch for OIC's REST API (tests route it to the stand-in). @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

export function findEnvironment(environments: readonly EnvironmentConfig[], name: string): EnvironmentConfig {
  const config = environments.find((e) => e.name === name);
  if (!config) {
    throw new UsageError(`unknown environment "${name}" (known: ${environments.map((e) => e.name).join(", ") || "none"}); add stacks/${name}.ts with at least identityDomainUrl and oic, and list it in stacks/index.ts`);
  }
  return config;
}

export interface Readers {
  readonly oic: DomainReader;
  /** Fusion's domain reader; the same object when one domain serves both. */
  readonly fusion: DomainReader;
  close(): void;
}

/** Readers for OIC's domain and Fusion's (read-only SDK clients, one per domain). */
export async function openReaders(config: EnvironmentConfig, o: EstateOptions, deps: EstateDeps): Promise<Readers> {
  let auth: common.AuthenticationDetailsProvider;
  try {
    auth = await (deps.auth ?? createOciAuth)({ kind: o.auth, profile: o.profile, configFile: o.configFile });
  } catch (err) {
    // The provider's own credentials are what adopt/doctor use; say which were tried and how to pick others.
    throw new UsageError(`OCI credentials (--auth ${o.auth}${o.profile ? ` --profile ${o.profile}` : ""}): ${(err as Error).message.trim()}; fix: set up ~/.oci/config (or --config-file/--profile), or use --auth instance-principal / security-token as the provider's TF_VAR_oci_auth does`);
  }
  const open = (url: string) =>
    sdkDomainReader({ url, endpoint: o.connectTo[new URL(url).origin], auth, clientConfiguration: deps.clientConfiguration, progress: deps.progress });
  const oic = open(config.identityDomainUrl);
  const fusionUrl = config.fusion?.identityDomainUrl;
  const fusion = fusionUrl && fusionUrl !== config.identityDomainUrl ? open(fusionUrl) : oic;
  return {
    oic,
    fusion,
    close: () => {
      oic.close();
      if (fusion !== oic) fusion.close();
    },
  };
}

/** A sentence for the operator, no stack trace, for SDK and usage errors. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error && !(error as { statusCode?: number }).statusCode) return error.message;
  const e = error as { statusCode?: number; serviceCode?: string; message?: string };
  const hint =
    e.statusCode === 401
      ? "check the OCI credentials (--auth, --profile, --config-file)"
      : e.statusCode === 403
        ? "the user needs read access to the identity domain's applications (e.g. the Application Administrator role, or a policy allowing inspect/read on the domain)"
        : e.statusCode === 404
          ? "check identityDomainUrl in the environment"
          : "see the message";
  return `the identity domain answered ${e.statusCode} ${e.serviceCode ?? ""}: ${e.message ?? ""} (${hint})`;
}
