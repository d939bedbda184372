const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { SwedishFunctionsMetadataPlugin } = require("./scripts/functions-locale.cjs");

const { rewriteManifest } = require("./scripts/manifest-url.cjs");

/** Office.js served from our own origin (no CDN): only the loader, Excel's host scripts and two locales. */
const officeJsFiles = /^(office|o15apptofilemappingtable|custom-functions-runtime|excel[-a-z0-9.]*?)(?<!\.debug)\.js$/;

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  return {
    // es2022: webpack then uses globalThis instead of a `new Function("return this")` fallback (CSP, no eval).
    target: ["web", "es2022"],
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    // The shared runtime loads all three entries on one page: modules they share (core, decimal.js) ship once.
    optimization: { splitChunks: { chunks: "all", name: "shared", minChunks: 2 } },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: !!process.env.TRANSPILE_ONLY } } }],
    },
    performance: { maxEntrypointSize: 600 * 1024, maxAssetSize: 600 * 1024, assetFilter: (name) => !name.startsWith("office-js/") && name.endsWith(".js") },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new SwedishFunctionsMetadataPlugin({ input: "functions.json", output: "functions-sv.json", table: path.resolve(__dirname, "src/functions/locale-sv.json") }),
      // Shared runtime: one page hosts the pane, the functions and the ribbon commands.
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["functions", "commands", "taskpane"], chunksSortMode: "manual" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The example förbund's ledger, for "Ladda exempelförbundet" and the preview outside Office.
          { from: "examples/exempelforbund.se", to: "examples/exempelforbund.se" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // Production origin: `ADDIN_URL=https://finsam.example.se/ npm run build` (see README).
            transform: (content) => (dev ? content : rewriteManifest(content.toString(), process.env.ADDIN_URL)),
          },
          // Already minified by Microsoft: `minimized` keeps terser off these 10 MB.
          { from: "node_modules/@microsoft/office-js/dist/*.js", to: "office-js/[name][ext]", filter: (p) => officeJsFiles.test(path.basename(p)), info: { minimized: true } },
          { from: "node_modules/@microsoft/office-js/dist/sv-se", to: "office-js/sv-se", info: { minimized: true } },
          { from: "node_modules/@microsoft/office-js/dist/en-us", to: "office-js/en-us", info: { minimized: true } },
        ],
      }),
    ],
    devServer: {
      host: "127.0.0.1",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      server: "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};
