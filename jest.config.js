/** @type {import('jest').Config} */
// ts-jest only transpiles (isolatedModules): `npm run typecheck` does the type checking once.
const transform = { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }] };

module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/taskpane/", "<rootDir>/test/e2e/"],
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      transform,
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
    },
  ],
};
