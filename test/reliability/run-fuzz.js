/**
 * `npm run fuzz -- [--runs N] [--seed S]`: the fuzz test (fuzz.test.ts) with more programs than the
 * CI seed set, and a random seed unless one is given (printed, so a failure can be replayed with
 * `--seed`). N programs per dialect (.ts .tsx .js .jsx .cjs); default 1000.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "1000" }, seed: { type: "string" } },
  allowPositionals: false,
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) {
  console.error("usage: npm run fuzz -- [--runs <positive integer>] [--seed <integer>]");
  process.exit(2);
}
console.log(`fuzz: ${runs} programs per dialect, seed ${seed} (replay with: npm run fuzz -- --runs ${runs} --seed ${seed})`);
const vitest = join(dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");
const result = spawnSync(process.execPath, [vitest, "run", "test/reliability/fuzz.test.ts"], {
  stdio: "inherit",
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed) },
});
process.exit(result.status ?? 1);
