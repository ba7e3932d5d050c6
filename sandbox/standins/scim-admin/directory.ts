/**
 * The in-memory directory behind the SCIM admin stand-in: resources of the
 * six types `adopt` and `doctor` read, stored as the JSON the identity
 * domain's admin API returns (camelCase attributes, `schemas`, `id`, `meta`),
 * per the identity domains REST API reference (Apps, Grants, AppRoles,
 * Users, Groups, OAuthClientCertificates).
 *
 * Helpers build the shapes a console user leaves behind; tests change them
 * freely (`update`, `remove`) to plant the mistakes the commands must name.
 */
import { randomBytes, X509Certificate } from "node:crypto";
import { CodedError, ERROR_CODES } from "../../../contract/errors";

export const SCIM_RESOURCE_TYPES = ["Apps", "Grants", "AppRoles", "Users", "Groups", "OAuthClientCertificates"] as const;
export type ScimResourceType = (typeof SCIM_RESOURCE_TYPES)[number];

export type ScimResource = Record<string, unknown> & { id: string; schemas: string[] };

const SCHEMA: Record<ScimResourceType, string> = {
  Apps: "urn:ietf:params:scim:schemas:oracle:idcs:App",
  Grants: "urn:ietf:params:scim:schemas:oracle:idcs:Grant",
  AppRoles: "urn:ietf:params:scim:schemas:oracle:idcs:AppRole",
  Users: "urn:ietf:params:scim:schemas:core:2.0:User",
  Groups: "urn:ietf:params:scim:schemas:core:2.0:Group",
  OAuthClientCertificates: "urn:ietf:params:scim:schemas:oracle:idcs:OAuthClientCertificate",
};

const RESOURCE_TYPE_NAME: Record<ScimResourceType, string> = {
  Apps: "App",
  Grants: "Grant",
  AppRoles: "AppRole",
  Users: "User",
  Groups: "Group",
  OAuthClientCertificates: "OAuthClientCertificate",
};

const OIC_ROLE_NAMES = ["ServiceAdministrator", "ServiceDeveloper", "ServiceMonitor", "ServiceDeployer", "ServiceUser", "ServiceInvoker", "ServiceViewer"];

export interface ClientAppSpec {
  name: string;
  displayName?: string;
  description?: string;
  clientType?: "confidential" | "trusted" | "public";
  allowedGrants: string[];
  /** Fully qualified scopes (`allowedScopes[].fqs`). */
  scopes: string[];
  redirectUris?: string[];
  active?: boolean;
  /** Certificate aliases on the app (trusted apps). */
  certificateAliases?: string[];
  /** @default "CustomWebAppTemplateId" */
  template?: string;
}

function newId(): string {
  return randomBytes(16).toString("hex");
}

export class ScimDirectory {
  private readonly store = new Map<ScimResourceType, Map<string, ScimResource>>(SCIM_RESOURCE_TYPES.map((t) => [t, new Map()]));

  list(type: ScimResourceType): ScimResource[] {
    return [...this.store.get(type)!.values()];
  }

  get(type: ScimResourceType, id: string): ScimResource | undefined {
    return this.store.get(type)!.get(id);
  }

  /** Adds a resource; `id`, `ocid`, `schemas` and `meta` are filled in as the domain does. */
  add(type: ScimResourceType, attributes: Record<string, unknown>): ScimResource {
    const id = typeof attributes.id === "string" ? attributes.id : newId();
    const now = new Date().toISOString();
    const resource: ScimResource = {
      schemas: [SCHEMA[type]],
      ocid: `ocid1.domainapp.oc1.iad.standin${id.slice(0, 20)}`,
      meta: { resourceType: RESOURCE_TYPE_NAME[type], created: now, lastModified: now, location: `/admin/v1/${type}/${id}` },
      ...attributes,
      id,
    };
    this.store.get(type)!.set(id, resource);
    return resource;
  }

  update(type: ScimResourceType, id: string, patch: Record<string, unknown>): ScimResource {
    const current = this.get(type, id);
    if (!current) throw new CodedError(ERROR_CODES.standin, `scim stand-in: no ${type} with id ${id}`);
    const next = { ...current, ...patch, id } as ScimResource;
    this.store.get(type)!.set(id, next);
    return next;
  }

  remove(type: ScimResourceType, id: string): void {
    this.store.get(type)!.delete(id);
  }

  find(type: ScimResourceType, key: string, value: unknown): ScimResource | undefined {
    return this.list(type).find((r) => r[key] === value);
  }

  /** The OIC instance's IAM app ("Oracle Cloud Service" app) with its seven app roles. */
  addOicApp(audience: string, options: { allowOffline?: boolean; name?: string; id?: string } = {}): ScimResource {
    const app = this.add("Apps", {
      ...(options.id ? { id: options.id } : {}),
      name: options.name ?? `OICINST_${newId().slice(0, 8)}`,
      displayName: "oic-instance",
      active: true,
      isOAuthResource: true,
      isOPCService: true,
      audience,
      allowOffline: options.allowOffline ?? true,
      scopes: [{ value: "urn:opc:resource:consumer::all", fqs: `${audience}urn:opc:resource:consumer::all` }],
      basedOnTemplate: { value: "OPCServiceTemplateId" },
    });
    for (const role of OIC_ROLE_NAMES) {
      this.add("AppRoles", { displayName: role, app: { value: app.id, display: app.displayName } });
    }
    return app;
  }

  /** A client app as the console makes it; confidential apps get a secret (which readers must never copy). */
  addClientApp(spec: ClientAppSpec): ScimResource {
    const clientType = spec.clientType ?? "confidential";
    return this.add("Apps", {
      name: spec.name,
      displayName: spec.displayName ?? spec.name,
      description: spec.description,
      active: spec.active ?? true,
      isOAuthClient: true,
      clientType,
      allowedGrants: spec.allowedGrants,
      redirectUris: spec.redirectUris,
      allowedScopes: spec.scopes.map((fqs) => ({ fqs })),
      certificates: spec.certificateAliases?.map((certAlias) => ({ certAlias })),
      basedOnTemplate: { value: spec.template ?? "CustomWebAppTemplateId" },
      ...(clientType === "confidential" ? { clientSecret: randomBytes(24).toString("base64url") } : {}),
    });
  }

  addUser(userName: string): ScimResource {
    return this.add("Users", { userName, active: true, name: { familyName: userName } });
  }

  addGroup(displayName: string, memberIds: string[] = []): ScimResource {
    return this.add("Groups", { displayName, members: memberIds.map((value) => ({ value, type: "User" })) });
  }

  roleId(appId: string, roleName: string): string {
    const role = this.list("AppRoles").find((r) => (r.app as { value: string }).value === appId && r.displayName === roleName);
    if (!role) throw new CodedError(ERROR_CODES.standin, `scim stand-in: app ${appId} has no role ${roleName}`);
    return role.id;
  }

  /** An app-role grant as the console's "Assign users/groups/applications" makes it. */
  addGrant(resourceAppId: string, roleName: string, grantee: { type: "App" | "User" | "Group"; id: string }): ScimResource {
    const mechanism = { App: "ADMINISTRATOR_TO_APP", User: "ADMINISTRATOR_TO_USER", Group: "ADMINISTRATOR_TO_GROUP" }[grantee.type];
    return this.add("Grants", {
      grantMechanism: mechanism,
      grantee: { type: grantee.type, value: grantee.id },
      app: { value: resourceAppId },
      entitlement: { attributeName: "appRoles", attributeValue: this.roleId(resourceAppId, roleName) },
      isFulfilled: true,
    });
  }

  /** An imported client certificate; validity dates read from the certificate itself. */
  addCertificate(alias: string, pem: string): ScimResource {
    const x509 = new X509Certificate(pem);
    return this.add("OAuthClientCertificates", {
      certificateAlias: alias,
      x509Base64Certificate: Buffer.from(x509.raw).toString("base64"),
      certStartDate: new Date(x509.validFrom).toISOString(),
      certEndDate: new Date(x509.validTo).toISOString(),
      sha1Thumbprint: x509.fingerprint.replace(/:/g, "").toLowerCase(),
    });
  }
}
