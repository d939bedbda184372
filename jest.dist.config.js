/** Tests of the built add-in in dist/ (run by `npm test` after `npm run build`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/dist"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } }] },
};
