// Native ESM (several of our libraries ship only ESM). TypeScript is only
// stripped here (SWC, a native transform: no type information, no
// TypeScript JS API); `npm run typecheck` checks the types with the native
// TypeScript 7 compiler before jest runs.
//
// How package.json's "jest" script runs Jest (measured on the 2-core
// machine; the figures are in the README's test section):
// - `node --no-opt`: no optimizing compiler. Test code runs briefly and once;
//   TurboFan spent more CPU optimizing it than it saved (workers inherit it).
// - `--max-semi-space-size=64`: a larger young generation; a synthesizing
//   test makes short-lived objects fast enough that the default semi-space
//   was collected several times a second.
// - global-setup.ts points TMPDIR at one folder per run, removed at the end.
const SWC = { jsc: { parser: { syntax: "typescript" }, target: "es2022", experimental: { keepImportAttributes: true } }, module: { type: "es6" } };

export default {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  extensionsToTreatAsEsm: [".ts"],
  transform: {
    "/\\.gen/.+\\.ts$": ["@swc/jest", { ...SWC, sourceMaps: false }],
    "^.+\\.ts$": ["@swc/jest", SWC],
  },
  globalSetup: "<rootDir>/test/global-setup.ts",
  globalTeardown: "<rootDir>/test/global-teardown.ts",
  setupFilesAfterEnv: ["<rootDir>/test/setup-async-local-storage.ts", "<rootDir>/test/setup-stack-traces.ts", "<rootDir>/test/setup-key-cache.ts"],
  testTimeout: 30000,
  // One worker per core. Jest's default (cores - 1) is a single worker on a
  // 2-core machine, which runs every file in band; a Terraform or stand-in
  // test spends much of its time waiting on child processes and sockets,
  // while the other worker runs the next file.
  maxWorkers: "100%",
};
