/**
 * Production manifests: the source manifest uses the dev origin https://localhost:3000/; a build for another
 * origin (ADDIN_URL) rewrites every URL. Refuses non-https origins, which Office would reject anyway.
 */
const DEV_URL = "https://localhost:3000/";

function rewriteManifest(xml, origin) {
  if (!origin || origin === DEV_URL) return xml;
  const url = origin.endsWith("/") ? origin : `${origin}/`;
  if (!/^https:\/\/[^/\s"<>]+\/([^\s"<>]*\/)?$/.test(url)) throw new Error(`ADDIN_URL must be an https URL, got "${origin}"`);
  return xml.split(DEV_URL).join(url);
}

module.exports = { DEV_URL, rewriteManifest };
