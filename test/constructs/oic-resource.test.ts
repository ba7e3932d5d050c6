import { DataOciIdentityDomainsAppRoles } from "../../.gen/providers/oci/data-oci-identity-domains-app-roles";
import { IdentityDomainsGrant } from "../../.gen/providers/oci/identity-domains-grant";
import { AppRoleGrant } from "../../lib/constructs/app-role-grant";
import { type IOicResource, OicResource } from "../../lib/constructs/oic-resource";
import { ValidationError } from "../../lib/errors";
import type { OicAppRole } from "../../contract/oic-roles";
import { all, only, resolved, synthScope } from "../helpers/synth";
import "../helpers/cdktf-matchers";

const DOMAIN = "https://idcs-0123456789abcdef0123456789abcdef.identity.oraclecloud.com";
const AUDIENCE = "https://myoic-xyz.integration.us-ashburn-1.ocp.oraclecloud.com:443";
const APP_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
const INSTANCE = "ocid1.integrationinstance.oc1.iad.amaaaaaaexample000000000000000000000";
const BASE = "https://myoic-xyz.integration.us-ashburn-1.ocp.oraclecloud.com";

describe("OicResource", () => {
  test("fromAppAttributes: audience, exact FQS; the base URL is given, never derived from the audience", () => {
    let oic!: IOicResource;
    synthScope((s) => {
      oic = OicResource.fromAppAttributes(s, "oic", { identityDomainUrl: DOMAIN, appId: APP_ID, audience: AUDIENCE, baseUrl: "https://oic-runtime.example.com" });
    });
    expect(oic.fullyQualifiedScope).toBe(`${AUDIENCE}urn:opc:resource:consumer::all`);
    expect(oic.baseUrl).toBe("https://oic-runtime.example.com");
    expect(oic.appId).toBe(APP_ID);
    expect(oic.integrationInstanceId).toBeUndefined();
  });

  test("fromAppAttributes with the instance OCID: the base URL is the instance's instance_url", () => {
    let oic!: IOicResource;
    synthScope((s) => {
      oic = OicResource.fromAppAttributes(s, "oic", { identityDomainUrl: DOMAIN, appId: APP_ID, audience: AUDIENCE, integrationInstanceId: INSTANCE });
    });
    expect(resolved(oic, oic.baseUrl)).toMatch(/oci_integration_integration_instance\.[^.]+\.instance_url\}$/);
    expect(oic.audience).toBe(AUDIENCE);
  });

  test("fromAppAttributes without base URL or instance is a ValidationError", () => {
    expect(() => synthScope((s) => OicResource.fromAppAttributes(s, "oic", { identityDomainUrl: DOMAIN, appId: APP_ID, audience: AUDIENCE }))).toThrow(ValidationError);
    expect(() => synthScope((s) => OicResource.fromAppAttributes(s, "oic", { identityDomainUrl: DOMAIN, appId: APP_ID, audience: "http://x.example.com:443", baseUrl: BASE }))).toThrow(/https/);
  });

  test("fromIntegrationInstance: idcs_info gives app id and audience, instance_url the base URL", () => {
    let oic!: IOicResource;
    const { parsed } = synthScope((s) => {
      oic = OicResource.fromIntegrationInstance(s, "oic", { identityDomainUrl: DOMAIN, integrationInstanceId: INSTANCE });
    });
    const instance = only(parsed, "oci_integration_integration_instance", "data");
    expect(instance.integration_instance_id).toBe(INSTANCE);
    const r = (v: string) => resolved(oic, v);
    expect(r(oic.audience)).toMatch(/idcs_info\[0\]\.instance_primary_audience_url/);
    expect(r(oic.appId)).toMatch(/idcs_info\[0\]\.idcs_app_id/);
    expect(r(oic.fullyQualifiedScope)).toMatch(/instance_primary_audience_url\}urn:opc:resource:consumer::all$/);
    expect(r(oic.baseUrl)).toMatch(/\.instance_url\}$/);
    expect(oic.integrationInstanceId).toBe(INSTANCE);
  });

  test("grantInvoke and grantRole return the grant they create (the same one when asked twice)", () => {
    const { json, parsed } = synthScope((s) => {
      const oic = OicResource.fromAppAttributes(s, "oic", { identityDomainUrl: DOMAIN, appId: APP_ID, audience: AUDIENCE, baseUrl: BASE });
      const user = oic.grantInvoke({ user: "jane@example.com" });
      expect(user).toBeInstanceOf(AppRoleGrant);
      expect(user.roleName).toBe("ServiceInvoker");
      expect(user.grantee.type).toBe("User");
      expect(oic.grantInvoke({ user: "jane@example.com" })).toBe(user);
      oic.grantInvoke({ group: "OIC Users" });
      const viewer = oic.grantRole({ group: "OIC Users" }, "ServiceViewer");
      expect(viewer.roleName).toBe("ServiceViewer");
    });
    expect(json).toHaveDataSourceWithProperties(DataOciIdentityDomainsAppRoles, {
      app_role_filter: `app.value eq "${APP_ID}" and displayName eq "ServiceInvoker"`,
    });
    const roles = all(parsed, "oci_identity_domains_app_roles", "data");
    expect(roles).toHaveLength(2); // one lookup per role, shared by grants
    expect(roles[0].lifecycle.postcondition[0].condition).toBe("${length(self.app_roles) == 1}");
    expect(only(parsed, "oci_identity_domains_users", "data").user_filter).toBe('userName eq "jane@example.com"');
    expect(only(parsed, "oci_identity_domains_groups", "data").group_filter).toBe('displayName eq "OIC Users"');
    const grants = all(parsed, "oci_identity_domains_grant");
    expect(grants.map((g) => g.grant_mechanism).sort()).toEqual(["ADMINISTRATOR_TO_GROUP", "ADMINISTRATOR_TO_GROUP", "ADMINISTRATOR_TO_USER"]);
    expect(json).toHaveResourceWithProperties(IdentityDomainsGrant, {
      grantee: { type: "User", value: expect.stringMatching(/oci_identity_domains_users\.user_jane_example_com\.users\[0\]\.id/) },
      app: { value: APP_ID },
      entitlement: { attribute_name: "appRoles", attribute_value: expect.stringMatching(/oic_role_ServiceInvoker\.app_roles\[0\]\.id/) },
      schemas: ["urn:ietf:params:scim:schemas:oracle:idcs:Grant"],
    });
  });

  test("SCIM filter values are escaped", () => {
    const { parsed } = synthScope((s) => {
      OicResource.fromAppAttributes(s, "oic", { identityDomainUrl: DOMAIN, appId: APP_ID, audience: AUDIENCE, baseUrl: BASE }).grantInvoke({ group: 'Ops "night" team' });
    });
    expect(only(parsed, "oci_identity_domains_groups", "data").group_filter).toBe('displayName eq "Ops \\"night\\" team"');
  });

  test("unknown role names are refused with a suggestion", () => {
    expect(() =>
      synthScope((s) => {
        OicResource.fromAppAttributes(s, "oic", { identityDomainUrl: DOMAIN, appId: APP_ID, audience: AUDIENCE, baseUrl: BASE }).grantRole({ user: "x" }, "ServiceInvokr" as OicAppRole);
      }),
    ).toThrow(/did you mean "ServiceInvoker"/);
  });

  test("protectGrants sets prevent_destroy on every grant", () => {
    const { parsed } = synthScope((s) => {
      OicResource.fromAppAttributes(s, "oic", { identityDomainUrl: DOMAIN, appId: APP_ID, audience: AUDIENCE, baseUrl: BASE, protectGrants: true }).grantInvoke({ user: "jane@example.com" });
    });
    expect(only(parsed, "oci_identity_domains_grant").lifecycle).toEqual({ prevent_destroy: true });
  });
});
