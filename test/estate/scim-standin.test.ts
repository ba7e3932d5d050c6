import { jest } from "@jest/globals";
import { parseScimFilter, ScimFilterError } from "../../sandbox/standins/scim-admin/filter";
import { ScimDirectory } from "../../sandbox/standins/scim-admin/directory";
import { startScimAdmin } from "../../sandbox/standins/scim-admin/handler";
import { sdkDomainReader } from "../../tools/estate/sdk-reader";
import { throwawayOciAuth } from "../cert/oci-test-auth";
import { OIC_AUDIENCE, OIC_FQS } from "./helpers";

describe("SCIM filters", () => {
  const app = { name: "dev-oic-vbcs", active: true, allowedScopes: [{ fqs: OIC_FQS }, { fqs: "offline" }], app: { value: "abc" } };

  it.each([
    ['name eq "dev-oic-vbcs"', true],
    ['name eq "DEV-OIC-VBCS"', false],
    ['name sw "DEV-"', true],
    ['name co "vbcs"', true],
    ['name ew "vbcs"', true],
    ["active eq true", true],
    ["active eq false", false],
    ['allowedScopes.fqs co "integration"', true],
    ['app.value eq "abc" and name sw "dev"', true],
    ['app.value eq "x" or name sw "dev"', true],
    ['app.value eq "x" or (name sw "prod" and active eq true)', false],
    ['not (name sw "prod")', true],
    ["description pr", false],
    ['name ne "other"', true],
  ])("%s -> %s", (filter, expected) => {
    expect(parseScimFilter(filter)(app)).toBe(expected);
  });

  it("names a malformed filter", () => {
    expect(() => parseScimFilter('name eq "unterminated')).toThrow(ScimFilterError);
    expect(() => parseScimFilter("name like x")).toThrow(/unknown operator "like"/);
    expect(() => parseScimFilter('(name eq "a"')).toThrow(/expected "\)"/);
  });
});

describe("SCIM admin stand-in through the OCI SDK", () => {
  it("pages with startIndex/count until totalResults, with a progress line per page", async () => {
    const dir = new ScimDirectory();
    dir.addOicApp(OIC_AUDIENCE);
    for (let i = 0; i < 7; i += 1) dir.addClientApp({ name: `app-${i}`, allowedGrants: ["client_credentials"], scopes: [OIC_FQS] });
    const pages: string[] = [];
    const server = await startScimAdmin(dir, { onRequest: (r) => pages.push(`${r.type}:${r.query.get("startIndex")}:${r.query.get("count")}`) });
    const progress: string[] = [];
    const reader = sdkDomainReader({ url: "https://idcs-x.identity.oraclecloud.com", endpoint: server.url, auth: throwawayOciAuth(), pageSize: 3, progress: (l) => progress.push(l) });
    try {
      const apps = await reader.apps('isOAuthClient eq true and name sw "app-"');
      expect(apps.map((a) => a.name).sort()).toEqual(["app-0", "app-1", "app-2", "app-3", "app-4", "app-5", "app-6"]);
      expect(pages).toEqual(["Apps:1:3", "Apps:4:3", "Apps:7:3"]);
      expect(progress).toEqual(["  reading apps: 3 of 7", "  reading apps: 6 of 7"]);
      expect(JSON.stringify(apps)).not.toMatch(/clientSecret/);
      const roles = await reader.appRoles('displayName eq "ServiceInvoker"');
      expect(roles).toHaveLength(1);
    } finally {
      reader.close();
      await server.close();
    }
  });

  it("answers a bad filter with a SCIM 400 the SDK surfaces, and refuses unsigned requests", async () => {
    const server = await startScimAdmin(new ScimDirectory());
    const reader = sdkDomainReader({ url: "https://idcs-x.identity.oraclecloud.com", endpoint: server.url, auth: throwawayOciAuth() });
    // The SDK logs a non-retryable error before throwing it; the test only wants the error.
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      await expect(reader.apps("name like 1")).rejects.toMatchObject({ statusCode: 400 });
      const res = await fetch(`${server.url}/admin/v1/Apps`);
      expect(res.status).toBe(401);
      const list = await fetch(`${server.url}/admin/v1/Apps?count=1`, { headers: { authorization: "Bearer x" } });
      expect(await list.json()).toMatchObject({ schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], totalResults: 0, Resources: [], startIndex: 1, itemsPerPage: 0 });
    } finally {
      warn.mockRestore();
      reader.close();
      await server.close();
    }
  });
});
