/** Diagnostics and attribute paths in the protocol's shapes (as proto-loader objects). */

export type PathStep = { attribute_name: string } | { element_key_string: string } | { element_key_int: number };

export interface AttributePath {
  steps: PathStep[];
}

export interface Diagnostic {
  severity: "ERROR" | "WARNING";
  summary: string;
  detail: string;
  attribute?: AttributePath;
}

/** A path part: an attribute name, a list/set index, or a map key. */
export type PathPart = string | number | { readonly key: string };

export function attributePath(...parts: PathPart[]): AttributePath {
  return {
    steps: parts.map((p) => (typeof p === "string" ? { attribute_name: p } : typeof p === "number" ? { element_key_int: p } : { element_key_string: p.key })),
  };
}

export function error(summary: string, detail: string, path?: AttributePath): Diagnostic {
  return { severity: "ERROR", summary, detail, ...(path ? { attribute: path } : {}) };
}

export function warning(summary: string, detail: string, path?: AttributePath): Diagnostic {
  return { severity: "WARNING", summary, detail, ...(path ? { attribute: path } : {}) };
}

/** A path as Terraform prints it, e.g. `key_shape[0].length` (for messages and tests). */
export function pathText(path: AttributePath): string {
  return path.steps
    .map((s, i) => ("attribute_name" in s ? `${i === 0 ? "" : "."}${s.attribute_name}` : "element_key_int" in s ? `[${s.element_key_int}]` : `["${s.element_key_string}"]`))
    .join("");
}
