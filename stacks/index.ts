import type { EnvironmentConfig } from "../lib/config/environment";
import { dev } from "./dev";
import { prod } from "./prod";
import { test } from "./test";

/** Every environment, in promotion order. Add one here to get its stack. */
export const ENVIRONMENTS: readonly EnvironmentConfig[] = [dev, test, prod];
