// Whom the Function asserts: allow-list, groups of Fusion's domain, explicit any-user;
// user names as the identity domain compares them, look-alikes refused.
import { decodeJwt } from "jose";
import { loadFunctionConfig } from "../../function/src/config";
import { cachedDirectory, scimGroupDirectory, type GroupDirectory, type ListUsersClient } from "../../function/src/group-directory";
import { createAssertionHandler, type FunctionResponse } from "../../function/src/handler";
import { checkUserName } from "../../contract/user-name";
import { freshSigner } from "../helpers/throwaway-signer";

const FUSION_DOMAIN = "https://idcs-fa1.identity.oraclecloud.com";
const SCOPE = "https://fa-xyz.fa.ocs.oraclecloud.com:443urn:opc:resource:consumer::all";
const signer = freshSigner("trusted-v1");
const enc = new TextEncoder();

function handlerWith(env: Record<string, string>, groups?: GroupDirectory) {
  const config = loadFunctionConfig(
    { TRUSTED_CLIENT_ID: "trusted", CERT_ALIAS: "trusted-v1", DEFAULT_SCOPE: SCOPE, FUSION_IDENTITY_DOMAIN_URL: FUSION_DOMAIN, ASSERTION_AUDIENCE: `${FUSION_DOMAIN}/`, ...env },
    { requireKms: false },
  );
  return createAssertionHandler({ config, signer, groups });
}

async function ask(h: ReturnType<typeof handlerWith>, user: string): Promise<FunctionResponse & { body: Record<string, unknown> }> {
  return (await h({ body: enc.encode(JSON.stringify({ user })), contentType: "application/json" })) as FunctionResponse & { body: Record<string, unknown> };
}

function subjectOf(r: { body: Record<string, unknown> }): unknown {
  return decodeJwt(new URLSearchParams(String(r.body.payload)).get("assertion")!).sub;
}

describe("user names", () => {
  it.each([
    ["Kelvin sign for K", "\u212Aate"],
    ["fullwidth letter", "\uFF4Bate"],
    ["long s", "\u017Fam"],
    ["ligature", "\uFB01le"],
    ["right-to-left override", "kate\u202Egpj.exe"],
    ["left-to-right isolate", "\u2066kate"],
    ["zero-width space", "ka\u200Bte"],
    ["line separator", "kate\u2028admin"],
    ["paragraph separator", "kate\u2029"],
    ["control character", "kate\u0007"],
    ["lone surrogate", "kate\uD800"],
  ])("refuses a name with a %s", (_what, name) => {
    expect(checkUserName(name).ok).toBe(false);
  });

  it("normalises to NFC and folds case as the domain does (userName caseExact: false)", () => {
    expect(checkUserName("Jane.Doe@Example.com")).toEqual({ ok: true, name: "Jane.Doe@Example.com", folded: "jane.doe@example.com" });
    expect(checkUserName("Jose\u0301")).toEqual({ ok: true, name: "Jos\u00e9", folded: "jos\u00e9" });
  });
});

describe("allow rule", () => {
  it("asserts nobody when nothing is allowed", async () => {
    const r = await ask(handlerWith({}), "kate");
    expect(r.status).toBe(403);
    expect(r.body.message).toMatch(/may assert nobody/);
  });

  it("matches the allow-list case-insensitively, and asserts the NFC name", async () => {
    const h = handlerWith({ ALLOWED_USERS: "kate,jos\u00e9" });
    const r = await ask(h, "KATE");
    expect(r.status).toBe(200);
    expect(subjectOf(r)).toBe("KATE");
    const decomposed = await ask(h, "Jose\u0301");
    expect(decomposed.status).toBe(200);
    expect(subjectOf(decomposed)).toBe("Jos\u00e9");
  });

  it("is not passed by the Kelvin sign (toLowerCase() maps it onto k)", async () => {
    expect("\u212Aate".toLowerCase()).toBe("kate"); // the trap
    const r = await ask(handlerWith({ ALLOWED_USERS: "kate" }), "\u212Aate");
    expect(r.status).toBe(400);
    expect(r.body.error).toBe("invalid_user");
    expect(r.body.message).toMatch(/U\+212A/);
  });

  it("is not passed by a bidi override", async () => {
    const r = await ask(handlerWith({ ALLOWED_USERS: "kate" }), "\u202Eetak");
    expect(r.status).toBe(400);
    expect(r.body.error).toBe("invalid_user");
  });

  it("asserts any federated user only when opted in", async () => {
    expect((await ask(handlerWith({ ALLOW_ANY_FEDERATED_USER: "true" }), "anyone@example.com")).status).toBe(200);
  });

  it("asserts members of an allowed group (names compared case-insensitively), refuses others and unknown users", async () => {
    const directory: GroupDirectory = {
      groupsOf: async (u) => (u === "ann" ? new Set(["OIC Fusion Propagation Users"]) : u === "ben" ? new Set(["Other"]) : null),
    };
    const h = handlerWith({ ALLOWED_GROUPS: "oic fusion propagation users" }, directory);
    expect((await ask(h, "ann")).status).toBe(200);
    const ben = await ask(h, "ben");
    expect([ben.status, ben.body.error]).toEqual([403, "user_not_allowed"]);
    const ghost = await ask(h, "ghost");
    expect([ghost.status, ghost.body.error]).toEqual([403, "user_unknown"]);
  });

  it("answers 502 when group membership cannot be read", async () => {
    const h = handlerWith({ ALLOWED_GROUPS: "HR" }, { groupsOf: async () => Promise.reject(new Error("boom")) });
    const r = await ask(h, "ann");
    expect([r.status, r.body.error]).toEqual([502, "group_lookup_failed"]);
  });
});

describe("allow rule: whole names only, compared as the domain compares them", () => {
  const h = handlerWith({ ALLOWED_USERS: "kate,Jane.Doe@Example.com" });

  it.each([
    ["a longer name starting with an allowed one (prefix)", "kate.x"],
    ["an allowed name plus a domain", "kate@example.com"],
    ["a longer name ending with an allowed one (suffix)", "xkate"],
    ["another name ending with an allowed one", "evil.jane.doe@example.com"],
    ["a shorter name an allowed one starts with", "kat"],
    ["an allowed name inside a longer one", "akatex"],
    ["a Cyrillic look-alike (U+0430 for a)", "k\u0430te"],
    ["a Greek look-alike (U+03BF for o)", "jane.d\u03bfe@example.com"],
  ])("refuses %s: %s", async (_what, user) => {
    const r = await ask(h, user);
    expect([r.status, r.body.error]).toEqual([403, "user_not_allowed"]);
  });

  it.each([
    ["the name as listed", "kate"],
    ["upper case", "KATE"],
    ["mixed case of a mixed-case entry", "jane.doe@EXAMPLE.com"],
    ["lower case of a mixed-case entry", "jane.doe@example.com"],
  ])("asserts %s: %s", async (_what, user) => {
    const r = await ask(h, user);
    expect(r.status).toBe(200);
    expect(subjectOf(r)).toBe(user);
  });

  it.each([
    ["fullwidth letters", "\uFF4Bate"],
    ["a Kelvin sign", "\u212Aate"],
    ["a trailing space", "kate "],
  ])("refuses as invalid a name with %s (it would fold onto an allowed one)", async (_what, user) => {
    const r = await ask(h, user);
    expect([r.status, r.body.error]).toEqual([400, "invalid_user"]);
  });

  it("matches group names whole and case-insensitively, never by prefix or suffix", async () => {
    const member: Record<string, string[]> = { ann: ["hr"], ben: ["HR Admins"], cid: ["Payroll HR"], dan: ["H"], eve: ["\u041dR"] };
    const directory: GroupDirectory = { groupsOf: async (u) => (u in member ? new Set(member[u]) : null) };
    const g = handlerWith({ ALLOWED_GROUPS: "HR" }, directory);
    const statuses = await Promise.all(["ann", "ben", "cid", "dan", "eve"].map(async (u) => `${u} ${(await ask(g, u)).status}`));
    expect(statuses).toEqual(["ann 200", "ben 403", "cid 403", "dan 403", "eve 403"]);
  });
});

describe("group directory", () => {
  it("reads the user's groups by SCIM filter, escaping the name, and caches the answer", async () => {
    const filters: string[] = [];
    const client: ListUsersClient = {
      listUsers: async (req) => {
        filters.push(req.filter!);
        return { users: { resources: [{ userName: "Ann", groups: [{ display: "HR", value: "g1" }] }] } };
      },
    };
    let t = 0;
    const dir = cachedDirectory(scimGroupDirectory(client), { now: () => t, ttlMs: 1000 });
    expect([...(await dir.groupsOf("ann"))!]).toEqual(["HR"]);
    await dir.groupsOf("ANN");
    expect(filters).toEqual(['userName eq "ann"']);
    t = 2000;
    await dir.groupsOf('a"nn');
    expect(filters[1]).toBe('userName eq "a\\"nn"');
  });

  it("treats a non-matching answer as an unknown user", async () => {
    const client: ListUsersClient = { listUsers: async () => ({ users: { resources: [{ userName: "other" }] } }) };
    expect(await scimGroupDirectory(client).groupsOf("ann")).toBeNull();
  });
});
