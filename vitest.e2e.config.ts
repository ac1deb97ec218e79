import { defineConfig } from "vitest/config";

/**
 * End-to-end: pack the plugin, install the tarball into fresh projects (ESLint 10, ESLint 9, plain
 * JavaScript), and lint examples/ through every supported setup. The projects are installed ONCE
 * per run by the global setup (test/e2e/setup.ts) and shared by all test files, which run one
 * after the other in one forked process.
 */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/setup.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: "forks",
    fileParallelism: false,
    maxWorkers: 1,
  },
});
