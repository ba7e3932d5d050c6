import { Annotations, AnnotationMetadataEntryType, DefaultTokenResolver, type IAspect, StringConcat, TerraformResource, TerraformStack, Tokenization } from "cdktf";
import type { IConstruct } from "constructs";
import type { RuleViolation } from "../errors";

/** A synthesized attribute block (`resource.<type>.<name>`), tokens resolved to `${...}` text. */
export type Attributes = Readonly<Record<string, unknown>>;

/**
 * One safety rule, in the manner of cdk-nag: an Aspect that looks at every
 * Terraform resource of the stack (ours or not) and reports what it refuses
 * as an error annotation, which fails `app.synth()`. Messages start with the
 * rule id so a reader can look the rule up (lib/aspects/<rule>.ts).
 */
export abstract class SafetyRule implements IAspect {
  /** e.g. `OIC-PROTECT`. */
  abstract readonly id: string;
  /** Resource types the rule looks at. */
  protected abstract readonly resourceTypes: readonly string[];

  visit(node: IConstruct): void {
    if (!(node instanceof TerraformResource) || !this.resourceTypes.includes(node.terraformResourceType)) return;
    this.check(node, attributesOf(node));
  }

  protected abstract check(resource: TerraformResource, attributes: Attributes): void;

  protected error(resource: TerraformResource, message: string): void {
    Annotations.of(resource).addError(`${this.id}: ${message}`);
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

/** Every error annotation under `scope` (what the safety rules reported). */
export function collectRuleViolations(scope: IConstruct): RuleViolation[] {
  return scope.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === AnnotationMetadataEntryType.ERROR)
      .map((m) => {
        const message = String(m.data);
        return { rule: /^([A-Z][A-Z0-9-]+):/.exec(message)?.[1] ?? "", constructPath: c.node.path, message };
      }),
  );
}
