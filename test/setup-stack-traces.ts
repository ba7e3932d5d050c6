/**
 * Cheap stack traces for the traces nobody reads.
 *
 * cdktf records where every token was made: each Intrinsic and each complex
 * attribute of a generated binding captures a full stack trace
 * (`Error.captureStackTrace` into a plain `{ stack }` object, unbounded
 * depth). Jest formats every stack it sees through its source maps, copying
 * each call site first; with the OCI bindings that was a quarter of a
 * synthesizing test's CPU, for traces that only appear if cdktf fails to
 * resolve a token. Here, a capture into a plain object gets V8's own format
 * of its first ten frames;
 * a real error still goes through Jest's source-mapped formatter, so failures
 * read as before.
 */
type Format = (target: object, frames: NodeJS.CallSite[]) => unknown;

/** The main realm's Error: Jest installs its formatter there, not on this test file's realm. */
function mainRealmError(): { prepareStackTrace?: Format } | undefined {
  try {
    new URL("not a url");
  } catch (e) {
    const mainError = Object.getPrototypeOf((e as object).constructor) as { prepareStackTrace?: Format };
    return mainError === Error ? undefined : mainError;
  }
  return undefined;
}

const main = mainRealmError();
const jestFormat = main?.prepareStackTrace;
if (typeof jestFormat === "function") {
  Error.prepareStackTrace = (target: object, frames: NodeJS.CallSite[]) =>
    target instanceof Error || (main && target instanceof (main as unknown as ErrorConstructor))
      ? jestFormat(target, frames)
      : `Error\n${frames.slice(0, 10).map((f) => `    at ${f.toString()}`).join("\n")}`;
}
