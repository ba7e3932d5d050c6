/**
 * The typed description of one environment (dev, test, prod ...). Files in
 * stacks/ export one of these each; validateEnvironment() checks it before
 * any construct is created, so a mistake reads as a sentence, not a trace.
 */
import type { AssertionAllowRule } from "../../contract/allow-rule";
import type { DeployEngineConfig } from "./engine";

/** Where an environment keeps its Terraform state. */
export type StateBackendConfig =
  | {
      /** Local file in the stack's directory. Fine for a laptop, never for a team. */
      readonly type: "local";
    }
  | {
      /**
       * OCI Object Storage through Terraform's S3-compatible backend.
       * Credentials come from the environment (AWS_ACCESS_KEY_ID /
       * AWS_SECRET_ACCESS_KEY holding an OCI "customer secret key"), never
       * from code.
       */
      readonly type: "oci-object-storage";
      /** Object Storage namespace of the tenancy. */
      readonly namespace: string;
      /** Bucket holding the state (versioning on, access restricted). */
      readonly bucket: string;
      /** Region of the bucket, e.g. `us-ashburn-1`. */
      readonly region: string;
      /** Object name. @default `oic-access/<env>/terraform.tfstate` */
      readonly key?: string;
    };

/** How the stack finds the OIC instance's IAM app (the OAuth resource). */
export type OicConfig =
  | {
      /** OCID of the `oci_integration_integration_instance`; audience and IAM app id are read from its `idcs_info`. */
      readonly integrationInstanceId: string;
    }
  | {
      /** IAM app id (the "Oracle Cloud Service" app of the instance), e.g. `a1b2...`. */
      readonly appId: string;
      /** Primary audience, instance URL with port: `https://<host>:443`. */
      readonly audience: string;
      /**
       * The scope a client should ask for, if you copied it from the console.
       * Checked against audience + `urn:opc:resource:consumer::all`; leave it
       * out to have it derived.
       */
      readonly fullyQualifiedScope?: string;
      /** OCID of the integration instance, to scope the "OIC may invoke the Function" policy to it. */
      readonly integrationInstanceId?: string;
    };

/** A machine caller of OIC: scheduler, OCI service, backend. */
export interface ClientCredentialsAppConfig {
  /** Client ID (the IAM app's `name`); unique in the domain. */
  readonly name: string;
  /** Shown in the console. @default the name */
  readonly displayName?: string;
  /** Extra OIC app roles beyond `ServiceInvoker`. @default none */
  readonly extraRoles?: readonly string[];
  /** Scopes the app asks for. @default the OIC FQS only. Mixing in a Fusion scope is an error. */
  readonly scopes?: readonly string[];
  /** Who calls with it: only machine callers may use client credentials. @default "backend" */
  readonly caller?: "backend" | "scheduler" | "oci-service";
}

/** A UI (VBCS, web app) that calls OIC in a logged-in user's session. */
export interface AuthCodeAppConfig {
  readonly name: string;
  readonly displayName?: string;
  /** https redirect URIs of the client application. */
  readonly redirectUris: readonly string[];
  /**
   * Allow `http://127.0.0.1:<port>/...` and `http://localhost...` redirect
   * URIs (for the smoke test's login or a developer's laptop).
   * @default false
   */
  readonly allowLoopbackRedirect?: boolean;
  /** Users (names in the identity domain) who log in and need `ServiceInvoker`. */
  readonly users?: readonly string[];
  /** Groups (display names) whose members log in and need `ServiceInvoker`. */
  readonly groups?: readonly string[];
  readonly extraRoles?: readonly string[];
  readonly scopes?: readonly string[];
  /** Who calls with it. A backend or scheduler must use client credentials instead. @default "ui" */
  readonly caller?: "ui" | "backend" | "scheduler";
}

/** Fusion Applications: the downstream system of identity propagation. */
export interface FusionConfig {
  /** Primary audience of the Fusion resource app, e.g. `https://fa-xyz.fa.ocs.oraclecloud.com:443`. */
  readonly audience: string;
  /** Scope part. @default `urn:opc:resource:consumer::all` */
  readonly scope?: string;
  /** REST base URL, e.g. `https://fa-xyz.fa.ocs.oraclecloud.com`. */
  readonly baseUrl: string;
  /** A GET endpoint the smoke test calls as the user. @default `/hcmRestApi/resources/11.13.18.05/userAccounts?limit=1` */
  readonly smokePath?: string;
  /**
   * Fusion's identity domain, e.g. `https://idcs-....identity.oraclecloud.com`.
   * It holds the trusted assertion app and its certificates, and it is the
   * domain whose token endpoint the assertions are exchanged at: Fusion
   * accepts only tokens its own domain issued. OIC's apps and grants stay in
   * OIC's domain (`identityDomainUrl`). The two domains must be federated.
   * @default the environment's `identityDomainUrl` (one domain for both: the special case)
   */
  readonly identityDomainUrl?: string;
}

/** Whom the assertion Function may mint a Fusion token for (the contract the Function reads). */
export type { AssertionAllowRule } from "../../contract/allow-rule";

/** What both modes of identity propagation share: the trusted app in Fusion's domain and its certificate. */
export interface AssertionCommonConfig {
  /** Client ID of the trusted app. */
  readonly trustedAppName: string;
  /**
   * The signing certificate: a PEM string, or a path (relative to the
   * project) to a PEM file written by `npm run cert -- <env>`. When the file
   * does not exist yet the trusted app is declared without a certificate and
   * the summary says so.
   */
  readonly certificatePem?: string;
  readonly certificatePath?: string;
  /**
   * Certificate alias on the trusted app (the JWT `kid`).
   * @default the alias in the certificate's sidecar (`certs/<env>.json`, written by
   * `npm run cert`), `<trustedAppName>-v1` otherwise
   */
  readonly certificateAlias?: string;
  /**
   * Put `https://identity.oraclecloud.com/` in the assertions' `aud` as older
   * IDCS tenancies expected, instead of the trusted app's domain URL that
   * Oracle's "Client/User JWT Assertion" page requires.
   * @default false
   */
  readonly legacyIdcsAudience?: boolean;
}

/** Identity propagation signed by the assertion Function with a Vault key (the default mode). */
export interface FunctionAssertionConfig extends AssertionCommonConfig {
  /**
   * Who signs the user assertions: the assertion Function with an HSM key in
   * OCI Vault. @default "function"
   */
  readonly mode?: "function";
  /**
   * Whom the Function may assert. Required in a protected environment; an
   * unprotected environment without it asserts nobody.
   */
  readonly allow?: AssertionAllowRule;
  readonly vault: {
    /** Reuse an existing vault (OCID); otherwise a DEFAULT (virtual private: no) vault is created. */
    readonly existingVaultId?: string;
    /** Management endpoint of the existing vault (needed with existingVaultId). */
    readonly managementEndpoint?: string;
    readonly cryptoEndpoint?: string;
    /** @default "HSM" */
    readonly protectionMode?: "HSM" | "SOFTWARE";
    /** RSA modulus length in bytes. @default 256 (RSA 2048) */
    readonly keyLengthBytes?: 256 | 384 | 512;
  };
  readonly function: {
    /** OCIR image, e.g. `iad.ocir.io/<ns>/oic-access/assertion:1.0.0`. Required. */
    readonly image: string;
    /** `sha256:...` digest of the image, pinning what runs. */
    readonly imageDigest?: string;
    /** Subnets of the Functions application. */
    readonly subnetIds: readonly string[];
    /** @default 256 */
    readonly memoryMb?: number;
    /** @default 30 */
    readonly timeoutSeconds?: number;
    /** "payload" returns the token request body; "token" exchanges it too. @default "payload" */
    readonly mode?: "payload" | "token";
  };
}

/** The propagation connection in OIC and how its callers reach the integrations that use it. */
export interface OicNativeConfig {
  /** Identifier of the invoke connection to Fusion in OIC (upper case, e.g. `FUSION_AS_CALLER`). */
  readonly connectionId: string;
  /**
   * The adapter of that connection: "rest", "erp", "hcm" or "cx-sales", the adapters
   * whose guides document the "OAuth using JWT User Assertion" policy (lib/config/oic-native.ts).
   */
  readonly adapter: string;
  /**
   * Security policy of the trigger of the integrations that call Fusion
   * through this connection: "oauth2" (OAuth 2.0) or "oauth2-or-basic".
   * OIC asserts the user who invoked the integration, so a trigger without
   * a caller identity (scheduled, anonymous) cannot propagate.
   */
  readonly triggerSecurity: string;
  /**
   * OIC's service instance name (the `integrationInstance` query parameter of
   * OIC 3's REST API; the "Service instance" field of the About page).
   */
  readonly serviceInstanceName: string;
  /**
   * Base URL of OIC's REST API for certificates and connections.
   * @default the environment's OIC base URL
   */
  readonly apiBaseUrl?: string;
  /**
   * Client ID of one of this environment's client-credentials apps holding
   * `ServiceAdministrator` (in `extraRoles`): the cert phase uploads the
   * signing key and the smoke tests the connection with its token.
   */
  readonly adminApp: string;
  /**
   * An integration that calls Fusion through the connection as its caller:
   * the smoke triggers it with flow B's user token and expects this status.
   * @default none: the smoke only tests the connection
   */
  readonly callerIntegration?: SmokeIntegrationConfig;
}

/**
 * Identity propagation signed by OIC itself ("OAuth using JWT User
 * Assertion" on the connection): the private key lives in OIC's certificate
 * store, not in a Vault; no Function, dynamic group or invoke policy.
 */
export interface OicNativeAssertionConfig extends AssertionCommonConfig {
  readonly mode: "oic-native";
  readonly oicNative: OicNativeConfig;
}

/** Identity propagation: the trusted app in Fusion's domain and who signs for it. */
export type AssertionConfig = FunctionAssertionConfig | OicNativeAssertionConfig;

/** The integration the smoke test triggers. */
export interface SmokeIntegrationConfig {
  /** @default "GET" */
  readonly method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path under `/ic/api/integration/v1/flows/rest/`, e.g. `HELLO_WORLD/1.0/hello`. */
  readonly path: string;
  /** JSON body for POST/PUT/PATCH. */
  readonly body?: unknown;
  /** @default 200 */
  readonly expectedStatus?: number;
}

export interface EnvironmentConfig {
  /** Stack name and prefix of every resource name: lower case, digits, dashes. */
  readonly name: string;
  /** OCI region, e.g. `us-ashburn-1`. */
  readonly region: string;
  /** Compartment OCID for Vault, Functions, policies. */
  readonly compartmentId: string;
  /** Tenancy OCID (dynamic groups and policies live there). */
  readonly tenancyId: string;
  /** Identity domain URL, e.g. `https://idcs-0123abcd.identity.oraclecloud.com`. */
  readonly identityDomainUrl: string;
  /**
   * Name of the identity domain at `identityDomainUrl` (OIC's). The
   * Function's dynamic group is created there: in the Default domain as
   * `oci_identity_dynamic_group`, in any other as
   * `oci_identity_domains_dynamic_resource_group`, named `'<domain>'/'<group>'`
   * in policies. @default "Default"
   */
  readonly identityDomainName?: string;
  readonly oic: OicConfig;
  /**
   * OIC's runtime base URL (where integrations are called). Oracle documents
   * audiences whose host is not the instance URL, so it is never derived
   * from the audience. @default the instance's `instance_url` when `oic.integrationInstanceId` is given; required otherwise
   */
  readonly oicBaseUrl?: string;
  readonly clientCredentialsApps?: readonly ClientCredentialsAppConfig[];
  readonly authCodeApps?: readonly AuthCodeAppConfig[];
  readonly fusion?: FusionConfig;
  readonly assertion?: AssertionConfig;
  readonly smoke: {
    readonly integration: SmokeIntegrationConfig;
    /**
     * User the post-deploy smoke asserts for flow C (must be allowed by
     * `assertion.allow` and exist in both domains). @default flow C is reported "not configured"
     */
    readonly assertionUser?: string;
  };
  /** @default { type: "local" } */
  readonly backend?: StateBackendConfig;
  /**
   * Who runs Terraform: `"terraform-cli"` (the runner, state in `backend`) or
   * `{ type: "resource-manager", compartmentId }` (OCI Resource Manager holds
   * the state and applies the reviewed plan job; lib/config/engine.ts,
   * docs/pipeline.md "Resource Manager engine"). With Resource Manager,
   * `backend` is only where `migrate-to-resource-manager` reads the old state.
   * @default "terraform-cli"
   */
  readonly engine?: DeployEngineConfig;
  /**
   * Production safety, said explicitly (never inferred from the name):
   * identity apps, grants and the Vault key get `prevent_destroy`, key
   * deletion uses the longest pending window, the key is HSM-protected, the
   * Function image is pinned by a real digest, loopback redirect URIs are
   * refused, and the assertion allow rule is required.
   * @default false
   */
  readonly protect?: boolean;
  /** Added as freeform tags where the resource takes them. */
  readonly tags?: Readonly<Record<string, string>>;
}
