/**
 * Imports oidc-provider (a dev dependency: only stand-ins use it) and keeps
 * its start-up warnings (Node LTS check, "development-only" notices that are
 * the whole point of a stand-in) off the console unless asked for.
 */
let loaded: Promise<typeof import("oidc-provider")> | undefined;

export async function loadOidcProvider(verbose = false): Promise<typeof import("oidc-provider")> {
  if (verbose) return import("oidc-provider");
  loaded ??= quietly(() => import("oidc-provider"));
  return loaded;
}

/** Runs `fn` with oidc-provider's "oidc-provider WARNING/NOTICE" lines filtered out. */
export async function quietly<T>(fn: () => Promise<T> | T): Promise<T> {
  const { warn, info } = console;
  const filter =
    (orig: (...a: unknown[]) => void) =>
    (...args: unknown[]) => {
      if (typeof args[0] === "string" && args[0].includes("oidc-provider")) return;
      orig(...args);
    };
  console.warn = filter(warn);
  console.info = filter(info);
  try {
    return await fn();
  } finally {
    console.warn = warn;
    console.info = info;
  }
}
