// Types of the jest matchers that Testing.setupJest() (test/setup.ts) installs.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- a types-only file cdktf does not export
/// <reference path="../node_modules/cdktf/lib/testing/adapters/jest.d.ts" />
