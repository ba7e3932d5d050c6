/**
 * cdktf 0.21 (archived in December 2025) calls `util.isArray`, which Node.js
 * 26, the active LTS, deprecates at run time (DEP0044): every synthesis
 * printed a DeprecationWarning on stderr. The old name means exactly
 * `Array.isArray`; it points there before cdktf runs. Drop this file with the
 * move to the cdktn fork.
 */
import util from "node:util";

const legacy = util as unknown as { isArray?: (value: unknown) => boolean };
if (legacy.isArray !== Array.isArray) Object.defineProperty(util, "isArray", { value: Array.isArray, writable: true, configurable: true, enumerable: true });
