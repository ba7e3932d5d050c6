/**
 * The hostile corpus: what a pull request could put in its synthesized
 * configuration to make the privileged plan read files, state or secrets,
 * run programs, or print data into the review or the log. Each case is
 * injected into the real synthesized dev stack (or its artifact directory)
 * and must be refused by check-config with one line, before any Terraform
 * run: check-config then writes nothing, so there is nothing to plan.
 *
 * "Terraform evaluates them" shows, with real Terraform 1.11 and no
 * provider, that the nastiest classes are not theoretical: Terraform merges
 * duplicate keys (also when one is written with a \u escape), evaluates
 * calls with comments inside, references with whitespace and comments
 * inside, and a "//" key inside an expression object, reads "$$${" as
 * "$" and a literal "${", normalizes strings to NFC, reads a lone surrogate as
 * U+FFFD and keeps numbers beyond 2^53 exact; a top-level "//" it never
 * evaluates (that is why check-config accepts any content there).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkEnvironment } from "../../tools/pipeline/check-config";
import { formatViolation } from "../../tools/pipeline/check-stack";
import { TERRAFORM_MISSING } from "../../tools/terraform/errors";
import { environmentStacks } from "./stack-variants";
import { nonEmpty } from "../helpers/non-empty";

const FOREIGN = "https://idcs-attacker0000000000000000000000000.identity.oraclecloud.com";
const KEY_FILE = "~/.oci/oci_api_key.pem";
const APP = "app_dev-oic-vbcs";
const SECRET = `oci_identity_domains_app.${APP}.client_secret`;
const USERS = "data.oci_identity_domains_users.user_integration_tester_example_com";

let devStack: Record<string, any>;
let root: string;
beforeAll(() => {
  devStack = environmentStacks()[0]!.stack;
  root = mkdtempSync(join(tmpdir(), "hostile-corpus-"));
  mkdirSync(join(root, "base", "stacks", "dev"), { recursive: true });
  writeFileSync(join(root, "base", "stacks", "dev", "cdk.tf.json"), JSON.stringify(devStack));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Edit = (s: Record<string, any>) => void;
/** A case: an edit of the parsed stack, of its JSON text, or of the artifact directory. */
type Case = readonly [name: string, change: { stack?: Edit; text?: (json: string) => string; files?: (artifact: string) => void }, reason: RegExp];

const app = (s: Record<string, any>) => s.resource.oci_identity_domains_app[APP];
const vault = (s: Record<string, any>) => s.resource.oci_kms_vault.vault_dev_assertion;
const users = (s: Record<string, any>) => s.data.oci_identity_domains_users.user_integration_tester_example_com;
const replaceOnce = (json: string, find: string, replace: string): string => {
  if (!json.includes(find)) throw new Error(`the dev stack no longer contains ${find}: update the corpus`);
  return json.replace(find, replace);
};
const leak = (expr: string): Edit => (s) => (app(s).description = expr);

const CASES: readonly Case[] = [
  // Duplicate keys, at every level, also written with a \u escape.
  ["duplicate top-level key", { text: (j) => replaceOnce(j, "{\n", `{\n  "data": {"external": {"x": {"program": ["cat", "${KEY_FILE}"]}}},\n`) }, /\(file\): not accepted as JSON: duplicate key "data"/],
  ["duplicate top-level key through a \\u escape", { text: (j) => replaceOnce(j, "{\n", `{\n  "\\u0072esource": {"oci_kms_vault": {"v": {"compartment_id": "x", "display_name": "x"}}},\n`) }, /duplicate key "resource"/],
  ["duplicate resource type", { text: (j) => replaceOnce(j, '"resource": {\n', '"resource": {\n    "oci_kms_vault": {"v2": {"display_name": "x"}},\n') }, /duplicate key "oci_kms_vault"/],
  ["duplicate resource name", { text: (j) => replaceOnce(j, '"oci_kms_vault": {\n', '"oci_kms_vault": {\n      "vault_dev_assertion": {"display_name": "x"},\n') }, /duplicate key "vault_dev_assertion"/],
  ["duplicate argument", { text: (j) => replaceOnce(j, '"display_name": "dev-oic-assertion-vault",', `"display_name": "dev-oic-assertion-vault", "display_n\\u0061me": "\${file(\\"${KEY_FILE}\\")}",`) }, /duplicate key "display_name"/],
  ["duplicate key in a map argument", { text: (j) => replaceOnce(j, '"MODE": "payload",', '"MODE": "payload", "MODE": "token",') }, /duplicate key "MODE"/],
  ["duplicate key in a nested block", { text: (j) => replaceOnce(j, '"algorithm": "RSA",', '"algorithm": "RSA", "algorithm": "AES",') }, /duplicate key "algorithm"/],
  // "//" where Terraform evaluates it.
  ['"//" key inside an expression object (freeform_tags)', { stack: (s) => (vault(s).freeform_tags["//"] = `\${file("${KEY_FILE}")}`) }, /freeform_tags\["\/\/"\]: "\/\/" inside an expression object is evaluated by Terraform/],
  ['"//" key inside a nested block', { stack: (s) => (app(s).based_on_template["//"] = "x") }, /based_on_template\.\/\/: "\/\/" is allowed only at the top level/],
  // Comments and whitespace inside calls and references.
  ["a comment inside a call", { stack: leak(`\${file/**/("${KEY_FILE}")}`) }, /description: expression outside the allowed grammar: .*found a comment/],
  ["whitespace inside a reference", { stack: (s) => (app(s).redirect_uris = [`https://x/\${oci_identity_domains_app . ${APP} . client_secret}`]) }, /redirect_uris\[0\]: expression outside the allowed grammar: .*found whitespace/],
  ["a newline inside a reference", { stack: leak("${oci_kms_key.key_dev_assertion_signing\n.id}") }, /found whitespace/],
  ["a # comment inside an interpolation", { stack: leak("${oci_kms_key.key_dev_assertion_signing.id #\n}") }, /found whitespace/],
  ["a // comment inside a reference", { stack: leak("${oci_kms_key//c\n.key_dev_assertion_signing.id}") }, /found a comment/],
  ["whitespace inside a call", { stack: leak('${jsonencode( "x")}') }, /found whitespace/],
  // Functions and templates.
  ["file()", { stack: leak(`\${file("${KEY_FILE}")}`) }, /function file\(\) is not allowed \(only jsonencode\)/],
  ["a nested template in a string argument", { stack: leak('${jsonencode("${file("/proc/self/environ")}")}') }, /string at character \d+ holds an escape, a quote, "\$"/],
  ["an HCL escape inside a string argument", { stack: leak('${jsonencode("\\u0024{file(1)}")}') }, /holds an escape/],
  ["a provider-defined function", { stack: leak('${provider::oci::anything("x")}') }, /provider-defined functions are not allowed/],
  ["nonsensitive() of a secret in an output", { stack: (s) => (s.output.leak = { value: `\${nonsensitive(${SECRET})}` }) }, /output\.leak\.value: function nonsensitive\(\)/],
  ['an escaped "$${"', { stack: leak('$${file("x")}') }, /escape "\$\$\{" at character 0 is not allowed/],
  ['"$$${" (a "$" and an interpolation for Terraform)', { stack: leak(`$$\${file("${KEY_FILE}")}`) }, /escape "\$\$\{"/],
  ["a %{ for } directive", { stack: leak(`%{ for u in ${USERS}.users }\${u.id}%{ endfor }`) }, /template directive "%\{"/],
  ["a ~ strip marker", { stack: leak("${~oci_kms_key.key_dev_assertion_signing.id}") }, /expected a reference, a call/],
  ["a heredoc inside an interpolation", { stack: leak('${<<EOT\n${file("x")}\nEOT\n}') }, /expected a reference, a call/],
  ["an operator", { stack: leak('${oci_kms_key.key_dev_assertion_signing.id == "x"}') }, /found whitespace/],
  ["a variable reference", { stack: leak("${var.oci_auth}") }, /var\.\* \(variables\) is not allowed/],
  ["a whole-object reference", { stack: leak(`\${jsonencode(oci_identity_domains_app.${APP})}`) }, /must name one attribute of oci_identity_domains_app/],
  ["a reference to an undeclared resource", { stack: leak("${oci_kms_key.other.id}") }, /reference to oci_kms_key\.other, which this stack does not declare/],
  ["a client secret copied into a redirect URI", { stack: (s) => (app(s).redirect_uris = [`https://x/\${${SECRET}}`]) }, /reference to the secret attribute .*client_secret outside a sensitive output/],
  ["a data-source path our constructs do not read", { stack: leak(`\${${USERS}.users[0].emails[0].value}`) }, /is not allowed \(from oci_identity_domains_users only users\[0\]\.id\)/],
  // Outputs.
  ["outputs written as a JSON array", { stack: (s) => (s.output = [{ leak: { value: `\${${SECRET}}` } }]) }, /^stacks\/dev\/cdk\.tf\.json: output: outputs written as a JSON array are not allowed/],
  ["an output block as an array", { stack: (s) => (s.output.leak = [{ value: `\${${SECRET}}` }]) }, /output\.leak: an output must be one JSON object/],
  ["a client secret in a non-sensitive output", { stack: (s) => (s.output.auth_code_client_secret.sensitive = false) }, /output\.auth_code_client_secret\.value: reference to the secret attribute/],
  ["an output precondition whose message prints data", { stack: (s) => (s.output.apps.precondition = [{ condition: "${false}", error_message: `\${${USERS}.users[0].id}` }]) }, /output\.apps\.precondition: precondition is not allowed in an output/],
  // Data sources that read state, secrets, lists, or run things.
  ["the state object", { stack: (s) => (s.data.oci_objectstorage_object = { st: { bucket: "oic-access-state", namespace: "examplens", object: "oic-access/prod/terraform.tfstate" } }) }, /data\.oci_objectstorage_object\.st: data source oci_objectstorage_object is not allowed: it reads Object Storage/],
  ["an object listing", { stack: (s) => (s.data.oci_objectstorage_objects = { l: { bucket: "oic-access-state", namespace: "examplens" } }) }, /reads Object Storage/],
  ["a pre-authenticated request", { stack: (s) => (s.data.oci_objectstorage_preauthrequest = { p: {} }) }, /reads Object Storage/],
  ["the apps listing", { stack: (s) => (s.data.oci_identity_domains_apps = { all: { idcs_endpoint: s.data.oci_identity_domains_users.user_integration_tester_example_com.idcs_endpoint } }) }, /data source oci_identity_domains_apps is not one our constructs read/],
  ["KMS decrypt", { stack: (s) => (s.data.oci_kms_decrypted_data = { d: { ciphertext: "x", crypto_endpoint: "x", key_id: "x" } }) }, /data source oci_kms_decrypted_data is not allowed/],
  ["a secret bundle", { stack: (s) => (s.data.oci_secrets_secretbundle = { b: { secret_id: "ocid1.vaultsecret.x" } }) }, /it reads secrets/],
  ["terraform_remote_state", { stack: (s) => (s.data.terraform_remote_state = { prod: { backend: "s3", config: {} } }) }, /terraform_remote_state is not allowed: it reads another state/],
  ["external", { stack: (s) => (s.data.external = { x: { program: ["sh", "-c", `cat ${KEY_FILE}`] } }) }, /data\.external\.x: data source external is not allowed: it runs a program/],
  ["http", { stack: (s) => (s.data.http = { x: { url: "https://attacker.example" } }) }, /data source http is not allowed/],
  ["an extra argument on an allowed data source", { stack: (s) => (users(s).attribute_sets = ["all"]) }, /attribute_sets is not an argument our constructs give oci_identity_domains_users/],
  ["another environment's integration instance", { stack: (s) => (s.data.oci_integration_integration_instance = { i: { integration_instance_id: "ocid1.integrationinstance.oc1.iad.amaaaaaaexampleprodinstance00000000000000000000000000" } }) }, /data\.oci_integration_integration_instance\.i\.integration_instance_id: must be the integration instance the base branch looks up/],
  ["a widened filter", { stack: (s) => (users(s).user_filter = 'userName sw ""') }, /user_filter: the filter must have the one form/],
  // Conditions and for_each.
  ["a postcondition message with an expression", { stack: (s) => (users(s).lifecycle.postcondition[0].error_message = `\${${USERS}.users[0].id}`) }, /lifecycle: only the postcondition .* with a literal error_message/],
  ["a second postcondition", { stack: (s) => users(s).lifecycle.postcondition.push({ condition: "${false}", error_message: "x" }) }, /only the postcondition/],
  ["a resource precondition", { stack: (s) => (vault(s).lifecycle = { precondition: [{ condition: "${false}", error_message: "x" }] }) }, /only lifecycle \{ prevent_destroy = true \}/],
  ["for_each keys built from a data source", { stack: (s) => (vault(s).for_each = `\${toset([${USERS}.users[0].id])}`) }, /oci_kms_vault\.vault_dev_assertion: for_each is not allowed/],
  ["count", { stack: (s) => (vault(s).count = 2) }, /count is not allowed/],
  // Provider, backend, variables.
  ["a provider region override", { stack: (s) => (s.provider.oci[0].region = "eu-frankfurt-1") }, /^stacks\/dev\/cdk\.tf\.json: provider: the provider block differs .*\(oci\.region\)/],
  ["a provider alias", { stack: (s) => s.provider.oci.push({ alias: "other", region: "eu-frankfurt-1" }) }, /provider: the provider block differs/],
  ["a provider key file", { stack: (s) => (s.provider.oci[0].private_key_path = KEY_FILE) }, /provider block differs .*private_key_path/],
  ["a provider auth override", { stack: (s) => (s.provider.oci[0].auth = "InstancePrincipal") }, /provider block differs .*auth/],
  ["another default for the auth variable", { stack: (s) => (s.variable.oci_auth.default = "ResourcePrincipal") }, /variable: the variable block differs/],
  ["another backend", { stack: (s) => (s.terraform.backend = { local: { path: "/tmp/x" } }) }, /terraform\.backend: the backend differs/],
  ["another provider required", { stack: (s) => (s.terraform.required_providers.external = { source: "hashicorp/external" }) }, /terraform\.required_providers: required_providers must be exactly oracle\/oci/],
  ["an unpinned oci version", { stack: (s) => (s.terraform.required_providers.oci.version = ">= 7") }, /required_providers must be exactly/],
  ["idcs_endpoint of a foreign domain on a resource", { stack: (s) => (app(s).idcs_endpoint = FOREIGN) }, /idcs_endpoint: idcs_endpoint must be one of this environment's identity domains/],
  ["idcs_endpoint of a foreign domain on a data source", { stack: (s) => (users(s).idcs_endpoint = FOREIGN) }, /user_integration_tester_example_com\.idcs_endpoint: idcs_endpoint must be one of/],
  ["idcs_endpoint as an expression", { stack: (s) => (app(s).idcs_endpoint = "${oci_functions_function.fn_dev_assertion.invoke_endpoint}") }, /idcs_endpoint must be one of/],
  // Blocks and arguments our constructs never write.
  ...(["module", "check", "import", "removed", "ephemeral", "locals", "moved"] as const).map(
    (block): Case => [`a ${block} block`, { stack: (s) => (s[block] = { x: {} }) }, new RegExp(`: ${block}\\.x: `)],
  ),
  ["another resource type", { stack: (s) => (s.resource.terraform_data = { run: { input: "x" } }) }, /resource type terraform_data is not one our constructs create/],
  ["a provisioner", { stack: (s) => (vault(s).provisioner = [{ "local-exec": { command: "env" } }]) }, /provisioners are not allowed/],
  ["a provider meta-argument", { stack: (s) => (vault(s).provider = "oci.other") }, /a provider meta-argument is not allowed/],
  ["a read-only attribute", { stack: (s) => (app(s).client_secret = "x") }, /client_secret is read-only in the provider schema/],
  ["an argument outside the schema", { stack: (s) => (vault(s).program = "x") }, /program is not an argument or block of oci_kms_vault/],
  ["an interpolated depends_on", { stack: (s) => (s.resource.oci_functions_function.fn_dev_assertion.depends_on = [`\${${SECRET}}`]) }, /depends_on lists declared resources only/],
  ["a numeric resource name", { text: (j) => replaceOnce(j, '"oci_kms_vault": {\n', '"oci_kms_vault": {\n      "0": {"display_name": "x"},\n') }, /oci_kms_vault\.0: the name is not a Terraform identifier/],
  // What JSON.parse accepts and Terraform reads differently (or not at all).
  ["a byte-order mark", { text: (j) => `\ufeff${j}` }, /starts with a byte-order mark/],
  ["a lone surrogate", { stack: leak("x\ud800y") }, /lone UTF-16 surrogate/],
  ["a string Terraform normalizes (Kelvin sign)", { stack: (s) => (app(s).display_name = "\u212aevin") }, /not in Unicode NFC form/],
  ["a number beyond 2^53", { text: (j) => replaceOnce(j, '"timeout_in_seconds": 30', '"timeout_in_seconds": 12345678901234567890123') }, /number 12345678901234567890123 is not an integer/],
  ["1e400", { text: (j) => replaceOnce(j, '"timeout_in_seconds": 30', '"timeout_in_seconds": 1e400') }, /number 1e400 is not an integer/],
  ["very deep nesting", { stack: (s) => (vault(s).freeform_tags.deep = JSON.parse("[".repeat(200) + "]".repeat(200))) }, /nested deeper than 64 levels/],
  [
    "bytes that are not UTF-8",
    {
      files: (a) => {
        const file = join(a, "stacks/dev/cdk.tf.json");
        const text = readFileSync(file, "utf8");
        const bytes = Buffer.from(text);
        bytes[Buffer.byteLength(text.slice(0, text.indexOf("dev-oic-assertion-vault")))] = 0xff;
        writeFileSync(file, bytes);
      },
    },
    /is not valid UTF-8/,
  ],
  // The artifact around the stack.
  ["an override file", { files: (a) => writeFileSync(join(a, "stacks/dev/main_override.tf.json"), "{}") }, /stacks\/dev\/main_override\.tf\.json: \(file\): override files are not allowed/],
  ["a lock file", { files: (a) => writeFileSync(join(a, "stacks/dev/.terraform.lock.hcl"), "") }, /\.terraform\.lock\.hcl: \(file\): lock files are not allowed/],
  ["a .terraform directory", { files: (a) => mkdirSync(join(a, "stacks/dev/.terraform/providers"), { recursive: true }) }, /stacks\/dev\/\.terraform: \(directory\): unexpected directory/],
  ["a tfvars file", { files: (a) => writeFileSync(join(a, "stacks/dev/terraform.tfvars"), "") }, /extra Terraform files are not allowed/],
  ["an extra .tf file", { files: (a) => writeFileSync(join(a, "stacks/dev/extra.tf"), "") }, /extra Terraform files are not allowed/],
  [
    "the stack as a symbolic link",
    {
      files: (a) => {
        rmSync(join(a, "stacks/dev/cdk.tf.json"));
        symlinkSync(join(root, "base/stacks/dev/cdk.tf.json"), join(a, "stacks/dev/cdk.tf.json"));
      },
    },
    /stacks\/dev\/cdk\.tf\.json: \(file\): symbolic links are not allowed/,
  ],
  ["a symbolic link to a directory", { files: (a) => symlinkSync("/home", join(a, "stacks/dev/home")) }, /stacks\/dev\/home: \(file\): symbolic links are not allowed/],
];

let n = 0;
function artifactWith(change: Case[1]): string {
  const dir = join(root, `artifact-${n++}`);
  mkdirSync(join(dir, "stacks", "dev"), { recursive: true });
  writeFileSync(join(dir, "manifest.json"), "{}");
  const stack = structuredClone(devStack);
  change.stack?.(stack);
  let json = JSON.stringify(stack, null, 2);
  if (change.text) json = change.text(json);
  writeFileSync(join(dir, "stacks", "dev", "cdk.tf.json"), json);
  change.files?.(dir);
  return dir;
}

describe("check-config: the hostile corpus is refused, one line each, before any Terraform run", () => {
  it("the unchanged dev stack passes (the corpus edits a stack that would otherwise be planned)", () => {
    const r = checkEnvironment(artifactWith({}), join(root, "base"), "dev");
    expect(r.violations.map(formatViolation)).toEqual([]);
    expect(r.stack).toBeDefined();
  });

  it.each(CASES)("%s", (_name, change, reason) => {
    const r = checkEnvironment(artifactWith(change), join(root, "base"), "dev");
    const lines = r.violations.map(formatViolation);
    expect(r.stack).toBeUndefined();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => reason.test(l))).not.toEqual([]);
    for (const l of nonEmpty(lines, "violation line")) expect(l).not.toMatch(/[\n\r]/);
  });
});

describe("check-config: Terraform evaluates the nastiest classes (why they matter)", () => {
  it("duplicate keys (one \\u-escaped) merge, calls with comments and references with whitespace or comments read files, '//' in an expression object is evaluated, '$$${' is '$' then a literal '${', strings are NFC-normalized, lone surrogates become U+FFFD, big numbers stay exact, a top-level '//' is not evaluated", () => {
    const dir = join(root, "terraform-console");
    mkdirSync(dir);
    const secretFile = join(dir, "stand-in-secret.txt");
    writeFileSync(secretFile, "STAND-IN-SECRET");
    const f = JSON.stringify(secretFile);
    // Written as text: two top-level "locals" keys, the second one escaped.
    writeFileSync(
      join(dir, "main.tf.json"),
      `{"locals": {"first": 1, "x": {"y": "from-x"}},
        "\\u006cocals": {
          "comment_in_call": ${JSON.stringify(`\${file/**/(${f})}`)},
          "space_in_reference": "\${local . x\\n . y}",
          "comment_in_reference": "\${local/**/.x#c\\n.y}",
          "comment_key": {"//": ${JSON.stringify(`\${file(${f})}`)}},
          "escape": "$$\${upper(\\"q\\")}",
          "kelvin": "\\u212a",
          "lone": "x\\ud800y",
          "big": 12345678901234567890123
        },
        "//": {"never": ${JSON.stringify(`\${file("/nonexistent/root-comment")}`)}}}`,
    );
    const r = spawnSync("terraform", ["console"], {
      cwd: dir,
      env: { ...process.env, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" },
      input: 'jsonencode([local.first, local.comment_in_call, local.space_in_reference, local.comment_in_reference, local.comment_key["//"], local.escape, local.kelvin, local.lone, local.big])',
      encoding: "utf8",
    });
    if (r.error) throw new Error(`${TERRAFORM_MISSING} (${r.error.message})`);
    expect(r.stderr).toBe("");
    const value = JSON.parse(JSON.parse(r.stdout.trim()));
    expect(value.slice(0, 8)).toEqual([1, "STAND-IN-SECRET", "from-x", "from-x", "STAND-IN-SECRET", '$${upper("q")}', "K", "x\ufffdy"]);
    // Full precision (JSON.parse would round it), and the top-level "//" is never evaluated (no error for the missing file).
    expect(r.stdout).toContain("12345678901234567890123");
  }, 60_000);
});
