import { defineConfig } from "vitest/config";

/** Unit, rule, meta and doc-example tests. The end-to-end test has its own config (vitest.e2e.config.ts). */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**", "dist/**"],
    // The meta-tests may run `npm run build` once when dist/ is missing.
    hookTimeout: 120_000,
  },
});
