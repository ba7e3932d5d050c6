import { CodedError, ERROR_CODES, OicAccessError } from "../../contract/errors";
import { HttpError } from "../../function/src/http-error";
import { FunctionConfigError } from "../../function/src/config";
import { CertInputError } from "../../tools/cert/cert-inputs";
import { ConfigError } from "../../lib/config/config-error";
import { EstateError } from "../../tools/estate/estate";
import { SafetyRuleError, UnknownEnvironmentError, UsageError, ValidationError } from "../../lib/errors";
import { PipelineError } from "../../tools/pipeline/phases";
import { LockHeldError } from "../../tools/pipeline/state-lock";
import { ReviewInputError } from "../../tools/review/load-input";
import { parseSandboxArgs } from "../../sandbox/rehearsal/args";
import { InputError } from "../../tools/smoke/inputs";
import { ScimFilterError } from "../../offline-provider/scim-filter-parser";
import { nonEmpty } from "../helpers/non-empty";

describe("one error family", () => {
  test("the codes are unique, upper-case identifiers", () => {
    const codes = Object.values(ERROR_CODES);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of nonEmpty(codes, "codes")) expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  test("every error class of lib/, contract/ and function/ extends OicAccessError and has its listed code", () => {
    const errors: [OicAccessError, string][] = [
      [new ConfigError([]), ERROR_CODES.config],
      [new UnknownEnvironmentError(["x"], ["dev"]), ERROR_CODES.unknownEnvironment],
      [new SafetyRuleError([]), ERROR_CODES.safetyRule],
      [new UsageError("u"), ERROR_CODES.usage],
      [new InputError("i"), ERROR_CODES.smokeInput],
      [new CertInputError("c"), ERROR_CODES.certInput],
      [new ReviewInputError("r"), ERROR_CODES.reviewInput],
      [new PipelineError("p"), ERROR_CODES.pipeline],
      [new LockHeldError("lock", undefined), ERROR_CODES.lockHeld],
      [new EstateError("e"), ERROR_CODES.estate],
      [new ScimFilterError("s"), ERROR_CODES.scimFilter],
      [new FunctionConfigError(["x"]), ERROR_CODES.functionConfig],
      [new HttpError(400, "invalid_user", "m"), ERROR_CODES.functionRequest],
      [new CodedError(ERROR_CODES.standin, "m"), ERROR_CODES.standin],
    ];
    for (const [error, code] of errors) {
      expect(error).toBeInstanceOf(OicAccessError);
      expect(error.code).toBe(code);
      expect(error.name).toBe(error.constructor.name);
    }
    // A construct check's code names the check.
    expect(new ValidationError("REDIRECT_URI_NOT_HTTPS", "m", "dev/ac")).toBeInstanceOf(OicAccessError);
  });

  test("the commands share one UsageError: the sandbox's says why and carries its usage text", () => {
    let error: unknown;
    try {
      parseSandboxArgs(["--verbose"], ["dev"]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ code: "USAGE", reason: "unknown-option", exitCode: 2 });
    expect((error as UsageError).usage).toMatch(/^usage: npm run sandbox/);
  });

  test("the Function's HttpError keeps its wire code in the body", () => {
    expect(new HttpError(403, "user_not_allowed", "no").toBody()).toEqual({ error: "user_not_allowed", message: "no" });
  });
});
