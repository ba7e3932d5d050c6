/** The `engine` field: its shape (zod) and its values (compartment OCID, Terraform version, stack name). */
import { validateEnvironments } from "../../lib/config/validate";
import { resourceManagerEngine } from "../../lib/config/engine";
import type { EnvironmentConfig } from "../../lib/config/environment";
import { dev } from "../../stacks/dev";

function problems(config: unknown): string[] {
  try {
    validateEnvironments([config as EnvironmentConfig]);
    return [];
  } catch (e) {
    return (e as { problems: { field: string; problem: string; fix: string }[] }).problems.map((p) => `${p.field}: ${p.problem} | ${p.fix}`);
  }
}

describe("engine", () => {
  it("defaults to the CLI engine; Resource Manager gets Terraform 1.5.x and a stack named after the environment", () => {
    expect(resourceManagerEngine(dev)).toBeUndefined();
    expect(resourceManagerEngine({ ...dev, engine: "terraform-cli" })).toBeUndefined();
    expect(resourceManagerEngine({ ...dev, engine: { type: "resource-manager", compartmentId: dev.compartmentId } })).toEqual({ type: "resource-manager", compartmentId: dev.compartmentId, terraformVersion: "1.5.x", stackName: "oic-access-dev" });
    expect(problems({ ...dev, engine: { type: "resource-manager", compartmentId: dev.compartmentId } })).toEqual([]);
  });

  it("names the field, the problem and the fix for each mistake", () => {
    expect(problems({ ...dev, engine: { type: "resource-manager", compartmentId: "ocid1.vault.oc1..aaaaaaaaaaaaaaaaaaaaaaaa" } })).toEqual([
      "engine.compartmentId: is not the OCID of a compartment (the Resource Manager stack and its jobs live there) | copy the compartment's OCID from Identity > Compartments (ocid1.compartment.oc1..aaaa...)",
    ]);
    expect(problems({ ...dev, engine: { type: "resource-manager", compartmentId: dev.compartmentId, stackName: "has spaces" } })[0]).toMatch(/^engine\.stackName: must be 1-100 letters/);
    expect(problems({ ...dev, engine: { type: "resource-manager", compartmentId: dev.compartmentId, terraformVersion: "1.11.x" } })[0]).toMatch(/^engine\.terraformVersion: .*"1\.5\.x".*"1\.11\.x"/);
    expect(problems({ ...dev, engine: "resource-manager" })).toEqual([expect.stringMatching(/^engine: /)]);
  });
});
