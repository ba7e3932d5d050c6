// Native ESM (several of our libraries ship only ESM), ts-jest in
// transpile-only mode: `tsc --noEmit` type-checks in `npm test` already.
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  extensionsToTreatAsEsm: [".ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { useESM: true, diagnostics: false }],
  },
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  testTimeout: 30000,
  // One worker per core. Jest's default (cores - 1) is a single worker on a
  // 2-core machine, which runs every file in band; a Terraform or stand-in
  // test spends much of its time waiting on child processes and sockets,
  // while the other worker runs the next file.
  maxWorkers: "100%",
};
