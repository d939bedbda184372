// Bundles the benchmark entry points (TypeScript, importing src/ and test helpers) for Node into bench/dist.
// Packages stay external (required from node_modules at run time); type checking is `tsc -p bench`.
const path = require("path");
const fs = require("fs");

const src = path.resolve(__dirname, "src");
const entries = Object.fromEntries(
  fs.readdirSync(src).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")).map((f) => [path.basename(f, ".ts"), path.join(src, f)]),
);

module.exports = {
  mode: "production",
  target: "node20",
  entry: entries,
  output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  externals: [({ request }, callback) => (/^[@a-z]/i.test(request) ? callback(null, `commonjs ${request}`) : callback())],
  externalsPresets: { node: true },
  // Readable stack traces and profiles: the bench measures the code, not the minifier.
  optimization: { minimize: false },
  devtool: false,
  module: {
    rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.json") } } }],
  },
  stats: "errors-warnings",
};
