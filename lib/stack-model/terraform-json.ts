/**
 * The one description of the Terraform JSON this project reads: the
 * synthesized configuration cdktf writes (cdktf.out/stacks/<env>/cdk.tf.json;
 * read by the summary, the sandbox and the plan review) and a saved plan
 * shown with `terraform show -json` (format_version 1.x; the plan review).
 */

export type PlanAction = "create" | "read" | "update" | "delete" | "no-op" | "forget";

/** One change as Terraform writes it; values are as loose as JSON. */
export interface PlanResourceChange {
  readonly address: string;
  readonly mode?: "managed" | "data";
  readonly type: string;
  readonly name: string;
  readonly index?: unknown;
  readonly action_reason?: string;
  readonly change: {
    readonly actions: readonly PlanAction[];
    readonly before?: unknown;
    readonly after?: unknown;
    readonly after_unknown?: unknown;
    readonly before_sensitive?: unknown;
    readonly after_sensitive?: unknown;
    readonly replace_paths?: readonly (readonly (string | number)[])[];
    /** Set when the change imports an existing object (an `import` block). */
    readonly importing?: { readonly id?: string };
  };
}

export interface PlanStateResource {
  readonly address: string;
  readonly mode?: string;
  readonly type: string;
  readonly name: string;
  readonly values?: unknown;
  readonly sensitive_values?: unknown;
}

export interface PlanStateModule {
  readonly resources?: readonly PlanStateResource[];
  readonly child_modules?: readonly PlanStateModule[];
}

/** An output as `planned_values` / `prior_state` list it. */
export interface PlanStateOutput {
  readonly sensitive?: boolean;
  readonly value?: unknown;
}

/** The values part of `planned_values` and `prior_state`. */
export interface PlanStateValues {
  readonly outputs?: Readonly<Record<string, PlanStateOutput>>;
  readonly root_module?: PlanStateModule;
}

/** An output change: the same before/after/sensitive shape as a resource change. */
export interface PlanOutputChange {
  readonly actions?: readonly PlanAction[];
  readonly before?: unknown;
  readonly after?: unknown;
  readonly before_sensitive?: unknown;
  readonly after_sensitive?: unknown;
}

export interface TerraformPlan {
  readonly format_version: string;
  readonly terraform_version?: string;
  readonly applyable?: boolean;
  readonly complete?: boolean;
  readonly errored?: boolean;
  readonly resource_changes?: readonly PlanResourceChange[];
  readonly resource_drift?: readonly PlanResourceChange[];
  readonly output_changes?: Readonly<Record<string, PlanOutputChange>>;
  readonly planned_values?: PlanStateValues;
  readonly prior_state?: { readonly values?: PlanStateValues };
  /** Input variable values; which of them are sensitive is in `configuration.root_module.variables`. */
  readonly variables?: Readonly<Record<string, { readonly value?: unknown }>>;
  readonly configuration?: {
    readonly root_module?: { readonly variables?: Readonly<Record<string, { readonly sensitive?: boolean }>> };
  };
}

/** cdktf's per-resource metadata (the `//` key of every resource in cdk.tf.json). */
export interface CdktfResourceMetadata {
  readonly metadata?: { readonly path?: string; readonly uniqueId?: string };
}

/** One resource, data source or nested block: attributes as loose as JSON. */
export type Block = Readonly<Record<string, unknown>>;

/** cdk.tf.json: `resource.<type>.<name> = { ...attributes, "//": metadata }`. */
export interface SynthesizedStack {
  readonly "//"?: { readonly metadata?: { readonly stackName?: string } };
  readonly resource?: Readonly<Record<string, Readonly<Record<string, Block>>>>;
  readonly data?: Readonly<Record<string, Readonly<Record<string, Block>>>>;
  readonly output?: Readonly<Record<string, { readonly value: unknown; readonly sensitive?: boolean }>>;
  readonly terraform?: unknown;
}
