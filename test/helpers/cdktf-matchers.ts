// cdktf's jest matchers (toHaveResourceWithProperties, toHaveDataSourceWithProperties, ...),
// imported by the construct tests that use them. A global set-up file
// loaded cdktf into every test file, most of which never synthesize.
import { Testing } from "cdktf";

Testing.setupJest();
