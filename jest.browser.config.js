/**
 * The task pane in headless Debian Chromium (playwright-core), served from dist/ (run after the build).
 * BROWSER_CPU_SLOWDOWN=12 runs the pages 12 times slower, as on a loaded CI machine, to find races first.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.test.ts"],
  testTimeout: 60_000,
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } }] },
};
