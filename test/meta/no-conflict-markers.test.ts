// A merge that leaves its conflict markers in a tracked file (it happened
// once, in the README) fails here rather than in a reader's eyes.
import { execFileSync } from "node:child_process";
import { expect, it } from "@jest/globals";

it("no tracked file holds a merge conflict marker", () => {
  const tracked = execFileSync("git", ["ls-files"], { encoding: "utf8" }).split("\n").filter(Boolean);
  expect(tracked.length).toBeGreaterThan(100);
  let found = "";
  try {
    found = execFileSync("git", ["grep", "-n", "-I", "-E", "^(<{7}|>{7})( |$)"], { encoding: "utf8" });
  } catch (e) {
    // git grep exits 1 when nothing matches
    if ((e as { status?: number }).status !== 1) throw e;
  }
  expect(found).toBe("");
});
