/**
 * Where a fact about oracle/oci 7.27.0 was read: a file of the provider's
 * source (github.com/oracle/terraform-provider-oci at tag v7.27.0) and the
 * function in it. Every row of the offline provider's behaviour tables
 * carries one, so a row can be checked against the code it came from.
 */
export const PROVIDER_SOURCE_TAG = "v7.27.0";

export interface SourceRef {
  /** Path inside the provider repository, e.g. internal/service/kms/kms_key_resource.go. */
  readonly file: string;
  /** The function that holds the fact (a schema constructor, a read function, a helper). */
  readonly fn: string;
}

export function source(file: string, fn: string): SourceRef {
  return { file: file.startsWith("internal/") ? file : `internal/service/${file}`, fn };
}

export function citation(s: SourceRef): string {
  return `${s.file} ${s.fn} (${PROVIDER_SOURCE_TAG})`;
}
