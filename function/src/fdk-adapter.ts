/**
 * Glue between the Fn FDK (http-stream over a unix socket) and the handler.
 * The FDK always answers the Fn agent with 200; the function's own status
 * travels in the Fn-Http-Status header (ctx.httpGateway.statusCode), which
 * API Gateway and Fn HTTP triggers pass on, and in the JSON body's `error`.
 */
import type { AssertionHandler } from "./handler";

/** The subset of the FDK's Context the adapter uses. */
export interface FdkContext {
  getHeader(name: string): string | null;
  readonly callID: string | null;
  responseContentType: string | null;
  readonly httpGateway: { statusCode: number };
}

export type FdkFunction = (input: Buffer | string, ctx: FdkContext) => Promise<string | Record<string, unknown>>;

export function toFdkFunction(handler: AssertionHandler): FdkFunction {
  return async (input, ctx) => {
    const body = typeof input === "string" ? Buffer.from(input) : input;
    const response = await handler({
      body,
      contentType: ctx.getHeader("Content-Type"),
      accept: ctx.getHeader("Accept"),
      callId: ctx.callID,
    });
    ctx.responseContentType = response.contentType;
    ctx.httpGateway.statusCode = response.status;
    return response.body;
  };
}
