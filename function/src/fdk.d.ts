// @fnproject/fdk ships no types; this is the part we call.
declare module "@fnproject/fdk" {
  export interface HandleOptions {
    /** "json" (default), "string" or "buffer". */
    inputMode?: "json" | "string" | "buffer";
  }
  /** Starts the http-stream listener on FN_LISTENER; returns a function that stops it. */
  export function handle(fn: (input: unknown, ctx: never) => unknown, options?: HandleOptions): () => void;
  const fdk: { handle: typeof handle };
  export default fdk;
}
