/**
 * The one error family of this project: every error it throws (the
 * infrastructure library, the tools, the stand-ins and the Function) carries
 * a stable `code`, so callers tell errors apart by class or code, never by
 * message text. The codes are listed here, once.
 */

/** Every code of the family (`error.code`), with what it means. */
export const ERROR_CODES = {
  /** The environment files have problems (lib/config). */
  config: "CONFIG",
  /** `OIC_ACCESS_ONLY` / `only` named an environment that does not exist. */
  unknownEnvironment: "UNKNOWN_ENVIRONMENT",
  /** Synthesis stopped: safety rules reported errors (lib/rules, lib/aspects). */
  safetyRule: "SAFETY_RULE",
  /** A command was called wrongly (arguments, options): exit status 2. */
  usage: "USAGE",
  /** The smoke's inputs (arguments, outputs file) are unusable. */
  smokeInput: "SMOKE_INPUT",
  /** The certificate command lacks the key or trusted app it needs. */
  certInput: "CERT_INPUT",
  /** The certificate command could not make or read a certificate. */
  certificate: "CERTIFICATE",
  /** The review's plan JSON cannot be read. */
  reviewInput: "REVIEW_INPUT",
  /** A pipeline phase failed. */
  pipeline: "PIPELINE",
  /** Another deploy holds the state lock. */
  lockHeld: "LOCK_HELD",
  /** The live identity domain(s) could not be read as expected (adopt, doctor). */
  estate: "ESTATE",
  /** A SCIM filter expression does not parse (stand-ins). */
  scimFilter: "SCIM_FILTER",
  /** A loopback stand-in refuses a request or its seed. */
  standin: "STANDIN",
  /** The offline OCI provider cannot serve (install, schema, values). */
  offlineProvider: "OFFLINE_PROVIDER",
  /** A synthesized stack cannot be read. */
  stackRead: "STACK_READ",
  /** The deployed outputs file cannot be read (contract/deployed-outputs.ts). */
  outputsFile: "OUTPUTS_FILE",
  /** The smoke could not get an assertion (local key or the Function). */
  assertionSource: "ASSERTION_SOURCE",
  /** The smoke's interactive login failed. */
  login: "LOGIN",
  /** The offline rehearsal (npm run sandbox) failed. */
  rehearsal: "REHEARSAL",
  /** Signing through the Vault (KMS) failed. */
  kmsSign: "KMS_SIGN",
  /** The assertion Function's configuration is unusable. */
  functionConfig: "FUNCTION_CONFIG",
  /** OIC signs the assertions itself (oic-native): a hand-over or certificate step failed. */
  oicNative: "OIC_NATIVE",
  /** The pipeline's configuration check refuses a stack (strict JSON, templates, the checked output). */
  configCheck: "CONFIG_CHECK",
  /** The assertion Function refuses a request (its wire code is `error.error`). */
  functionRequest: "FUNCTION_REQUEST",
  /** A pull request or a deploy lacks the approval its run needs (tools/pipeline/approval.ts). */
  approval: "APPROVAL",
  /** GitHub's REST API answered with an error or an unexpected shape (tools/pipeline/github-api.ts). */
  githubApi: "GITHUB_API",
  /** The rendered reviews could not be posted (tools/pipeline/post-review.ts). */
  postReview: "POST_REVIEW",
  /** The identity diagram has nothing to draw (lib/stack-model/topology.ts). */
  topology: "TOPOLOGY",
  /** Resource Manager refused or failed a stack or job operation (tools/pipeline/resource-manager/). */
  resourceManager: "RESOURCE_MANAGER",
  /** Resource Manager is running another job on the environment's stack (HTTP 409). */
  resourceManagerBusy: "RESOURCE_MANAGER_BUSY",
  /** Moving an environment's state to Resource Manager failed (tools/pipeline/resource-manager/migrate.ts). */
  migration: "MIGRATION",
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

// eslint-disable-next-line no-restricted-syntax -- the root of the family
export abstract class OicAccessError extends Error {
  /** Stable, upper-case identifier, e.g. `CONFIG`, `USAGE` (see ERROR_CODES). */
  abstract readonly code: string;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * A family member for failures that callers need to tell apart only by
 * `code` (no fields of their own): `new CodedError(ERROR_CODES.standin, "...")`.
 */
export class CodedError extends OicAccessError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
