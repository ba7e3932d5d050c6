import type { IConstruct } from "constructs";
import { ValidationError } from "../errors";
import { RULES } from "../rules";

/** Construct metadata type of an acknowledgement. */
export const ACKNOWLEDGEMENT_METADATA = "oic-access:acknowledgement";

export interface RuleAcknowledgement {
  /** The rule id, e.g. `OIC-ASSERT-ANY`. */
  readonly rule: string;
  /** Why the finding is accepted here: shown in the synth summary. */
  readonly reason: string;
}

/**
 * Acknowledges a safety rule for `scope` and every construct under it, in
 * the manner of cdk-nag's suppressions: the rule's findings there no longer
 * fail the synth (or warn), and the summary shows each one with `reason`.
 * The rule id must be one of RULES; the reason must say something.
 */
export function acknowledgeRule(scope: IConstruct, rule: string, reason: string): void {
  if (!RULES.some((r) => r.id === rule)) {
    throw new ValidationError("UNKNOWN_RULE", `cannot acknowledge "${rule}": no such safety rule (known: ${RULES.map((r) => r.id).join(", ")})`, scope.node.path);
  }
  if (reason.trim().length < 10) {
    throw new ValidationError("ACKNOWLEDGEMENT_REASON_REQUIRED", `acknowledging ${rule} needs a reason a reviewer can judge (at least 10 characters), got ${JSON.stringify(reason)}`, scope.node.path);
  }
  scope.node.addMetadata(ACKNOWLEDGEMENT_METADATA, { rule, reason: reason.trim() } satisfies RuleAcknowledgement);
}

/** The acknowledgement of `rule` on `node` or the nearest scope above it that has one. */
export function acknowledgementOf(node: IConstruct, rule: string): RuleAcknowledgement | undefined {
  for (const scope of [...node.node.scopes].reverse()) {
    const found = scope.node.metadata.find((m) => m.type === ACKNOWLEDGEMENT_METADATA && (m.data as RuleAcknowledgement).rule === rule);
    if (found) return found.data as RuleAcknowledgement;
  }
  return undefined;
}
