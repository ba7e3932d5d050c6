import js from "@eslint/js";
import tseslint from "typescript-eslint";

// Four kinds in four places, dependencies pointing one way (test/architecture
// checks the same on resolved paths, stacks/ included, and refuses cycles):
//   lib/        the library (constructs, aspects, rules, config, stacks, synth)
//   tools/      smoke, review, pipeline, cert, estate, oic-native, terraform: import lib/, never the reverse
//   cli/        one thin file per command: may import everything but function/
//   sandbox/ and offline-provider/: the fakes (stand-ins and rehearsal; the offline OCI provider)
// lib/ and function/ (the assertion Function) both depend on contract/ (the
// shared vocabulary) and never on each other; contract/ depends on nothing
// of ours. cdktf is imported only by the constructs, stacks, aspects and the
// app, so a move to the cdktn fork stays small. ESLint applies the last
// matching block's options of a rule, so each block lists every restriction.
const NO_FUNCTION = { group: ["**/function/**"], message: "only function/ itself reads function/: share through contract/" };
const NO_LIB = { group: ["**/lib/**"], message: "function/, contract/ and the offline provider must not import lib/: share through contract/" };
const NO_TOOLS = { group: ["**/tools/**"], message: "the library, the fakes' provider and contract/ must not import tools/ (tools import the library, never the reverse)" };
const NO_CLI = { group: ["**/cli/**", "../cli", "../../cli"], message: "only commands live in cli/: nothing imports them" };
const NO_SANDBOX = { group: ["**/sandbox/**"], message: "the fakes (sandbox/) are imported only by commands and tests" };
const NO_OFFLINE = { group: ["**/offline-provider/**"], message: "the offline provider is imported only by the sandbox, commands and tests" };
const NO_CDKTF = { name: "cdktf", message: "cdktf is imported only in lib/constructs, lib/oic-access-stack, lib/aspects, lib/synthesize.ts and main.ts" };
// Terraform rejects an interpolated depends_on at init: set it only
// through lib/constructs/depends-on.ts, which renders static references.
const DEPENDS_ON_SYNTAX = [
  { selector: "AssignmentExpression[left.property.name='dependsOn']", message: "use dependOn(resource, ...constructs) from lib/constructs/depends-on.ts" },
  { selector: "Property[key.name='dependsOn'] MemberExpression[property.name='fqn']", message: "dependsOn takes constructs, never .fqn strings" },
];
const restrict = (patterns, paths = []) => ["error", { patterns, paths }];

export default tseslint.config(
  // .oic-access/: generated bundles (the offline provider, gen:plans), like dist/.
  { ignores: ["**/node_modules/", "**/dist/", "cdktf.out/", ".gen/", "coverage/", ".oic-access/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", ...DEPENDS_ON_SYNTAX],
    },
  },
  {
    // In TypeScript files the compiler reports unused names already
    // (noUnusedLocals, noUnusedParameters; `_`-prefixed parameters allowed by
    // both); the rule was 40% of the lint's time for no extra finding.
    files: ["**/*.ts"],
    rules: { "@typescript-eslint/no-unused-vars": "off" },
  },
  {
    // One error family (contract/errors.ts): what the project throws carries a
    // code (the one Terraform runner's TerraformError included).
    files: ["lib/**/*.ts", "contract/**/*.ts", "function/src/**/*.ts", "main.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...DEPENDS_ON_SYNTAX,
        { selector: "NewExpression[callee.name='Error']", message: "throw an error of the family (contract/errors.ts): a subclass of OicAccessError, or CodedError with an ERROR_CODES code" },
        { selector: "ClassDeclaration[superClass.name='Error']", message: "errors extend OicAccessError (contract/errors.ts) and carry a code from ERROR_CODES" },
      ],
    },
  },
  { files: ["lib/**/*.ts", "stacks/**/*.ts"], rules: { "no-restricted-imports": restrict([NO_FUNCTION, NO_TOOLS, NO_CLI, NO_SANDBOX, NO_OFFLINE], [NO_CDKTF]) } },
  {
    files: ["lib/constructs/**/*.ts", "lib/oic-access-stack/**/*.ts", "lib/aspects/**/*.ts", "lib/synthesize.ts"],
    rules: { "no-restricted-imports": restrict([NO_FUNCTION, NO_TOOLS, NO_CLI, NO_SANDBOX, NO_OFFLINE]) },
  },
  { files: ["main.ts"], rules: { "no-restricted-imports": restrict([NO_FUNCTION, NO_TOOLS, NO_CLI, NO_SANDBOX, NO_OFFLINE]) } },
  { files: ["tools/**/*.ts"], rules: { "no-restricted-imports": restrict([NO_FUNCTION, NO_CLI, NO_SANDBOX, NO_OFFLINE], [NO_CDKTF]) } },
  { files: ["cli/**/*.ts"], rules: { "no-restricted-imports": restrict([NO_FUNCTION], [NO_CDKTF]) } },
  { files: ["sandbox/**/*.ts"], rules: { "no-restricted-imports": restrict([NO_FUNCTION, NO_CLI], [NO_CDKTF]) } },
  { files: ["offline-provider/**/*.ts"], rules: { "no-restricted-imports": restrict([NO_FUNCTION, NO_LIB, NO_TOOLS, NO_CLI, NO_SANDBOX], [NO_CDKTF]) } },
  { files: ["function/**/*.ts", "function/**/*.mjs"], rules: { "no-restricted-imports": restrict([NO_LIB, NO_TOOLS, NO_CLI, NO_SANDBOX, NO_OFFLINE], [NO_CDKTF]) } },
  {
    files: ["contract/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict(
        [NO_LIB, NO_TOOLS, NO_CLI, NO_SANDBOX, NO_OFFLINE, { group: ["**/function/**"], message: "contract/ must not import function/" }],
        [NO_CDKTF, { name: "constructs", message: "contract/ knows nothing of constructs" }],
      ),
    },
  },
  {
    // Tests walk synthesized Terraform JSON, which has no static type.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", performance: "readonly" } },
  },
);
