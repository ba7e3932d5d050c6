import { IdentityDomainsApp } from "../../.gen/providers/oci/identity-domains-app";
import { AuthCodeApp } from "../../lib/constructs/auth-code-app";
import { ClientCredentialsApp } from "../../lib/constructs/client-credentials-app";
import { OicResource } from "../../lib/constructs/oic-resource";
import { ValidationError } from "../../lib/errors";
import type { Construct } from "constructs";
import { all, resolved, synthScope } from "../helpers/synth";
import "../helpers/cdktf-matchers";

const DOMAIN = "https://idcs-0123456789abcdef0123456789abcdef.identity.oraclecloud.com";
const AUDIENCE = "https://myoic-xyz.integration.us-ashburn-1.ocp.oraclecloud.com:443";
const FQS = `${AUDIENCE}urn:opc:resource:consumer::all`;
const oicIn = (s: Construct) =>
  OicResource.fromAppAttributes(s, "oic", { identityDomainUrl: DOMAIN, appId: "0a1b2c3d4e5f60718293a4b5c6d7e8f9", audience: AUDIENCE, baseUrl: "https://myoic-xyz.integration.ocp.oraclecloud.com" });

describe("ClientCredentialsApp", () => {
  test("client_credentials only, the exact OIC scope, no redirect URI, ServiceInvoker granted, in OIC's domain", () => {
    let app!: ClientCredentialsApp;
    const { json, parsed } = synthScope((s) => {
      app = new ClientCredentialsApp(s, "cc", { name: "dev-scheduler", oic: oicIn(s) });
    });
    expect(json).toHaveResourceWithProperties(IdentityDomainsApp, {
      name: "dev-scheduler",
      display_name: "dev-scheduler",
      client_type: "confidential",
      is_oauth_client: true,
      active: true,
      allowed_grants: ["client_credentials"],
      allowed_scopes: [{ fqs: FQS }],
      based_on_template: { value: "CustomWebAppTemplateId" },
      schemas: ["urn:ietf:params:scim:schemas:oracle:idcs:App"],
      idcs_endpoint: DOMAIN,
    });
    const [appBody] = all(parsed, "oci_identity_domains_app");
    expect(appBody.redirect_uris).toBeUndefined();
    expect(appBody.allow_offline).toBeUndefined();
    expect(Object.keys(parsed.resource.oci_identity_domains_app)).toEqual(["app_dev-scheduler"]);
    const grants = all(parsed, "oci_identity_domains_grant");
    expect(grants).toHaveLength(1);
    expect(grants[0].grantee).toEqual({ type: "App", value: "${oci_identity_domains_app.app_dev-scheduler.id}" });
    expect(app.grants.map((g) => g.roleName)).toEqual(["ServiceInvoker"]);
    expect(app.clientId).toBe("dev-scheduler");
    expect(app.scope).toBe(FQS);
    expect(app.tokenUrl).toBe(`${DOMAIN}/oauth2/v1/token`);
    expect(resolved(app, app.clientSecret)).toBe("${oci_identity_domains_app.app_dev-scheduler.client_secret}");
  });

  test("extra roles are granted beside ServiceInvoker; grantInvoke: false grants nothing", () => {
    const { parsed } = synthScope((s) => {
      const oic = oicIn(s);
      new ClientCredentialsApp(s, "a", { name: "a", oic, extraRoles: ["ServiceUser"] });
      new ClientCredentialsApp(s, "b", { name: "b", oic, grantInvoke: false });
    });
    const grants = Object.keys(parsed.resource.oci_identity_domains_grant);
    expect(grants.sort()).toEqual(["grant_ServiceInvoker_app_a", "grant_ServiceUser_app_a"]);
  });

  test("preventDestroy protects the app", () => {
    const { parsed } = synthScope((s) => new ClientCredentialsApp(s, "a", { name: "a", oic: oicIn(s), preventDestroy: true }));
    expect(all(parsed, "oci_identity_domains_app")[0].lifecycle).toEqual({ prevent_destroy: true });
  });
});

describe("AuthCodeApp", () => {
  test("authorization_code + refresh_token, redirect URIs, offline_access requested, user and group grants; no allow_offline", () => {
    let app!: AuthCodeApp;
    const { json, parsed } = synthScope((s) => {
      app = new AuthCodeApp(s, "ac", {
        name: "dev-vbcs",
        oic: oicIn(s),
        redirectUris: ["https://vbcs.example.com/callback"],
        users: ["jane@example.com"],
        groups: ["OIC Users"],
      });
    });
    expect(json).toHaveResourceWithProperties(IdentityDomainsApp, {
      allowed_grants: ["authorization_code", "refresh_token"],
      redirect_uris: ["https://vbcs.example.com/callback"],
      allowed_scopes: [{ fqs: FQS }],
      client_type: "confidential",
    });
    // allow_offline is the resource app's switch (OIC's IAM app); on a client it means nothing.
    expect(all(parsed, "oci_identity_domains_app")[0].allow_offline).toBeUndefined();
    expect(app.requestScope).toBe(`${FQS} offline_access`);
    expect(app.authorizeUrl).toBe(`${DOMAIN}/oauth2/v1/authorize`);
    const mechanisms = all(parsed, "oci_identity_domains_grant").map((g) => g.grant_mechanism).sort();
    expect(mechanisms).toEqual(["ADMINISTRATOR_TO_APP", "ADMINISTRATOR_TO_GROUP", "ADMINISTRATOR_TO_USER"]);
    expect(app.grants).toHaveLength(3);
  });

  test("refuses http, fragments and unrequested loopback redirect URIs with coded ValidationErrors", () => {
    const make = (uri: string, allowLoopbackRedirect = false) => () =>
      synthScope((s) => new AuthCodeApp(s, "ac", { name: "x", oic: oicIn(s), redirectUris: [uri], allowLoopbackRedirect }));
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return [(e as ValidationError).code, (e as ValidationError).constructPath];
      }
      return undefined;
    };
    expect(codeOf(make("http://vbcs.example.com/cb"))).toEqual(["REDIRECT_URI_NOT_HTTPS", "test/ac"]);
    expect(codeOf(make("https://vbcs.example.com/cb#x"))).toEqual(["REDIRECT_URI_INVALID", "test/ac"]);
    expect(codeOf(make("http://127.0.0.1:8765/callback"))).toEqual(["LOOPBACK_REDIRECT_NOT_ALLOWED", "test/ac"]);
    expect(make("http://127.0.0.1:8765/callback", true)).not.toThrow();
    expect(codeOf(() => synthScope((s) => new AuthCodeApp(s, "ac", { name: "x", oic: oicIn(s), redirectUris: [] })))).toEqual(["REDIRECT_URIS_REQUIRED", "test/ac"]);
  });
});
