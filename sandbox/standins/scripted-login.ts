/**
 * A scripted "browser" for the stand-in's login: follows the authorize
 * redirects with a cookie jar, fills oidc-provider's development login and
 * consent forms over HTTP, and finally requests the loopback redirect URI,
 * which delivers the code to the smoke test's login listener. No browser.
 */
import { routed } from "../../tools/smoke/context";
import { CodedError, ERROR_CODES } from "../../contract/errors";

function formOf(html: string): { action: string; fields: Record<string, string> } | undefined {
  const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) return undefined;
  const fields: Record<string, string> = {};
  for (const m of form[2].matchAll(/<input[^>]*>/gi)) {
    const name = /name="([^"]+)"/.exec(m[0])?.[1];
    if (name) fields[name] = /value="([^"]*)"/.exec(m[0])?.[1] ?? "";
  }
  return { action: form[1].replace(/&amp;/g, "&"), fields };
}

/**
 * `connectTo` routes real host names to their loopback stand-ins, like the
 * smoke's `--connect-to` (the rehearsal's authorize URL names the real
 * identity domain from the Terraform outputs).
 */
export function scriptedBrowser(userName: string, maxSteps = 20, connectTo: Readonly<Record<string, string>> = {}): (url: string) => Promise<void> {
  return async (start: string) => {
    const jar = new Map<string, string>();
    let url = start;
    let method = "GET";
    let body: URLSearchParams | undefined;
    for (let i = 0; i < maxSteps; i++) {
      const res = await fetch(routed(url, connectTo), {
        method,
        body,
        redirect: "manual",
        headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "), accept: "text/html" },
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(";");
        const eq = pair.indexOf("=");
        jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
      }
      const location = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && location) {
        url = new URL(location, url).href;
        method = "GET";
        body = undefined;
        continue;
      }
      const html = await res.text();
      const form = formOf(html);
      // The loopback listener's own page has no form: the login is complete.
      if (!form) return;
      const fields = { ...form.fields };
      if ("login" in fields) {
        fields.login = userName;
        fields.password = "sandbox";
      }
      url = new URL(form.action, url).href;
      method = "POST";
      body = new URLSearchParams(fields);
    }
    throw new CodedError(ERROR_CODES.standin, `scripted login did not finish in ${maxSteps} steps`);
  };
}
