/**
 * Runs a handler behind the real @fnproject/fdk listener, the way the Fn
 * agent starts a function container: FN_FORMAT=http-stream and
 * FN_LISTENER=unix:<dir>/lsnr.sock; requests are POST /call on that socket.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fdk from "@fnproject/fdk";
import type { FdkFunction } from "../../function/src/fdk-adapter";

export interface FdkCall {
  /** The function's status (Fn-Http-Status; the FDK's own HTTP status is 200 unless it failed). */
  status: number;
  httpStatus: number;
  contentType: string;
  text: string;
  json<T = Record<string, unknown>>(): T;
}

export interface FdkSocket {
  socketPath: string;
  call(body: string | Buffer, headers?: Record<string, string>): Promise<FdkCall>;
  close(): void;
}

export async function startFdkSocket(fn: FdkFunction): Promise<FdkSocket> {
  const dir = mkdtempSync(join(tmpdir(), "fdk-"));
  const socketPath = join(dir, "lsnr.sock");
  const saved = { format: process.env.FN_FORMAT, listener: process.env.FN_LISTENER };
  process.env.FN_FORMAT = "http-stream";
  process.env.FN_LISTENER = `unix:${socketPath}`;
  let stop: () => void;
  try {
    stop = fdk.handle(fn as never, { inputMode: "buffer" });
  } finally {
    if (saved.format === undefined) delete process.env.FN_FORMAT;
    else process.env.FN_FORMAT = saved.format;
    if (saved.listener === undefined) delete process.env.FN_LISTENER;
    else process.env.FN_LISTENER = saved.listener;
  }
  // The FDK listens on a temporary name and symlinks lsnr.sock once ready.
  for (let i = 0; i < 200 && !existsSync(socketPath); i++) await new Promise((r) => setTimeout(r, 5));
  if (!existsSync(socketPath)) throw new Error("FDK listener did not come up");

  const call = (body: string | Buffer, headers: Record<string, string> = {}) =>
    new Promise<FdkCall>((resolve, reject) => {
      const req = request(
        { socketPath, path: "/call", method: "POST", agent: false, headers: { "Fn-Call-Id": "test-call", ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString();
            const fnStatus = res.headers["fn-http-status"];
            resolve({
              status: fnStatus ? Number(fnStatus) : res.statusCode!,
              httpStatus: res.statusCode!,
              contentType: String(res.headers["content-type"] ?? ""),
              text,
              json: () => JSON.parse(text),
            });
          });
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });

  return {
    socketPath,
    call,
    close: () => {
      stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
