// Native ESM (several of our libraries ship only ESM). TypeScript is only
// stripped here (SWC, a native transform: no type information, no
// TypeScript JS API); `npm run typecheck` checks the types with the native
// TypeScript 7 compiler before jest runs.
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
  setupFilesAfterEnv: ["<rootDir>/test/setup-async-local-storage.ts", "<rootDir>/test/setup-stack-traces.ts", "<rootDir>/test/setup-key-cache.ts"],
  testTimeout: 30000,
  // One worker per core. Jest's default (cores - 1) is a single worker on a
  // 2-core machine, which runs every file in band; a Terraform or stand-in
  // test spends much of its time waiting on child processes and sockets,
  // while the other worker runs the next file.
  maxWorkers: "100%",
};
