/**
 * The strict JSON reader and the template grammar on their own: what they
 * accept reads the same for Terraform, what they refuse is named.
 */
import { parseStrictJson, parseStrictJsonBytes } from "../../tools/pipeline/strict-json";
import { parseTemplate } from "../../tools/pipeline/template";

describe("strict JSON reader", () => {
  it("reads plain JSON like JSON.parse, with prototype-free objects", () => {
    const text = '{"a": [1, -2, true, false, null, "x\\n\\u00e9"], "b": {"__proto__": "plain key"}}';
    const value = parseStrictJson(text) as Record<string, any>;
    expect(JSON.stringify(value)).toBe(JSON.stringify(JSON.parse(text)));
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.keys(value.b)).toEqual(["__proto__"]);
  });

  it.each([
    ['{"a": 1, "a": 2}', /duplicate key "a"/],
    ['{"x": {"a": 1, "\\u0061": 2}}', /duplicate key "a"/],
    ['[{"k": 1, "k": 1}]', /duplicate key "k"/],
    ['{"a": "\\ud800"}', /lone UTF-16 surrogate/],
    ['{"a": "\\udc00\\ud800"}', /lone UTF-16 surrogate/],
    ['{"a": "e\\u0301"}', /not in Unicode NFC form/],
    ["9007199254740992", /not an integer JavaScript holds exactly/],
    ["1.5", /not an integer/],
    ["1e2", /not an integer/],
    ["-0", /not an integer/],
    ['{"a": 1,}', /expected a quoted key/],
    ["[1,]", /must start with/],
    ['{"a": 1} // c', /unexpected text after the JSON value/],
    ['"a\tb"', /control character/],
    ['"\\x41"', /invalid escape/],
    ["[".repeat(70) + "]".repeat(70), /nested deeper than 64 levels/],
  ])("refuses %s", (text, reason) => {
    expect(() => parseStrictJson(text)).toThrow(reason);
  });

  it("refuses a byte-order mark and invalid UTF-8, reads valid UTF-8", () => {
    expect(() => parseStrictJsonBytes(Buffer.from("\ufeff{}"))).toThrow(/byte-order mark/);
    expect(() => parseStrictJsonBytes(Buffer.from([0x22, 0xc3, 0x28, 0x22]))).toThrow(/not valid UTF-8/);
    expect(parseStrictJsonBytes(Buffer.from('"é"'))).toBe("é");
  });
});

describe("template grammar", () => {
  it("parses what cdktf writes", () => {
    expect(parseTemplate("Allow ${oci_x.y-z.name} to use")).toEqual([
      { literal: "Allow " },
      { expr: { kind: "reference", mode: "resource", type: "oci_x", name: "y-z", steps: [{ attr: "name" }], text: "oci_x.y-z.name" }, text: "${oci_x.y-z.name}" },
      { literal: " to use" },
    ]);
    expect(parseTemplate('${data.oci_a.b.list[0]["k"].id}')).toEqual([
      { expr: { kind: "reference", mode: "data", type: "oci_a", name: "b", steps: [{ attr: "list" }, { index: 0 }, { key: "k" }, { attr: "id" }], text: 'data.oci_a.b.list[0]["k"].id' }, text: '${data.oci_a.b.list[0]["k"].id}' },
    ]);
    expect(parseTemplate('${jsonencode([{"name" = "a", "n" = 1}])}')).toEqual([
      { expr: { kind: "call", fn: "jsonencode", args: [{ kind: "tuple", items: [{ kind: "object", entries: [["name", { kind: "string", value: "a" }], ["n", { kind: "number", value: 1 }]] }] }] }, text: '${jsonencode([{"name" = "a", "n" = 1}])}' },
    ]);
    expect(parseTemplate("ALL {resource.type = 'fnfunc'} 100% $ 5")).toEqual([{ literal: "ALL {resource.type = 'fnfunc'} 100% $ 5" }]);
  });

  it.each([
    ["${oci_a.b.c }", /expected "}" closing the interpolation; found whitespace/],
    ["${oci_a. b.c}", /found whitespace/],
    ["${oci_a/* */.b.c}", /found a comment/],
    ["${f (1)}", /found whitespace/],
    ["${jsonencode([1,2])}", /expected ", " or "]"; found ","/],
    ["${oci_a.b.c", /found end of the text/],
    ["${self.x}", /self\.\* \(self\) is not allowed/],
    ["${each.key}", /each\.\* \(each\) is not allowed/],
    ["$${x}", /escape "\$\$\{"/],
    ["%%{x}", /template directive "%\{"/],
    ['${jsonencode("a\\"b")}', /holds an escape/],
  ])("refuses %s", (text, reason) => {
    expect(() => parseTemplate(text)).toThrow(reason);
  });
});
