// Lint rules. The import restrictions below enforce the architecture:
// dependencies point inward only (taskpane -> adapters -> core).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

const nodeBuiltins = [
  "fs",
  "path",
  "os",
  "child_process",
  "worker_threads",
  "crypto",
  "url",
  "util",
  "stream",
];
const nodeImports = [...nodeBuiltins, ...nodeBuiltins.map((m) => `node:${m}`), "node:*"];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "test-artifacts/**",
      "*.config.js", "*.config.mjs",
      "bin/**",
      "scripts/**",
      "bench/**/*.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-template-curly-in-string": "error",
      "no-console": "error",
    },
  },
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["react", "react-dom", "exceljs", ...nodeImports],
          patterns: [
            {
              group: ["**/excel/**", "**/node/**", "**/taskpane/**", "@fluentui/*"],
              message: "src/core is pure: it may not depend on adapters or UI.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "Excel",
        "Office",
        "window",
        "document",
        "process",
        "require",
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "core has no clock: take the as-of date as a parameter.",
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: "core has no clock: take the as-of date as a parameter.",
        },
      ],
    },
  },
  {
    files: ["src/excel/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["react", "react-dom", "exceljs", ...nodeImports],
          patterns: [
            {
              group: ["**/node/**", "**/taskpane/**"],
              message: "The Excel adapter depends on core only.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/node/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["react", "react-dom"],
          patterns: [
            {
              group: ["**/excel/**", "**/taskpane/**"],
              message: "The .xlsx adapter depends on core only.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/node/cli/**", "src/node/cli.ts", "bench/**", "test/**"],
    rules: { "no-console": "off" },
  },
  {
    files: ["test/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
  prettier,
);
