/** @type {import('jest').Config} */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform: { "^.+\\.(t|j)sx?$": swc },
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/taskpane/", "<rootDir>/test/e2e/"],
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      transform: { "^.+\\.(t|j)sx?$": swc },
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      transform: { "^.+\\.(t|j)sx?$": swc },
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
    },
  ],
};
