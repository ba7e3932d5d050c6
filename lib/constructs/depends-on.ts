import { type ITerraformDependable, type TerraformResource, dependable } from "cdktf";

/**
 * Makes `resource` depend on `targets`. Terraform reads `depends_on` as a
 * list of static references (`oci_x.name`), never interpolations
 * (`"${oci_x.name}"`, which `terraform init` rejects); cdktf's `dependable()`
 * renders the static form. The only way this project sets `depends_on`
 * (eslint forbids assigning `dependsOn` directly).
 */
export function dependOn(resource: TerraformResource, ...targets: readonly ITerraformDependable[]): void {
  // eslint-disable-next-line no-restricted-syntax -- the one sanctioned place
  resource.dependsOn = [...(resource.dependsOn ?? []), ...targets.map((t) => dependable(t))];
}
