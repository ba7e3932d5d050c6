import { parseSmokeArgs } from "../../tools/smoke/options";

test("--assertion-audience is unset by default (the trusted app's domain URL is used) and can name the legacy IDCS value", () => {
  expect(parseSmokeArgs(["dev", "--outputs", "o.json"], {}).assertionAudience).toBeUndefined();
  expect(parseSmokeArgs(["dev", "--outputs", "o.json", "--assertion-audience", "https://identity.oraclecloud.com/"], {}).assertionAudience).toBe("https://identity.oraclecloud.com/");
});
