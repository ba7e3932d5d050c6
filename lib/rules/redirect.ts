import { isLoopbackHost } from "../../contract/loopback";
import { type Rule, when } from "./rule";

export interface RedirectSubject {
  /** A literal redirect URI (a Terraform reference is not judged). */
  readonly uri: string;
  /** The app asks for a loopback URI (AuthCodeApp `allowLoopbackRedirect`). */
  readonly allowLoopback: boolean;
  /** The stack or environment is protected. */
  readonly protected: boolean;
}

/**
 * OIC-REDIRECT: redirect URIs are https; a loopback URI (the smoke test's
 * login) only on an app that asks for one, and never in a protected stack.
 */
export const REDIRECT_RULE: Rule<RedirectSubject> = {
  id: "OIC-REDIRECT",
  level: "error",
  summary: "redirect URIs are https; loopback only where an app asks for one, never in a protected stack",
  protectedOnly: false,
  check({ uri, allowLoopback, protected: protect }) {
    if (!URL.canParse(uri)) return []; // not a URL: value validation says so
    const url = new URL(uri);
    if (isLoopbackHost(url.hostname)) {
      if (protect) {
        return [{ code: "LOOPBACK_REDIRECT_PROTECTED", problem: `loopback redirect URI ${uri} in a protected stack: a protected environment refuses loopback redirect URIs, even with allowLoopbackRedirect`, fix: "remove it: log in through the application's https callback" }];
      }
      return when(!allowLoopback, { code: "LOOPBACK_REDIRECT_NOT_ALLOWED", problem: `loopback redirect URI ${uri} on an app that does not allow one (allowLoopbackRedirect)`, fix: "remove it, or set allowLoopbackRedirect: true on this app (dev only)" });
    }
    return when(url.protocol !== "https:", { code: "REDIRECT_URI_NOT_HTTPS", problem: `redirect URI ${uri} must use https`, fix: `use "https://${url.host}${url.pathname}"` });
  },
};
