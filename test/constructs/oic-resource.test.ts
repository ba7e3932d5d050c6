
import { DataOciIdentityDomainsAppRoles } from "../../.gen/providers/oci/data-oci-identity-domains-app-roles";
import { IdentityDomainsGrant } from "../../.gen/providers/oci/identity-domains-grant";
import { OicResource } from "../../lib/constructs/oic-resource";
import type { OicAppRole } from "../../lib/config/oic-roles";
import { all, only, resolved, synthScope } from "../helpers/synth";

const DOMAIN = "https://idcs-0123456789abcdef0123456789abcdef.identity.oraclecloud.com";
const AUDIENCE = "https://myoic-xyz.integration.us-ashburn-1.ocp.oraclecloud.com:443";

describe("OicResource", () => {
  test("explicit values: audience, exact FQS and derived base URL", () => {
    let oic!: OicResource;
    synthScope((s) => {
      oic = new OicResource(s, "oic", { identityDomainUrl: DOMAIN, appId: "0a1b2c3d4e5f60718293a4b5c6d7e8f9", audience: AUDIENCE });
    });
    expect(oic.fullyQualifiedScope).toBe(`${AUDIENCE}urn:opc:resource:consumer::all`);
    expect(oic.baseUrl).toBe("https://myoic-xyz.integration.us-ashburn-1.ocp.oraclecloud.com");
    expect(oic.appId).toBe("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
  });

  test("from the integration instance: idcs_info gives app id and audience", () => {
    let oic!: OicResource;
    const { parsed } = synthScope((s) => {
      oic = new OicResource(s, "oic", { identityDomainUrl: DOMAIN, integrationInstanceId: "ocid1.integrationinstance.oc1.iad.amaaaaaaexample000000000000000000000" });
    });
    const instance = only(parsed, "oci_integration_integration_instance", "data");
    expect(instance.integration_instance_id).toMatch(/^ocid1\.integrationinstance\./);
    const r = (v: string) => resolved(oic, v);
    expect(r(oic.audience)).toMatch(/idcs_info\[0\]\.instance_primary_audience_url/);
    expect(r(oic.appId)).toMatch(/idcs_info\[0\]\.idcs_app_id/);
    expect(r(oic.fullyQualifiedScope)).toMatch(/instance_primary_audience_url\}urn:opc:resource:consumer::all$/);
    expect(r(oic.baseUrl)).toMatch(/\.instance_url\}$/);
  });

  test("needs either the instance or explicit values", () => {
    expect(() => synthScope((s) => new OicResource(s, "oic", { identityDomainUrl: DOMAIN }))).toThrow(/integrationInstanceId, or appId and audience/);
  });

  test("grantInvoke to a user and a group looks them up and grants ServiceInvoker", () => {
    const { json, parsed } = synthScope((s) => {
      const oic = new OicResource(s, "oic", { identityDomainUrl: DOMAIN, appId: "0a1b2c3d4e5f60718293a4b5c6d7e8f9", audience: AUDIENCE });
      oic.grantInvoke({ user: "jane@example.com" });
      oic.grantInvoke({ group: "OIC Users" }, ["ServiceViewer"]);
    });
    expect(json).toHaveDataSourceWithProperties(DataOciIdentityDomainsAppRoles, {
      app_role_filter: 'app.value eq "0a1b2c3d4e5f60718293a4b5c6d7e8f9" and displayName eq "ServiceInvoker"',
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
      app: { value: "0a1b2c3d4e5f60718293a4b5c6d7e8f9" },
      entitlement: { attribute_name: "appRoles", attribute_value: expect.stringMatching(/oic_role_ServiceInvoker\.app_roles\[0\]\.id/) },
      schemas: ["urn:ietf:params:scim:schemas:oracle:idcs:Grant"],
    });
  });

  test("SCIM filter values are escaped", () => {
    const { parsed } = synthScope((s) => {
      const oic = new OicResource(s, "oic", { identityDomainUrl: DOMAIN, appId: "0a1b2c3d4e5f60718293a4b5c6d7e8f9", audience: AUDIENCE });
      oic.grantInvoke({ group: 'Ops "night" team' });
    });
    expect(only(parsed, "oci_identity_domains_groups", "data").group_filter).toBe('displayName eq "Ops \\"night\\" team"');
  });

  test("unknown role names are refused with a suggestion", () => {
    expect(() =>
      synthScope((s) => {
        const oic = new OicResource(s, "oic", { identityDomainUrl: DOMAIN, appId: "0a1b2c3d4e5f60718293a4b5c6d7e8f9", audience: AUDIENCE });
        oic.roleId("ServiceInvokr" as OicAppRole);
      }),
    ).toThrow(/did you mean "ServiceInvoker"/);
  });

  test("protectGrants sets prevent_destroy on every grant", () => {
    const { parsed } = synthScope((s) => {
      const oic = new OicResource(s, "oic", { identityDomainUrl: DOMAIN, appId: "0a1b2c3d4e5f60718293a4b5c6d7e8f9", audience: AUDIENCE, protectGrants: true });
      oic.grantInvoke({ user: "jane@example.com" });
    });
    expect(only(parsed, "oci_identity_domains_grant").lifecycle).toEqual({ prevent_destroy: true });
  });
});
