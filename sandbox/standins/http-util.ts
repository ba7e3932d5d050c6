/** Small helpers shared by the resource stand-ins' HTTP servers. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export interface Listening {
  url: string;
  close(): Promise<void>;
}

export async function listenLocal(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>): Promise<Listening> {
  const server: Server = createServer((req, res) => {
    handler(req, res).catch((err: Error) => {
      if (!res.headersSent) sendJson(res, 500, { title: "Internal Server Error", detail: err.message });
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** Scripted faults: the next `count` requests get `status` (e.g. 401 while a grant "propagates"). */
export interface Fault {
  status: number;
  count: number;
  retryAfterSeconds?: number;
}

export function takeFault(faults: Fault[]): Fault | undefined {
  const f = faults[0];
  if (!f) return undefined;
  f.count -= 1;
  if (f.count <= 0) faults.shift();
  return f;
}
