import { defineConfig } from "vitest/config";

/**
 * The corpus checks (`npm run test:corpus`): every rule on the benchmark corpus (bench/corpus.js
 * fetches it from the npm registry on first use), and ESLint CLI runs on a corpus subset that must
 * agree serially, with --concurrency 2 and from --cache. They need the build (dist/) and use both
 * cores themselves, so the files run one after the other.
 */
export default defineConfig({
  test: {
    include: ["test/corpus/**/*.corpus.ts"],
    testTimeout: 900_000,
    hookTimeout: 900_000,
    pool: "forks",
    fileParallelism: false,
    maxWorkers: 1,
  },
});
