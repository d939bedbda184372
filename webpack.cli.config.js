const path = require("path");
const webpack = require("webpack");

/**
 * The command line (`finsam`, `npm run demo`) as one Node script, dist-cli/finsam.js. exceljs stays external
 * (a runtime dependency, loaded from node_modules). Type checking is `npm run typecheck`'s job.
 */
module.exports = {
  mode: "production",
  target: "node20",
  entry: "./src/cli/main.ts",
  output: { path: path.resolve(__dirname, "dist-cli"), filename: "finsam.js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, onlyCompileBundledFiles: true } } }] },
  externals: { exceljs: "commonjs exceljs" },
  // __dirname stays the bundle's directory, so `finsam demo` finds examples/ next to dist-cli/.
  node: { __dirname: false },
  optimization: { minimize: false },
  devtool: false,
  stats: "errors-warnings",
  plugins: [new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true })],
};
