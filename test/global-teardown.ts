export { teardown as default } from "./global-tmpdir";
