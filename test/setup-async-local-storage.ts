/**
 * Switches off the AsyncLocalStorage instances earlier test files left on.
 *
 * On Node 20 and 22, every enabled AsyncLocalStorage is visited on every
 * promise and callback a process makes, and stays enabled until disable().
 * jest-circus makes one per test file (and oidc-provider one per file that
 * loads it); none is ever disabled, so a worker's hundredth promise in its
 * fortieth file paid for forty storages: 7 of 210 CPU-s of an in-band run.
 * At the start of each file the storages enabled by earlier files are
 * disabled: their files have ended, and a storage used again re-enables
 * itself. Node 24's AsyncLocalStorage (AsyncContextFrame) has no such cost
 * and no `_enable`, and this does nothing there.
 */
import { AsyncLocalStorage } from "node:async_hooks";

interface Storage {
  _enable?: () => void;
  disable(): void;
}

const ENABLED = Symbol.for("oic-access.test.enabled-async-local-storages");
// Kept on the class: node's built-ins are one per process, while each test file has its own globalThis.
const holder = AsyncLocalStorage as unknown as Record<symbol, Set<Storage> | undefined>;
const proto = AsyncLocalStorage.prototype as unknown as Storage;

// Patched once per process.
if (!holder[ENABLED] && typeof proto._enable === "function") {
  const enabled = (holder[ENABLED] = new Set<Storage>());
  const enable = proto._enable;
  proto._enable = function (this: Storage) {
    enabled.add(this);
    enable.call(this);
  };
}

const earlier = holder[ENABLED];
if (earlier) {
  for (const storage of earlier) storage.disable();
  earlier.clear();
}
