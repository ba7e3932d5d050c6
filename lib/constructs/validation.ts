import { Token } from "cdktf";
import type { IConstruct } from "constructs";
import { ValidationError } from "../errors";

/**
 * Construct-level checks: cheap, on the props alone, skipping values that are
 * Terraform references (unknown until apply). The environment config is
 * validated once, before construction (lib/config); these hold for
 * constructs used without it.
 */
export function isUnresolved(value: unknown): boolean {
  return Token.isUnresolved(value);
}

/** Throws a ValidationError naming the construct when `ok` is false. */
export function check(scope: IConstruct, ok: boolean, code: string, message: string): void {
  if (!ok) throw new ValidationError(code, message, scope.node.path);
}

/** The URL in `value`, or undefined when it is a Terraform reference; a ValidationError when it is not a URL. */
export function literalUrl(scope: IConstruct, value: string, code: string, what: string): URL | undefined {
  if (isUnresolved(value)) return undefined;
  try {
    return new URL(value);
  } catch {
    throw new ValidationError(code, `${what} "${value}" is not a URL`, scope.node.path);
  }
}
