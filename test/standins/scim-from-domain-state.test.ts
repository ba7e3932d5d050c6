/**
 * The identity-domain stand-in answers the SCIM query the assertion Function
 * makes for ALLOWED_GROUPS (Users by userName, with their groups), from its
 * DomainState, as it is at the time of the request.
 */
import { DomainState } from "../../sandbox/standins/domain-state";
import { startIdentityDomain, type IdentityDomainStandin } from "../../sandbox/standins/identity-domain";

let domain: IdentityDomainStandin;
const state = new DomainState();

beforeAll(async () => {
  state.users.add("kate@example.com").add("bob@example.com");
  state.groups.set("Propagation Users", new Set(["kate@example.com"]));
  domain = await startIdentityDomain(state);
});
afterAll(() => domain.close());

async function groupsOf(userName: string, auth = 'Signature keyId="ST$token",signature="x"'): Promise<{ status: number; body: Record<string, any> }> {
  const q = new URLSearchParams({ filter: `userName eq ${JSON.stringify(userName)}`, attributes: "userName,groups", count: "2" });
  const res = await fetch(`${domain.url}/admin/v1/Users?${q}`, { headers: auth ? { authorization: auth } : {} });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

test("a user's groups, in the ListResponse shape the OCI SDK reads", async () => {
  const kate = await groupsOf("kate@example.com");
  expect(kate.status).toBe(200);
  expect(kate.body.totalResults).toBe(1);
  expect(kate.body.Resources[0].userName).toBe("kate@example.com");
  expect(kate.body.Resources[0].groups.map((g: { display: string }) => g.display)).toEqual(["Propagation Users"]);
  expect((await groupsOf("bob@example.com")).body.Resources[0].groups).toEqual([]);
  expect((await groupsOf("nobody@example.com")).body.totalResults).toBe(0);
});

test("follows the state, and refuses an unsigned request", async () => {
  state.groups.get("Propagation Users")!.delete("kate@example.com");
  expect((await groupsOf("kate@example.com")).body.Resources[0].groups).toEqual([]);
  expect((await groupsOf("kate@example.com", "")).status).toBe(401);
});

test("the OAuth endpoints still answer beside it", async () => {
  const res = await fetch(domain.jwksUrl);
  expect(res.status).toBe(200);
});
