/**
 * OCI region identifiers and their short keys (Oracle's "Regions and
 * Availability Domains" table), to tell when an environment's `region`
 * disagrees with the regions its OCIDs and hosts name. A region missing here
 * is simply not checked.
 */
export const REGION_KEYS: Readonly<Record<string, string>> = {
  "af-johannesburg-1": "jnb",
  "ap-chuncheon-1": "yny",
  "ap-hyderabad-1": "hyd",
  "ap-melbourne-1": "mel",
  "ap-mumbai-1": "bom",
  "ap-osaka-1": "kix",
  "ap-seoul-1": "icn",
  "ap-singapore-1": "sin",
  "ap-singapore-2": "xsp",
  "ap-sydney-1": "syd",
  "ap-tokyo-1": "nrt",
  "ca-montreal-1": "yul",
  "ca-toronto-1": "yyz",
  "eu-amsterdam-1": "ams",
  "eu-frankfurt-1": "fra",
  "eu-madrid-1": "mad",
  "eu-marseille-1": "mrs",
  "eu-milan-1": "lin",
  "eu-paris-1": "cdg",
  "eu-stockholm-1": "arn",
  "eu-zurich-1": "zrh",
  "il-jerusalem-1": "mtz",
  "me-abudhabi-1": "auh",
  "me-dubai-1": "dxb",
  "me-jeddah-1": "jed",
  "me-riyadh-1": "ruh",
  "mx-monterrey-1": "mty",
  "mx-queretaro-1": "qro",
  "sa-bogota-1": "bog",
  "sa-santiago-1": "scl",
  "sa-saopaulo-1": "gru",
  "sa-valparaiso-1": "vap",
  "sa-vinhedo-1": "vcp",
  "uk-cardiff-1": "cwl",
  "uk-london-1": "lhr",
  "us-ashburn-1": "iad",
  "us-chicago-1": "ord",
  "us-phoenix-1": "phx",
  "us-sanjose-1": "sjc",
};

const BY_KEY = new Map(Object.entries(REGION_KEYS).map(([region, key]) => [key, region]));

/** The region a key or identifier names, when known: `iad` and `us-ashburn-1` both give `us-ashburn-1`. */
export function regionOf(keyOrId: string): string | undefined {
  const lower = keyOrId.toLowerCase();
  if (REGION_KEYS[lower]) return lower;
  return BY_KEY.get(lower);
}

/** The region segment of a regional OCID (`ocid1.<type>.oc1.<region>.<id>`); undefined for global ones. */
export function ocidRegion(ocid: string): string | undefined {
  const parts = ocid.split(".");
  return parts.length >= 5 && parts[3] !== "" ? regionOf(parts[3]) : undefined;
}

/** The region a host names: `<key>.ocir.io`, or a `.<region-id>.` label (OIC, Vault endpoints). */
export function hostRegion(host: string): string | undefined {
  const labels = host.toLowerCase().split(".");
  if (labels.length >= 3 && labels.at(-2) === "ocir" && labels.at(-1) === "io") return regionOf(labels.at(-3)!);
  for (const label of labels) if (REGION_KEYS[label]) return label;
  return undefined;
}
