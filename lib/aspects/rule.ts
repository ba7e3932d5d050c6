import { Annotations, DefaultTokenResolver, type IAspect, StringConcat, TerraformResource, TerraformStack, Tokenization } from "cdktf";
import type { IConstruct } from "constructs";
import type { RuleViolation } from "../errors";
import type { Rule, RuleFinding, RuleLevel } from "../rules";
import { acknowledgementOf } from "./acknowledge";

/** A synthesized attribute block (`resource.<type>.<name>`), tokens resolved to `${...}` text. */
export type Attributes = Readonly<Record<string, unknown>>;

/** Construct metadata type of a finding: read back as data, never parsed from a message. */
export const RULE_FINDING_METADATA = "oic-access:rule-finding";

/** What the Aspect recorded on a resource, per finding. */
export interface RecordedFinding extends RuleFinding {
  readonly rule: string;
  readonly level: RuleLevel;
  /** The reason of the acknowledgement that covers it, if one does. */
  readonly acknowledged?: string;
}

/**
 * One safety rule as an Aspect, in the manner of cdk-nag: it looks at every
 * Terraform resource of the stack (ours or not), turns its attributes into
 * the rule's subject and reports the rule's findings (lib/rules/: the text is
 * the rule's, written once). An error is a cdktf error annotation, which
 * fails `app.synth()`; a warning a warning annotation. A finding an
 * acknowledgement covers (acknowledgeRule) is not reported but recorded, with
 * its reason, in the resource's `//` metadata, which the synth summary shows.
 */
export abstract class SafetyRule implements IAspect {
  /** The rule this Aspect applies. */
  abstract readonly rule: Rule<never>;
  /** Resource types the rule looks at. */
  protected abstract readonly resourceTypes: readonly string[];

  /** e.g. `OIC-PROTECT`. */
  get id(): string {
    return this.rule.id;
  }

  visit(node: IConstruct): void {
    if (!(node instanceof TerraformResource) || !this.resourceTypes.includes(node.terraformResourceType)) return;
    for (const finding of this.findings(node, attributesOf(node))) this.report(node, finding);
  }

  /** The rule's findings for this resource (the subject read from its attributes). */
  protected abstract findings(resource: TerraformResource, attributes: Attributes): RuleFinding[];

  private report(resource: TerraformResource, finding: RuleFinding): void {
    const { id, level } = this.rule;
    const acknowledged = acknowledgementOf(resource, id);
    const recorded: RecordedFinding = { rule: id, level, ...finding, acknowledged: acknowledged?.reason };
    // A second synth of the same tree visits the resource again: report each finding once.
    const seen = resource.node.metadata.some((m) => m.type === RULE_FINDING_METADATA && JSON.stringify(m.data) === JSON.stringify(recorded));
    if (seen) return;
    resource.node.addMetadata(RULE_FINDING_METADATA, recorded);
    if (acknowledged) {
      resource.addOverride(`//.acknowledged.${id}`, acknowledged.reason);
      return;
    }
    const message = `${id}: ${finding.problem}`;
    if (level === "error") Annotations.of(resource).addError(message);
    else Annotations.of(resource).addWarning(message);
  }
}

/** The resource as it will be synthesized: attributes and overrides (`lifecycle`), references as `${...}`. */
export function attributesOf(resource: TerraformResource): Attributes {
  const json = Tokenization.resolve(resource.toTerraform(), {
    scope: TerraformStack.of(resource),
    preparing: false,
    resolver: new DefaultTokenResolver(new StringConcat()),
  }) as { resource?: Record<string, Record<string, Attributes>> };
  const byName = json.resource?.[resource.terraformResourceType] ?? {};
  return Object.values(byName)[0] ?? {};
}

export function isReference(value: unknown): boolean {
  return typeof value === "string" && value.includes("${");
}

export function preventsDestroy(attributes: Attributes): boolean {
  const lifecycle = attributes.lifecycle as { prevent_destroy?: unknown } | undefined;
  return lifecycle?.prevent_destroy === true;
}

/** Every finding the safety rules recorded under `scope`: errors, warnings, and acknowledged ones. */
export function collectRuleFindings(scope: IConstruct): (RecordedFinding & { constructPath: string })[] {
  return scope.node.findAll().flatMap((c) =>
    c.node.metadata.filter((m) => m.type === RULE_FINDING_METADATA).map((m) => ({ ...(m.data as RecordedFinding), constructPath: c.node.path })),
  );
}

/**
 * The findings under `scope` that stop synthesis: not acknowledged, at
 * `levels` (@default errors only).
 */
export function collectRuleViolations(scope: IConstruct, levels: readonly RuleLevel[] = ["error"]): RuleViolation[] {
  return collectRuleFindings(scope)
    .filter((f) => !f.acknowledged && levels.includes(f.level))
    .map((f) => ({ rule: f.rule, level: f.level, code: f.code, constructPath: f.constructPath, message: `${f.rule}: ${f.problem}`, fix: f.fix }));
}
