#!/usr/bin/env node
// The installed `finsam` command: runs the bundled command line, built by `npm run finsam` or
// `npx webpack --config webpack.cli.config.js`.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const bundle = join(__dirname, "..", "dist-cli", "finsam.js");
if (!existsSync(bundle)) {
  console.error("finsam är inte byggt: kör först `npx webpack --config webpack.cli.config.js` i paketets katalog.");
  process.exit(2);
}
require(bundle);
