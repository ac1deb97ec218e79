import { defineConfig } from "vitest/config";

/**
 * End-to-end: pack the plugin, install the tarball into a fresh project, lint examples/.
 * Slow (npm install), so it runs alone, in one forked process, with long timeouts.
 */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: "forks",
    fileParallelism: false,
    maxWorkers: 1,
  },
});
