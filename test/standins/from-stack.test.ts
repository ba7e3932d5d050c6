// The sandbox configures the stand-ins from what the stack declares.
import { describe, expect, it } from "@jest/globals";
import { domainStateFromStack, pickLoginUser, stackAudiences } from "../../sandbox/cloud/seed-from-stack";
import { sampleModel, OIC_AUD, FA_AUD, CONSUMER } from "../smoke/helpers";

describe("domainStateFromStack", () => {
  const model = sampleModel(8765);
  const state = domainStateFromStack(model, { oicAudience: OIC_AUD, fusionAudience: FA_AUD, loginUser: pickLoginUser(model) });

  it("registers every app with its grants and scopes, and a secret for confidential ones", () => {
    expect([...state.apps.keys()]).toEqual(["dev-oic-scheduler", "dev-oic-vbcs", "dev-oic-fusion-assertion"]);
    expect([...state.app("dev-oic-vbcs").allowedGrants]).toEqual(["authorization_code", "refresh_token"]);
    expect(state.app("dev-oic-vbcs").scopes).toEqual([`${OIC_AUD}${CONSUMER}`]);
    expect(state.app("dev-oic-scheduler").secret).toMatch(/^[\w-]{20,}$/);
    expect(state.app("dev-oic-fusion-assertion").clientType).toBe("trusted");
  });

  it("grants ServiceInvoker as declared, users from grants", () => {
    expect(state.hasRole({ type: "App", name: "dev-oic-scheduler" }, "ServiceInvoker")).toBe(true);
    expect(state.hasRole({ type: "User", name: "integration.tester@example.com" }, "ServiceInvoker")).toBe(true);
    expect(state.hasRole({ type: "App", name: "dev-oic-fusion-assertion" }, "ServiceInvoker")).toBe(false);
    expect(state.users.has("integration.tester@example.com")).toBe(true);
  });

  it("replaces apply-time references by the sandbox's audiences", () => {
    const m = { ...model, oic: {}, apps: model.apps.map((a) => (a.flow === "client-credentials" ? { ...a, scopes: ["${data.x.audience}urn:opc:resource:consumer::all"] } : a)) };
    expect(stackAudiences(m).oic).toBeUndefined();
    const s = domainStateFromStack(m, { oicAudience: "https://sandbox:443", fusionAudience: FA_AUD, loginUser: "u" });
    expect(s.app("dev-oic-scheduler").scopes).toEqual([`https://sandbox:443${CONSUMER}`]);
  });

  it("treats the login user as a member of granted groups", () => {
    const m = { ...model, grants: [{ address: "g", path: "g", grantee: { type: "Group" as const, groupName: "OIC Users" }, role: "ServiceInvoker", preventDestroy: false }] };
    const s = domainStateFromStack(m, { oicAudience: OIC_AUD, fusionAudience: FA_AUD, loginUser: "sandbox.user@example.com" });
    expect(s.hasRole({ type: "User", name: "sandbox.user@example.com" }, "ServiceInvoker")).toBe(true);
  });
});
