/**
 * The allow-list the privileged plan job applies to a pull request's
 * synthesized configuration: every real stack passes, every forbidden
 * construct is refused with one line naming the file and the address.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkArtifact, checkStackConfig, expectedFromStack, formatViolation, type ExpectedStack } from "../../lib/pipeline/allow-list";
import { templateExpressions } from "../../lib/pipeline/expressions";
import { ENVIRONMENTS } from "../../stacks";
import { synthEnv } from "../helpers/synth";
import { nonEmpty } from "../helpers/non-empty";

const FILE = "stacks/dev/cdk.tf.json";
const S3 = {
  s3: {
    bucket: "oic-access-state",
    key: "oic-access/dev/terraform.tfstate",
    region: "us-ashburn-1",
    endpoints: { s3: "https://examplens.compat.objectstorage.us-ashburn-1.oraclecloud.com" },
    use_path_style: true,
  },
};
const EXPECTED: ExpectedStack = { backend: S3, providerVersion: "7.27.0" };

/** A minimal stack that passes; each test adds one forbidden thing. */
function base(): Record<string, any> {
  return {
    "//": { metadata: { stackName: "dev" } },
    terraform: {
      backend: structuredClone(S3),
      required_providers: { oci: { source: "registry.terraform.io/oracle/oci", version: "7.27.0" } },
    },
    provider: { oci: [{ region: "us-ashburn-1", auth: "${var.oci_auth}", config_file_profile: "${var.oci_config_file_profile}" }] },
    variable: { oci_auth: { type: "string", default: "ApiKey" }, oci_config_file_profile: { type: "string", default: "DEFAULT" } },
    resource: {
      oci_identity_domains_app: {
        app_cc: { display_name: "cc", idcs_endpoint: "https://idcs.example.com", "//": { metadata: { path: "dev/cc/app" } } },
      },
      oci_identity_domains_grant: {
        grant: { app: [{ value: "${data.oci_identity_domains_app_roles.roles.app_roles[0].id}" }], depends_on: ["oci_identity_domains_app.app_cc"] },
      },
    },
    data: { oci_identity_domains_app_roles: { roles: { idcs_endpoint: "https://idcs.example.com" } } },
    output: {
      client_id: { value: "${oci_identity_domains_app.app_cc.name}" },
      client_secret: { value: "${oci_identity_domains_app.app_cc.client_secret}", sensitive: true },
    },
  };
}

const check = (stack: unknown) => checkStackConfig(stack, FILE, EXPECTED);
const lines = (stack: unknown) => check(stack).map(formatViolation);

describe("allow-list: synthesized stacks", () => {
  it("the minimal stack passes", () => {
    expect(lines(base())).toEqual([]);
  });

  it.each(ENVIRONMENTS.map((e) => e.name))("the real %s stack passes against its own base-branch expectation", (name) => {
    const config = ENVIRONMENTS.find((e) => e.name === name)!;
    const { parsed } = synthEnv(config);
    expect(checkStackConfig(parsed, `stacks/${name}/cdk.tf.json`, expectedFromStack(parsed)).map(formatViolation)).toEqual([]);
  });
});

describe("allow-list: each forbidden construct is refused with file, address and reason", () => {
  const cases: [string, (s: Record<string, any>) => void, RegExp][] = [
    ["an external data source", (s) => (s.data.external = { x: { program: ["sh", "-c", "cat ~/.oci/oci_api_key.pem"] } }), /^stacks\/dev\/cdk\.tf\.json: data\.external\.x: data source external is not from oracle\/oci/],
    ["an http data source", (s) => (s.data.http = { leak: { url: "https://attacker.example" } }), /: data\.http\.leak: data source http is not from oracle\/oci/],
    ["terraform_remote_state", (s) => (s.data.terraform_remote_state = { prod: { backend: "s3", config: {} } }), /: data\.terraform_remote_state\.prod: terraform_remote_state reads another state/],
    ["a secret-reading OCI data source", (s) => (s.data.oci_secrets_secretbundle = { b: { secret_id: "ocid1.vaultsecret" } }), /: data\.oci_secrets_secretbundle\.b: data source oci_secrets_secretbundle reads secret contents/],
    ["a null_resource (another provider)", (s) => (s.resource.null_resource = { n: {} }), /: null_resource\.n: resource type null_resource is not from oracle\/oci/],
    ["a local-exec provisioner", (s) => (s.resource.terraform_data = { run: { provisioner: [{ "local-exec": { command: "env" } }] } }), /: terraform_data\.run: provisioners \(local-exec\) are not allowed/],
    ["a remote-exec provisioner with a connection", (s) => (s.resource.oci_identity_domains_app.app_cc.connection = { host: "x" }), /: oci_identity_domains_app\.app_cc: connection blocks are not allowed/],
    ["a module", (s) => (s.module = { evil: { source: "git::https://example.com/x.git" } }), /: module\.evil: modules are not allowed/],
    ["a check block", (s) => (s.check = { c: { data: { http: {} } } }), /: check\.c: check blocks are not allowed/],
    ["a removed block", (s) => (s.removed = [{ from: "x.y" }]), /: removed: removed blocks are not allowed/],
    ["another provider in required_providers", (s) => (s.terraform.required_providers.external = { source: "hashicorp/external" }), /: terraform\.required_providers\.external: provider "external" \(hashicorp\/external\) is not allowed/],
    ["the oci provider from another source", (s) => (s.terraform.required_providers.oci.source = "evil/oci"), /: terraform\.required_providers\.oci: source must be oracle\/oci/],
    ["an unpinned oci version", (s) => (s.terraform.required_providers.oci.version = ">= 7.0"), /: terraform\.required_providers\.oci: version must be exactly 7\.27\.0/],
    ["a local backend", (s) => (s.terraform.backend = { local: { path: "x" } }), /: terraform\.backend: backend "local" is not the expected "s3" backend/],
    ["an s3 backend pointing elsewhere", (s) => (s.terraform.backend.s3.endpoints.s3 = "https://attacker.example"), /: terraform\.backend: the s3 backend differs from the one the base branch configures/],
    ["another state key", (s) => (s.terraform.backend.s3.key = "oic-access/prod/terraform.tfstate"), /: terraform\.backend: the s3 backend differs/],
    ["terraform cloud", (s) => (s.terraform.cloud = { organization: "x" }), /: terraform\.cloud: terraform\.cloud is not allowed/],
    ["a provider block of another provider", (s) => (s.provider.aws = [{ region: "x" }]), /: provider\.aws: provider "aws" is not allowed/],
    ["a key file in the provider", (s) => (s.provider.oci[0].private_key_path = "/home/runner/.oci/key.pem"), /: provider\.oci: provider argument private_key_path is not allowed/],
    ["file() in an attribute", (s) => (s.resource.oci_identity_domains_app.app_cc.description = "${file(\"~/.oci/oci_api_key.pem\")}"), /: oci_identity_domains_app\.app_cc: function file\(\) is not on the allow-list/],
    ["filebase64() nested in a string literal", (s) => (s.resource.oci_identity_domains_app.app_cc.description = '${upper("${filebase64("/etc/hosts")}")}'), /: function filebase64\(\) is not on the allow-list/],
    ["templatefile() in a local", (s) => (s.locals = { t: "${templatefile(\"x.tpl\", {})}" }), /: locals: function templatefile\(\) is not on the allow-list/],
    ["nonsensitive() in an output", (s) => (s.output.client_secret.value = "${nonsensitive(oci_identity_domains_app.app_cc.client_secret)}"), /: output\.client_secret: function nonsensitive\(\) is not on the allow-list/],
    ["a provider-defined function", (s) => (s.locals = { t: "${provider::oci::anything(1)}" }), /: locals: provider-defined function provider::oci::anything\(\) is not allowed/],
    ["a client secret copied into a redirect URI", (s) => (s.resource.oci_identity_domains_app.app_cc.redirect_uris = ["https://x/${base64encode(oci_identity_domains_app.app_cc.client_secret)}"]), /: oci_identity_domains_app\.app_cc: reference to secret attribute oci_identity_domains_app\.app_cc\.client_secret outside a sensitive output/],
    ["a client secret in a non-sensitive output", (s) => (s.output.client_secret.sensitive = false), /: output\.client_secret: reference to secret attribute/],
    ["a whole resource object jsonencoded", (s) => (s.output.all = { value: "${jsonencode(oci_identity_domains_app.app_cc)}" }), /: output\.all: whole-object reference oci_identity_domains_app\.app_cc is not allowed/],
    ["a secret through self in a condition", (s) => (s.resource.oci_identity_domains_app.app_cc.lifecycle = { postcondition: [{ condition: "${self.client_secret == \"\"}", error_message: "x" }] }), /: reference to secret attribute self\.client_secret/],
    ["a resource bound to another provider", (s) => (s.resource.oci_identity_domains_app.app_cc.provider = "aws.x"), /: oci_identity_domains_app\.app_cc provider: resources may use only the oci provider/],
    ["an interpolated depends_on", (s) => (s.resource.oci_identity_domains_grant.grant.depends_on = ["${file(\"x\")}"]), /: oci_identity_domains_grant\.grant depends_on: depends_on takes static references only/],
    ["a forbidden function in an object key", (s) => (s.resource.oci_identity_domains_app.app_cc.freeform_tags = { "${file(\"/etc/passwd\")}": "x" }), /: function file\(\) is not on the allow-list/],
  ];

  it.each(cases)("%s", (_what, mutate, expected) => {
    const stack = base();
    mutate(stack);
    const found = lines(stack);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((l) => expected.test(l))).toBe(true);
    // One line each: no newline in a reason.
    for (const l of nonEmpty(found, "finding")) expect(l).not.toContain("\n");
  });

  it("allows a secret reference inside a sensitive output, and plain functions anywhere", () => {
    const stack = base();
    stack.locals = { names: "${join(\",\", [oci_identity_domains_app.app_cc.name])}", n: "${length(self.app_roles) == 1}" };
    expect(lines(stack)).toEqual([]);
  });

  it("does not mistake words in string literals for calls", () => {
    const stack = base();
    stack.resource.oci_identity_domains_app.app_cc.description = '${format("Allow group file(x) to read %s", "y")} and file(this) outside';
    expect(lines(stack)).toEqual([]);
  });

  it("reports a stack that is not an object", () => {
    expect(lines([])).toEqual([`${FILE}: (file): not a JSON object`]);
  });
});

describe("allow-list: template scanner", () => {
  it("finds nested interpolations and skips escapes", () => {
    expect(templateExpressions('a ${x} $${not} %{ if y }b%{ endif } ${f("${g(1)}")}')).toEqual([
      "x",
      " if y ",
      " endif ",
      "g(1)",
      'f("")',
    ]);
  });
});

describe("allow-list: the artifact", () => {
  let dir: string;
  const stackJson = JSON.stringify(base());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "allow-list-"));
    mkdirSync(join(dir, "stacks", "dev"), { recursive: true });
    writeFileSync(join(dir, "manifest.json"), "{}");
    writeFileSync(join(dir, "stacks", "dev", "cdk.tf.json"), stackJson);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const run = (envs = ["dev"]) => checkArtifact(dir, envs, (env) => (env === "dev" ? EXPECTED : undefined)).map(formatViolation);

  it("passes when it holds manifest.json and stacks/<env>/cdk.tf.json only", () => {
    expect(run()).toEqual([]);
  });

  it.each([
    ["an override file", "stacks/dev/main_override.tf.json", /stacks\/dev\/main_override\.tf\.json: \(file\): override files are not allowed/],
    ["an extra .tf file", "stacks/dev/extra.tf", /stacks\/dev\/extra\.tf: \(file\): extra Terraform files are not allowed/],
    ["a tfvars file", "stacks/dev/terraform.tfvars", /extra Terraform files are not allowed/],
    ["a lock file", "stacks/dev/.terraform.lock.hcl", /stacks\/dev\/\.terraform\.lock\.hcl: \(file\): unexpected file in the artifact/],
    ["a plugin directory", "stacks/dev/.terraform/providers/x", /stacks\/dev\/\.terraform: \(directory\): unexpected directory/],
    ["a file at the top", "run.sh", /^run\.sh: \(file\): unexpected file/],
  ])("refuses %s", (_what, path, expected) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), "x");
    expect(run().some((l) => expected.test(l))).toBe(true);
  });

  it("refuses a symbolic link, even one named like the stack", () => {
    rmSync(join(dir, "stacks", "dev", "cdk.tf.json"));
    writeFileSync(join(dir, "real.json"), stackJson);
    symlinkSync(join(dir, "real.json"), join(dir, "stacks", "dev", "cdk.tf.json"));
    const found = run();
    expect(found).toContain("stacks/dev/cdk.tf.json: (file): symbolic links are not allowed in the artifact");
  });

  it("refuses an environment that is missing, unknown to the base branch, or not JSON", () => {
    expect(run(["test"])).toEqual(["stacks/test/cdk.tf.json: (file): missing: the pull request did not synthesize this environment"]);
    mkdirSync(join(dir, "stacks", "staging"));
    writeFileSync(join(dir, "stacks", "staging", "cdk.tf.json"), stackJson);
    expect(run(["staging"])).toEqual(["stacks/staging/cdk.tf.json: (file): environment staging does not exist on the base branch: it is planned after merge"]);
    writeFileSync(join(dir, "stacks", "dev", "cdk.tf.json"), "{ not json");
    expect(run()).toEqual(["stacks/dev/cdk.tf.json: (file): not valid JSON"]);
  });

  it("checks the stack content too", () => {
    const s = base();
    s.data.external = { x: {} };
    writeFileSync(join(dir, "stacks", "dev", "cdk.tf.json"), JSON.stringify(s));
    expect(run()).toEqual(["stacks/dev/cdk.tf.json: data.external.x: data source external is not from oracle/oci (only OCI types and terraform_data)"]);
  });
});
