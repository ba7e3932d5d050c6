/**
 * A loopback stand-in for the few GitHub REST endpoints the gate and the
 * poster call, started by a test on 127.0.0.1 and stopped after. It checks
 * the bearer token and records every request.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { PullRequestInfo, ReviewInfo, RunApproval } from "../../tools/pipeline/approval";
import type { IssueComment } from "../../tools/pipeline/github-api";

export const FAKE_TOKEN = "ghs_fake-token-for-tests";

export interface FakeGitHubState {
  pulls: PullRequestInfo[];
  reviews: Record<number, ReviewInfo[]>;
  permissions: Record<string, string>;
  approvals: Record<number, RunApproval[]>;
  comments: Record<number, IssueComment[]>;
  statuses: { sha: string; state: string; context: string; description: string; target_url?: string }[];
}

export interface FakeGitHub {
  readonly url: string;
  readonly state: FakeGitHubState;
  readonly requests: string[];
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
}

export async function startFakeGitHub(repository: string, state: Partial<FakeGitHubState> = {}): Promise<FakeGitHub> {
  const s: FakeGitHubState = { pulls: [], reviews: {}, permissions: {}, approvals: {}, comments: {}, statuses: [], ...state };
  const requests: string[] = [];
  let nextId = 1000;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      requests.push(`${req.method} ${url.pathname}${url.search}`);
      const send = (status: number, value?: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(value === undefined ? "" : JSON.stringify(value));
      };
      if (req.headers.authorization !== `Bearer ${FAKE_TOKEN}`) return send(401, { message: "Bad credentials" });
      const prefix = `/repos/${repository}`;
      if (!url.pathname.startsWith(prefix)) return send(404, {});
      const path = url.pathname.slice(prefix.length);
      const page = Number(url.searchParams.get("page") ?? "1");
      const list = <T>(items: T[]) => send(200, page === 1 ? items : []);
      let m: RegExpMatchArray | null;
      if (req.method === "GET" && path === "/pulls") {
        const head = url.searchParams.get("head") ?? "";
        return list(s.pulls.filter((p) => p.state === "open" && `${p.head.repo?.full_name.split("/")[0]}:${p.head.ref ?? ""}` === head));
      }
      if (req.method === "GET" && (m = path.match(/^\/pulls\/(\d+)$/))) {
        const pr = s.pulls.find((p) => p.number === Number(m![1]));
        return pr ? send(200, pr) : send(404, {});
      }
      if (req.method === "GET" && (m = path.match(/^\/pulls\/(\d+)\/reviews$/))) return list(s.reviews[Number(m[1])] ?? []);
      if (req.method === "GET" && (m = path.match(/^\/collaborators\/([^/]+)\/permission$/))) {
        const p = s.permissions[decodeURIComponent(m[1]!)];
        return p ? send(200, { permission: p }) : send(404, { message: "Not Found" });
      }
      if (req.method === "GET" && (m = path.match(/^\/actions\/runs\/(\d+)\/approvals$/))) return send(200, s.approvals[Number(m[1])] ?? []);
      if ((m = path.match(/^\/issues\/(\d+)\/comments$/))) {
        const n = Number(m[1]);
        s.comments[n] ??= [];
        if (req.method === "GET") return list(s.comments[n]);
        if (req.method === "POST") {
          const c = { id: nextId++, body: (((await body(req)) as { body: string }).body), user: { login: "github-actions[bot]" } };
          s.comments[n].push(c);
          return send(201, c);
        }
      }
      if (req.method === "POST" && (m = path.match(/^\/statuses\/([0-9a-f]{40})$/))) {
        s.statuses.push({ sha: m[1]!, ...((await body(req)) as { state: string; context: string; description: string }) });
        return send(201, {});
      }
      if (req.method === "PATCH" && (m = path.match(/^\/issues\/comments\/(\d+)$/))) {
        const id = Number(m[1]);
        const text = ((await body(req)) as { body: string }).body;
        for (const list of Object.values(s.comments)) {
          const i = list.findIndex((c) => c.id === id);
          if (i >= 0) {
            list[i] = { ...list[i]!, body: text };
            return send(200, list[i]);
          }
        }
        return send(404, {});
      }
      return send(404, {});
    })().catch((e: Error) => {
      res.writeHead(500);
      res.end(e.message);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state: s,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
