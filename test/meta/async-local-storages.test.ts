import { AsyncLocalStorage } from "node:async_hooks";
import { describe, expect, it } from "@jest/globals";
import { storagesCostPromises, switchOffEarlierStorages } from "../helpers/async-local-storages";

describe("switching off the AsyncLocalStorage instances earlier test files left enabled", () => {
  (storagesCostPromises ? it : it.skip)("disables a storage enabled before the call, and a storage used again works as before", () => {
    switchOffEarlierStorages(); // this file's setup already started recording
    const storage = new AsyncLocalStorage<number>();
    storage.run(1, () => expect(storage.getStore()).toBe(1));
    expect((storage as unknown as { enabled: boolean }).enabled).toBe(true);
    expect(switchOffEarlierStorages()).toBeGreaterThanOrEqual(1);
    expect((storage as unknown as { enabled: boolean }).enabled).toBe(false);
    storage.run(2, () => expect(storage.getStore()).toBe(2));
  });

  (storagesCostPromises ? it.skip : it)("does nothing where AsyncLocalStorage costs nothing while enabled (Node 24 and later)", () => {
    expect(switchOffEarlierStorages()).toBe(0);
  });
});
