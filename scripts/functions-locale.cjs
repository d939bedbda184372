/**
 * Builds the Swedish custom-function metadata (functions-sv.json) from the generated functions.json and
 * the one id → Swedish table in src/functions/locale-sv.json (function and parameter names and descriptions).
 * Used by webpack and by the snapshot test, so a function or parameter without a Swedish name, or a Swedish
 * name for one that no longer exists, fails both.
 */
function localize(metadata, table) {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) if (!ids.has(id)) problems.push(`locale-sv.json names ${id}, which functions.json does not have`);
  const functions = metadata.functions.map((f) => {
    const sv = table[f.id];
    if (!sv) {
      problems.push(`function ${f.id} has no Swedish entry in locale-sv.json`);
      return f;
    }
    // Excel shows the parameter names in the formula tooltip: Swedish Excel gets Swedish ones, as the README lists.
    const parameters = (f.parameters || []).map((p) => {
      const svp = sv.parameters && sv.parameters[p.name];
      if (!svp || !svp.name || !svp.description) {
        problems.push(`${f.id}: parameter ${p.name} has no Swedish name and description`);
        return p;
      }
      return { ...p, name: svp.name, description: svp.description };
    });
    for (const name of Object.keys(sv.parameters || {})) {
      if (!(f.parameters || []).some((p) => p.name === name)) problems.push(`${f.id}: locale-sv.json describes unknown parameter ${name}`);
    }
    return { ...f, name: sv.name, description: sv.description, parameters };
  });
  const names = new Set();
  for (const f of functions) {
    if (names.has(f.name)) problems.push(`Swedish name ${f.name} is used twice`);
    names.add(f.name);
  }
  if (problems.length > 0) throw new Error(`Swedish function metadata:\n- ${problems.join("\n- ")}`);
  return { ...metadata, functions };
}

/** webpack plugin: emits functions-sv.json next to functions.json. */
class SwedishFunctionsMetadataPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    const { sources, Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("SwedishFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "SwedishFunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.options.input);
        if (!asset) return; // the metadata plugin already reported why it wrote nothing
        try {
          const table = JSON.parse(require("fs").readFileSync(this.options.table, "utf8"));
          compilation.fileDependencies.add(this.options.table);
          const sv = localize(JSON.parse(asset.source.source().toString()), table);
          compilation.emitAsset(this.options.output, new sources.RawSource(JSON.stringify(sv, null, 4)));
        } catch (e) {
          compilation.errors.push(new WebpackError(e.message));
        }
      });
    });
  }
}

module.exports = { localize, SwedishFunctionsMetadataPlugin };
