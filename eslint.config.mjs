import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "out/", "node_modules/", "coverage/", "examples/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly", require: "readonly", module: "readonly", __dirname: "readonly", URL: "readonly", Buffer: "readonly", globalThis: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    // Custom functions take Excel values of any type and validate them inside (args.ts).
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.cjs", "webpack.config.js", "jest*.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The core is pure: no Office, no UI, no Node I/O (a reader must trust that src/core runs anywhere).
    // Node-only code lives outside it (src/node, src/cli); no file of the core is exempt.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "document", "window"],
      "no-restricted-imports": ["error", { patterns: ["react", "react-*", "@fluentui/*", "fs", "path", "os", "crypto", "stream", "zlib", "child_process", "node:*", "exceljs", "../../functions/*", "../../taskpane/*", "../../excel/*"] }],
    },
  },
);
