/** test/setup-async-local-storage.ts says why. */
import { AsyncLocalStorage } from "node:async_hooks";

interface Storage {
  _enable?: () => void;
  disable(): void;
}

const ENABLED = Symbol.for("oic-access.test.enabled-async-local-storages");
// Kept on the class: node's built-ins are one per process, while each test file has its own globalThis.
const holder = AsyncLocalStorage as unknown as Record<symbol, Set<Storage> | undefined>;
const proto = AsyncLocalStorage.prototype as unknown as Storage;

/** Whether this Node's AsyncLocalStorage costs every promise while enabled (Node 20 and 22). */
export const storagesCostPromises = typeof proto._enable === "function";

/**
 * Disables every storage enabled since the last call (the first call starts
 * recording). Returns how many it disabled.
 */
export function switchOffEarlierStorages(): number {
  if (!storagesCostPromises) return 0;
  if (!holder[ENABLED]) {
    const enabled = (holder[ENABLED] = new Set<Storage>());
    const enable = proto._enable!;
    proto._enable = function (this: Storage) {
      enabled.add(this);
      enable.call(this);
    };
    return 0;
  }
  const earlier = holder[ENABLED];
  for (const storage of earlier) storage.disable();
  const count = earlier.size;
  earlier.clear();
  return count;
}
