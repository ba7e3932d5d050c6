/**
 * The stand-ins' RSA keys, kept between runs of the suite.
 *
 * A full run needs about 35 new RSA-2048 keys per worker beyond those the
 * pool lends again, at 0.1 to 0.5 s of CPU each. The n-th key a worker
 * makes is kept in node_modules/.cache/oic-access/test-keys/worker-<id>/
 * (DER, readable by this user only) and read back by the next run, as
 * Jest keeps its transforms. The index is per worker, so two workers never
 * hold the same key, and the pool still lends a key to one holder at a time.
 * These keys sign only for loopback stand-ins; delete the folder at will.
 */
import { join } from "node:path";
import { makeKeysWith } from "../sandbox/standins/key-pool";
import { keptDir } from "./helpers/kept-result";
import { keptKeys } from "./helpers/kept-keys";

const dir = join(keptDir("test-keys"), `worker-${process.env.JEST_WORKER_ID ?? "1"}`);
makeKeysWith(keptKeys(dir));
