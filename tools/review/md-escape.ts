/**
 * Putting untrusted text (anything that comes from a plan or a synthesized
 * stack) into the GitHub Markdown of the review comment.
 *
 * The rule is simple: every such value is rendered as ONE code span on ONE
 * line. Inside a code span GitHub renders the text literally: no raw HTML
 * (`<img>`, `<details>`, `<!--`), no emphasis, no link or image syntax, no
 * autolinked URL, no `@mention`, no `#123` reference, no `:emoji:` (GitHub's
 * mention, reference and emoji filters skip `<code>`). What a code span does
 * NOT protect against, and what this module therefore handles:
 *
 * - line endings: block structure is parsed before inline structure, so a
 *   newline inside a value could start a heading, list, quote, table or
 *   HTML block. Control characters become visible Control Pictures
 *   (`\n` -> `␊`), so a value is always one line and shows what it holds;
 * - backticks: the fence is one backtick longer than the longest run of
 *   backticks in the value (CommonMark's rule), padded with a space when the
 *   value starts or ends with a backtick or a space;
 * - pipes in a table cell: GFM splits a row into cells before inline parsing,
 *   even inside code spans, so `|` is written `\|` there ({@link tableCell});
 * - invisible or direction-changing characters (bidi overrides, zero-width
 *   characters, line separators, lone surrogates) are shown as `[U+202E]`, so
 *   a reviewer is not fooled by a value that looks like another;
 * - size: a value is cut after {@link MAX_VALUE_CHARS} characters, with the
 *   number of characters left out.
 */

/** Characters of a value shown before it is cut. */
export const MAX_VALUE_CHARS = 200;

/** Items of a list shown before the rest is summarised. */
export const MAX_LIST_ITEMS = 20;

// C0 controls and DEL: shown as Control Pictures (U+2400 block).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const C0 = /[\u0000-\u001f\u007f]/g;
// C1 controls, invisible formatting, bidi controls, line/paragraph separators, BOM, lone surrogates.
const INVISIBLE =
  /[\u0080-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function hex(c: string): string {
  return `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`;
}

/** The value with control and invisible characters made visible; still one line, same text otherwise. */
export function visible(value: string): string {
  return value
    .replace(C0, (c) => (c === "\u007f" ? "\u2421" : String.fromCharCode(0x2400 + c.charCodeAt(0))))
    .replace(INVISIBLE, hex);
}

/** At most `max` UTF-16 units, never splitting a surrogate pair; the number of units left out. */
function cut(value: string, max: number): { text: string; omitted: number } {
  if (value.length <= max) return { text: value, omitted: 0 };
  let end = max;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: value.slice(0, end), omitted: value.length - end };
}

function longestBacktickRun(s: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 96) {
      run++;
      if (run > longest) longest = run;
    } else run = 0;
  }
  return longest;
}

/**
 * An untrusted value as one inline code span that renders literally on
 * GitHub. Safe in running text, list items and headings; in a table cell,
 * pass the whole cell through {@link tableCell} as well.
 */
export function inlineCode(value: string, maxChars = MAX_VALUE_CHARS): string {
  if (value === "") return "(empty)";
  const { text, omitted } = cut(value, maxChars);
  const content = visible(text);
  const fence = "`".repeat(longestBacktickRun(content) + 1);
  const pad = /^[` ]|[` ]$/.test(content) && !/^ *$/.test(content) ? " " : "";
  const more = omitted ? ` … (${omitted} more characters)` : "";
  return `${fence}${pad}${content}${pad}${fence}${more}`;
}

/** Code spans of the first {@link MAX_LIST_ITEMS} values, comma-separated, then how many were left out. */
export function codeList(values: readonly string[], max = MAX_LIST_ITEMS): string {
  const shown = values.slice(0, max).map((v) => inlineCode(v));
  if (values.length > max) shown.push(`and ${values.length - max} more`);
  return shown.join(", ");
}

/**
 * A table cell built from our own text and {@link inlineCode} spans: every
 * `|` is escaped (GFM honours `\|` inside code spans too), and no line
 * ending survives.
 */
export function tableCell(markdown: string): string {
  return markdown.replace(/\|/g, "\\|").replace(/[\r\n]/g, " ");
}
