/**
 * RSA-2048 keys for the stand-ins, lent instead of made anew at every start.
 *
 * Making an RSA-2048 key costs 0.1 to 0.5 s of CPU, and each start of the
 * fake cloud needed several (the domain's token-signing key, the Vault
 * key's versions, the Function's resource principal, the trusted app's
 * key): the largest share of a stand-in test's time. A key goes back to
 * this process's pool when its stand-in closes and is lent again to a later
 * one. A key is lent to one holder at a time, so stand-ins alive together
 * never share a key: a token signed by one domain still fails at another.
 * These are fakes' keys: they never leave the process except as the
 * throwaway files the sandbox removes.
 */
import crypto, { generateKeyPairSync, type KeyObject } from "node:crypto";

export interface LentKey {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** Gives the key back for a later stand-in (a second call does nothing). */
  release(): void;
}

export interface Pair {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

/** Makes the `index`-th new key of this process (0, 1, 2 ...). */
export type KeyMaker = (index: number) => Pair;

interface PoolState {
  readonly idle: Pair[];
  made: number;
  make: KeyMaker;
}

const generate: KeyMaker = () => generateKeyPairSync("rsa", { modulusLength: 2048 });

// The pool hangs on node:crypto's module object, not in this module: jest gives each test file its own
// copy of our modules, while node's built-ins are one per process, so a key one file gave back is lent to
// the next file its worker runs (otherwise every file made its keys anew).
const STATE = Symbol.for("oic-access.stand-in-key-pool.v2");
const state: PoolState = ((crypto as unknown as Record<symbol, PoolState | undefined>)[STATE] ??= { idle: [], made: 0, make: generate });

export function lendRsaKey(): LentKey {
  const pair = state.idle.pop() ?? state.make(state.made++);
  let lent = true;
  return {
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    release() {
      if (!lent) return;
      lent = false;
      state.idle.push(pair);
    },
  };
}

/**
 * Where new keys come from (default: a fresh RSA-2048 key each time). The
 * test suite's setup hands in a maker that keeps the keys it made between
 * runs (test/setup-key-cache.ts).
 */
export function makeKeysWith(make: KeyMaker): void {
  state.make = make;
}

/** How many keys wait to be lent again (tests of the pool). */
export function idleKeys(): number {
  return state.idle.length;
}
