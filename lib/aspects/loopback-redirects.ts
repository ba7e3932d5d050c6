import type { TerraformResource } from "cdktf";
import { isLoopbackUrl } from "../../contract/loopback";
import { AuthCodeApp } from "../constructs/auth-code-app";
import { type Attributes, SafetyRule, isReference } from "./rule";

export interface LoopbackRedirectRuleProps {
  /** A protected stack refuses loopback redirect URIs even where an app allows them. @default false */
  readonly protected?: boolean;
}

/**
 * OIC-REDIRECT: redirect URIs are https; a loopback URI (the smoke test's
 * login) only on an app that asks for one (AuthCodeApp
 * `allowLoopbackRedirect`), and never in a protected stack.
 */
export class LoopbackRedirectRule extends SafetyRule {
  readonly id = "OIC-REDIRECT";
  protected readonly resourceTypes = ["oci_identity_domains_app"];

  constructor(private readonly props: LoopbackRedirectRuleProps = {}) {
    super();
  }

  protected check(resource: TerraformResource, attributes: Attributes): void {
    const uris = Array.isArray(attributes.redirect_uris) ? (attributes.redirect_uris as unknown[]) : [];
    const owner = resource.node.scope;
    const allowed = owner instanceof AuthCodeApp && owner.allowLoopbackRedirect;
    for (const uri of uris) {
      if (typeof uri !== "string" || isReference(uri)) continue;
      if (isLoopbackUrl(uri)) {
        if (this.props.protected) this.error(resource, `loopback redirect URI ${uri} in a protected stack: remove it`);
        else if (!allowed) this.error(resource, `loopback redirect URI ${uri} on an app that does not allow one (allowLoopbackRedirect)`);
      } else if (!uri.startsWith("https://")) {
        this.error(resource, `redirect URI ${uri} must use https`);
      }
    }
  }
}
