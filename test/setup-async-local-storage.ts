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
import { switchOffEarlierStorages } from "./helpers/async-local-storages";

switchOffEarlierStorages();
