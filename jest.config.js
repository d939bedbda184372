/** Unit and adapter tests (ts-jest). Browser and LibreOffice tests run from scripts/test-all.mjs. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/dist/", "<rootDir>/test/browser/"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } }],
  },
  setupFiles: ["<rootDir>/test/setup/custom-functions-global.ts"],
};
