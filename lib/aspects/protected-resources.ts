import type { TerraformResource } from "cdktf";
import { PROTECTED_RESOURCES_RULE, PROTECTED_RESOURCE_TYPES, type Rule, type RuleFinding } from "../rules";
import { type Attributes, SafetyRule, preventsDestroy } from "./rule";

/** OIC-PROTECT (lib/rules/protected-resources.ts) on identity apps, grants, the vault and the key. */
export class ProtectedResourcesRule extends SafetyRule {
  readonly rule = PROTECTED_RESOURCES_RULE as Rule<never>;
  protected readonly resourceTypes = PROTECTED_RESOURCE_TYPES;

  protected findings(resource: TerraformResource, attributes: Attributes): RuleFinding[] {
    return PROTECTED_RESOURCES_RULE.check({ resourceType: resource.terraformResourceType, preventDestroy: preventsDestroy(attributes) });
  }
}
