// cdktf's jest matchers (toHaveResource, toHaveResourceWithProperties, ...).
import { Testing } from "cdktf";

Testing.setupJest();
