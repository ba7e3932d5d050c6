/**
 * Smoke run of all three flows against the stand-ins: wall and CPU time per
 * run, split into the tool (this process) and the stand-ins (a child
 * process, measured with its own process.cpuUsage).
 * Run: npm run bench (or bundle with esbuild and run dist/bench/smoke.js).
 */
import { fork } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { seedFromStack } from "../sandbox/cloud/seed-from-stack";
import { startCloud } from "../sandbox/cloud/start-cloud";
import { scriptedBrowser } from "../sandbox/standins/scripted-login";
import { defaultDeps } from "../tools/smoke/context";
import { parseSmokeArgs } from "../tools/smoke/options";
import { runSmoke } from "../tools/smoke/run";
import { freePort, sampleModel } from "../test/smoke/helpers";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

type Ready = { outputs: Record<string, unknown>; connectTo: Record<string, string>; loginUser: string; keyPath?: string };

async function child(): Promise<void> {
  const sb = await startCloud(seedFromStack(sampleModel(await freePort())));
  const before = process.cpuUsage();
  process.send!({ ready: { outputs: sb.outputs, connectTo: sb.connectTo, loginUser: sb.loginUser, keyPath: sb.assertionKeyPath } satisfies Ready });
  process.on("message", (m: { cmd: string }) => {
    if (m.cmd === "reset") process.send!({ reset: true, cpu: process.cpuUsage(before) });
    if (m.cmd === "stop") {
      process.send!({ cpu: process.cpuUsage(before) });
      void sb.close().then(() => process.exit(0));
    }
  });
}

function ask<T>(proc: ReturnType<typeof fork>, cmd: string, key: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (m: Record<string, unknown>) => {
      if (key in m) {
        proc.off("message", on);
        resolve(m as T);
      }
    };
    proc.on("message", on);
    if (cmd) proc.send({ cmd });
  });
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function parent(): Promise<void> {
  const proc = fork(fileURLToPath(import.meta.url), ["--standins"], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const { ready } = await ask<{ ready: Ready }>(proc, "", "ready");
  const dir = mkdtempSync(join(tmpdir(), "oic-bench-"));
  const outputsPath = join(dir, "outputs.json");
  const { writeFileSync } = await import("node:fs");
  writeFileSync(outputsPath, JSON.stringify({ dev: ready.outputs }), { mode: 0o600 });
  const args = ["dev", "--outputs", outputsPath, "--token-store", join(dir, "rt"), "--user", ready.loginUser, "--propagation-wait", "0", "--assertion-key", ready.keyPath!];
  for (const [f, t] of Object.entries(ready.connectTo)) args.push("--connect-to", `${f}=${t}`);
  const deps = () => defaultDeps({ log: () => {} });
  const login = await runSmoke(parseSmokeArgs([...args, "login"], {}), deps(), { vars: {}, openBrowser: scriptedBrowser(ready.loginUser) });
  if (login.exitCode !== 0) throw new Error("bench: login failed");
  // Warm-up run, then measure.
  await runSmoke(parseSmokeArgs(args, {}), deps(), { vars: {} });
  const childStart = (await ask<{ cpu: NodeJS.CpuUsage }>(proc, "reset", "reset")).cpu;
  const walls: number[] = [];
  const stepMs: Record<string, number> = {};
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    const { exitCode, report } = await runSmoke(parseSmokeArgs(args, {}), deps(), { vars: {} });
    walls.push(performance.now() - s);
    if (exitCode !== 0) throw new Error("bench: smoke run failed");
    for (const f of report.flows) for (const st of f.steps) stepMs[`${f.flow} ${st.name}`] = (stepMs[`${f.flow} ${st.name}`] ?? 0) + st.ms;
  }
  const wall = performance.now() - t0;
  const tool = process.cpuUsage(cpu0);
  const { cpu: childEnd } = await ask<{ cpu: NodeJS.CpuUsage }>(proc, "stop", "cpu");
  const standinsUs = childEnd.user + childEnd.system - (childStart.user + childStart.system);
  const toolUs = tool.user + tool.system;
  walls.sort((a, b) => a - b);
  const ms = (us: number) => (us / 1000 / RUNS).toFixed(1);
  console.log(`\nsmoke: all three flows against the stand-ins, ${RUNS} runs (Node ${process.versions.node})`);
  console.log("  metric                         value");
  console.log(`  wall per run p50 / p99 (ms)    ${pct(walls, 50).toFixed(1)} / ${pct(walls, 99).toFixed(1)}`);
  console.log(`  wall total (ms)                ${wall.toFixed(0)}`);
  console.log(`  CPU per run: tool (ms)         ${ms(toolUs)}`);
  console.log(`  CPU per run: stand-ins (ms)    ${ms(standinsUs)}`);
  console.log(`  tool share of CPU              ${((100 * toolUs) / (toolUs + standinsUs)).toFixed(0)} %`);
  console.log(`  CPU / wall                     ${((100 * (toolUs + standinsUs)) / 1000 / wall).toFixed(0)} %`);
  console.log("  mean wall per step (ms):");
  for (const [k, v] of Object.entries(stepMs)) console.log(`    ${k.padEnd(16)} ${(v / RUNS).toFixed(2)}`);
}

if (process.argv.includes("--standins")) await child();
else await parent();
