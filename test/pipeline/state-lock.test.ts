/**
 * The deploy lock: one holder at a time, released when the deploy fails,
 * located beside the state object of an Object Storage backend.
 */
import { currentHolder, LockHeldError, lockLocation, withLock, type LockStore } from "../../tools/pipeline/state-lock";

/** Object Storage's documented semantics: create only when absent, delete only while the ETag matches. */
class MemoryStore implements LockStore {
  readonly objects = new Map<string, { body: string; etag: string }>();
  private n = 0;
  async create(name: string, body: string) {
    if (this.objects.has(name)) return false;
    this.objects.set(name, { body, etag: `etag-${++this.n}` });
    return true;
  }
  async read(name: string) {
    return this.objects.get(name);
  }
  async remove(name: string, etag?: string) {
    if (etag && this.objects.get(name)?.etag !== etag) throw new Error("412");
    this.objects.delete(name);
  }
}

const now = new Date("2026-03-01T10:00:00Z");
const laptop = { who: "alice@laptop", where: "laptop or another runner", since: now.toISOString() };
const ci = currentHolder({ GITHUB_ACTOR: "bot", GITHUB_REPOSITORY: "org/oic-access", GITHUB_RUN_ID: "42" }, now);

describe("deploy lock", () => {
  it("lets one deploy in and tells the second who holds it", async () => {
    const store = new MemoryStore();
    let release!: () => void;
    const first = withLock(store, "k.pipeline-lock", ci, () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setImmediate(r));
    await expect(withLock(store, "k.pipeline-lock", laptop, async () => "never")).rejects.toThrow(LockHeldError);
    await expect(withLock(store, "k.pipeline-lock", laptop, async () => "never")).rejects.toThrow(
      "the state is locked by bot (GitHub Actions) (https://github.com/org/oic-access/actions/runs/42) since 2026-03-01T10:00:00.000Z",
    );
    release();
    await first;
    expect(store.objects.size).toBe(0);
    expect(await withLock(store, "k.pipeline-lock", laptop, async () => "ran")).toBe("ran");
  });

  it("is released when the deploy fails", async () => {
    const store = new MemoryStore();
    await expect(withLock(store, "k", laptop, async () => Promise.reject(new Error("apply failed")))).rejects.toThrow("apply failed");
    expect(store.objects.size).toBe(0);
  });

  it("never removes a lock someone else holds", async () => {
    const store = new MemoryStore();
    await withLock(store, "k", laptop, async () => {
      // Someone deleted ours by hand and another deploy took it meanwhile.
      store.objects.set("k", { body: JSON.stringify(ci), etag: "theirs" });
    });
    expect(JSON.parse(store.objects.get("k")!.body).who).toBe("bot (GitHub Actions)");
  });

  it("lives beside the state object of an Object Storage backend, and nowhere for other backends", () => {
    const backend = {
      s3: { bucket: "oic-access-state", key: "oic-access/prod/terraform.tfstate", region: "us-ashburn-1", endpoints: { s3: "https://examplens.compat.objectstorage.us-ashburn-1.oraclecloud.com" } },
    };
    expect(lockLocation(backend)).toEqual({ namespace: "examplens", region: "us-ashburn-1", bucket: "oic-access-state", name: "oic-access/prod/terraform.tfstate.pipeline-lock" });
    expect(lockLocation({ local: { path: "x" } })).toBeUndefined();
    expect(lockLocation({ s3: { ...backend.s3, endpoints: { s3: "https://s3.amazonaws.com" } } })).toBeUndefined();
  });
});
