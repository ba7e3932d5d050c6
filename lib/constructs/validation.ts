import { Token } from "cdktf";
import type { IConstruct } from "constructs";
import { ValidationError } from "../errors";
import type { Rule } from "../rules";

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

/**
 * Applies a safety rule (lib/rules/) to a construct's props: its first error
 * finding is a ValidationError with the finding's code, the rule's problem
 * and fix. Warnings are left to the Aspect, which reports them.
 */
export function enforceRule<S>(scope: IConstruct, rule: Rule<S>, subject: S): void {
  if (rule.level !== "error") return;
  const [finding] = rule.check(subject);
  if (finding) throw new ValidationError(finding.code, `${rule.id}: ${finding.problem}; fix: ${finding.fix}`, scope.node.path);
}
