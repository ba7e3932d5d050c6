/**
 * What a resource is in mission terms (client app, grant, trusted app,
 * signing key, function), from its type and attributes. Used to group a
 * plan when the construct path is not known, and by the risk rules.
 */

import { GRANT_TYPES } from "../../contract/identity-domain";

export const JWT_BEARER_GRANT = GRANT_TYPES.jwtBearer;

export type ResourceKind =
  | "client-app"
  | "trusted-app"
  | "grant"
  | "certificate"
  | "signing-key"
  | "function"
  | "policy"
  | "dynamic-group"
  | "other";

/** Heading of each kind when resources are grouped without construct paths. */
export const KIND_LABELS: Readonly<Record<ResourceKind, string>> = {
  "client-app": "Client apps",
  "trusted-app": "Trusted app",
  grant: "Grants",
  certificate: "Trusted app",
  "signing-key": "Signing key",
  function: "Function",
  policy: "Function",
  "dynamic-group": "Function",
  other: "Other",
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** `attributes` is the after value (or before, for a delete). */
export function classifyResource(type: string, attributes: unknown): ResourceKind {
  switch (type) {
    case "oci_identity_domains_app": {
      const attrs = isRecord(attributes) ? attributes : {};
      const trusted = attrs.client_type === "trusted" || strings(attrs.allowed_grants).includes(JWT_BEARER_GRANT);
      return trusted ? "trusted-app" : "client-app";
    }
    case "oci_identity_domains_grant":
      return "grant";
    case "oci_identity_domains_oauth_client_certificate":
      return "certificate";
    case "oci_kms_vault":
    case "oci_kms_key":
    case "oci_kms_key_version":
      return "signing-key";
    case "oci_functions_application":
    case "oci_functions_function":
      return "function";
    case "oci_identity_policy":
      return "policy";
    case "oci_identity_dynamic_group":
    case "oci_identity_domains_dynamic_resource_group":
      return "dynamic-group";
    default:
      return "other";
  }
}
