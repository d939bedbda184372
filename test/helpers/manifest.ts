import { DOMParser } from "@xmldom/xmldom";

/** Parses an add-in manifest and fails on any XML error (xmldom only warns by default). */
export function parseManifest(xml: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => problems.push(`${level}: ${msg}`) }).parseFromString(xml, "text/xml");
  if (problems.length > 0) throw new Error(`manifest.xml is not well-formed:\n${problems.join("\n")}`);
  return doc as unknown as Document;
}

export const all = (doc: Document | Element, tag: string): Element[] => Array.from(doc.getElementsByTagName(tag) as unknown as ArrayLike<Element>);

/** Every resource id the manifest defines, with its value (the DefaultValue). */
export function resources(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const tag of ["bt:Image", "bt:Url", "bt:String"]) for (const el of all(doc, tag)) if (el.getAttribute("id")) out.set(el.getAttribute("id")!, el.getAttribute("DefaultValue")!);
  return out;
}

/** Every resid the manifest refers to. */
export function references(doc: Document): string[] {
  return all(doc, "*").flatMap((el) => (el.getAttribute("resid") ? [el.getAttribute("resid")!] : []));
}

/** Every URL in the manifest (DefaultValue/Value attributes that look like URLs). */
export function urls(doc: Document): string[] {
  return all(doc, "*").flatMap((el) => ["DefaultValue", "Value"].map((a) => el.getAttribute(a) ?? "").filter((v) => /^[a-z]+:\/\//i.test(v)));
}
