import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/", "**/dist/", "cdktf.out/", ".gen/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // Terraform rejects an interpolated depends_on at init: set it only
      // through lib/constructs/depends-on.ts, which renders static references.
      "no-restricted-syntax": [
        "error",
        { selector: "AssignmentExpression[left.property.name='dependsOn']", message: "use dependOn(resource, ...constructs) from lib/constructs/depends-on.ts" },
        { selector: "Property[key.name='dependsOn'] MemberExpression[property.name='fqn']", message: "dependsOn takes constructs, never .fqn strings" },
      ],
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
