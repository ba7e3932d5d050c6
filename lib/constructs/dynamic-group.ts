import { Construct, type IConstruct } from "constructs";
import { IdentityDomainsDynamicResourceGroup } from "../../.gen/providers/oci/identity-domains-dynamic-resource-group";
import { IdentityDynamicGroup } from "../../.gen/providers/oci/identity-dynamic-group";
import { SCIM_SCHEMAS, logicalId } from "./identity-domain";

/** A group of OCI resources (not users) that policies grant to. */
export interface IDynamicGroup extends IConstruct {
  /** How a policy statement names it: `<name>` in the Default domain, `'<domain>'/'<name>'` in any other. */
  readonly policyReference: string;
}

/** An identity domain by name and URL. */
export interface IdentityDomainRef {
  /** Domain name as policies write it, e.g. `OracleIdentityCloudService`. */
  readonly name: string;
  /** Domain URL (`idcs_endpoint`). */
  readonly url: string;
}

export interface DynamicGroupProps {
  /** Name, unique among the domain's groups (and, in the Default domain, the tenancy's groups). */
  readonly name: string;
  /** What the group is for (shown in the console). */
  readonly description: string;
  /** Matching rule, e.g. `ALL {resource.type = 'fnfunc', resource.id = '...'}`. */
  readonly matchingRule: string;
  /** Tenancy OCID: a Default-domain dynamic group lives in the root compartment. */
  readonly tenancyId: string;
  /**
   * The identity domain to create the group in. In the Default domain it is
   * an `oci_identity_dynamic_group`; in any other domain an
   * `oci_identity_domains_dynamic_resource_group` created in that domain.
   * @default the Default domain
   */
  readonly domain?: IdentityDomainRef;
  /** Terraform logical id (stable across refactors). @default derived from the construct path */
  readonly logicalId?: string;
}

/**
 * A dynamic group in the Default domain or in another identity domain, with
 * the reference policies use for it.
 */
export class DynamicGroup extends Construct implements IDynamicGroup {
  readonly policyReference: string;
  /** Set in the Default domain. */
  readonly defaultDomainGroup?: IdentityDynamicGroup;
  /** Set in any other domain. */
  readonly domainGroup?: IdentityDomainsDynamicResourceGroup;

  constructor(scope: Construct, id: string, props: DynamicGroupProps) {
    super(scope, id);
    const domain = props.domain && props.domain.name !== "Default" ? props.domain : undefined;
    if (!domain) {
      this.defaultDomainGroup = new IdentityDynamicGroup(this, "group", {
        compartmentId: props.tenancyId,
        name: props.name,
        description: props.description,
        matchingRule: props.matchingRule,
      });
      if (props.logicalId) this.defaultDomainGroup.overrideLogicalId(logicalId(props.logicalId));
      this.policyReference = this.defaultDomainGroup.name;
    } else {
      this.domainGroup = new IdentityDomainsDynamicResourceGroup(this, "group", {
        idcsEndpoint: domain.url,
        schemas: [SCIM_SCHEMAS.dynamicResourceGroup],
        displayName: props.name,
        description: props.description,
        matchingRule: props.matchingRule,
      });
      if (props.logicalId) this.domainGroup.overrideLogicalId(logicalId(props.logicalId));
      // Policies name a group of a non-Default domain as '<domain>'/'<group>'.
      this.policyReference = `'${domain.name}'/'${this.domainGroup.displayName}'`;
    }
  }
}
