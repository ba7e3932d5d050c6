import type { TerraformResource } from "cdktf";
import { AuthCodeApp } from "../constructs/auth-code-app";
import { REDIRECT_RULE, type Rule, type RuleFinding } from "../rules";
import { type Attributes, SafetyRule, isReference } from "./rule";

export interface LoopbackRedirectRuleProps {
  /** A protected stack refuses loopback redirect URIs even where an app allows them. @default false */
  readonly protected?: boolean;
}

/** OIC-REDIRECT (lib/rules/redirect.ts) on `oci_identity_domains_app`. */
export class LoopbackRedirectRule extends SafetyRule {
  readonly rule = REDIRECT_RULE as Rule<never>;
  protected readonly resourceTypes = ["oci_identity_domains_app"];

  constructor(private readonly props: LoopbackRedirectRuleProps = {}) {
    super();
  }

  protected findings(resource: TerraformResource, attributes: Attributes): RuleFinding[] {
    const uris = Array.isArray(attributes.redirect_uris) ? (attributes.redirect_uris as unknown[]) : [];
    const owner = resource.node.scope;
    const allowLoopback = owner instanceof AuthCodeApp && owner.allowLoopbackRedirect;
    return uris
      .filter((uri): uri is string => typeof uri === "string" && !isReference(uri))
      .flatMap((uri) => REDIRECT_RULE.check({ uri, allowLoopback, protected: this.props.protected === true }));
  }
}
