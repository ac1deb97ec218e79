/**
 * `npm run bench:instructions`: what the rules cost, counted in CPU instructions instead of seconds.
 *
 *   npm run bench:instructions                    100 files, about 6 minutes on 2 cores
 *   npm run bench:instructions -- --size 300      any number of files (or small / medium / …)
 *   npm run bench:instructions -- --passes 3      lint each file this many times per process
 *   npm run bench:instructions -- --configs noop,recommended   only these configurations
 *
 * To compare two builds, run `--configs noop,recommended` with each (`AUTH_SECURITY_BENCH_PLUGIN`
 * points at another build's `dist/src/index.js`) and compare the recommended counts.
 *
 * Each configuration lints the same files in its own process under `valgrind --tool=callgrind`,
 * which counts the instructions the process executes. The count does not depend on the machine's
 * load, so two builds or configurations can be compared on a busy machine, and a difference of
 * 0.1% is real: the same build counts the same to about 0.02%, two builds of the same code to
 * 0.03%. V8 runs single-threaded with `--predictable`, a large initial old space and fixed
 * semi-spaces, so neither a JIT thread nor the timing of a garbage collection moves the count.
 *
 * Instructions are not time (parsing stalls on memory more than our rules do), so these ratios are
 * a deterministic companion to `npm run bench`, not a replacement. They add one configuration the
 * timed benchmark does not have: one no-op rule per recommended rule, which separates what ESLint
 * itself costs per enabled rule (a rule context and listener set per file) from what our code costs.
 *
 * Needs valgrind (Debian: `apt-get install valgrind`) and the build (`npm run build`).
 * Results go to bench/results/instructions-<size>.json (git-ignored).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import { absolutePath, benchDir, ensureCorpus, parseArgs, parseSize, readSource, selectFiles } from "./corpus.js";
import { languageConfigs, loadPlugin, noopPlugin, rulesOf, variantConfigs } from "./setup.js";

const CONFIGS = ["zero", "noop", "noops", "recommended", "all"];
const LABELS = {
  zero: "zero rules",
  noop: "one no-op rule (the floor)",
  noops: "one no-op rule per recommended rule",
  recommended: "recommended",
  all: "all",
};

const args = parseArgs(process.argv.slice(2));
const size = String(args.size ?? "100");
const passes = Number(args.passes ?? 2);
const wanted = args.configs ? String(args.configs).split(",") : CONFIGS;
for (const name of wanted) if (!CONFIGS.includes(name)) throw new Error(`unknown configuration ${name}: use ${CONFIGS.join(", ")}`);

if (args.child) await child(String(args.child));
else await parent();

/** A plugin with `count` rules that do nothing. */
function noopsPlugin(count) {
  const rule = noopPlugin.rules.noop;
  return { meta: { name: "bench-noops", version: "0.0.0" }, rules: Object.fromEntries(Array.from({ length: count }, (_, i) => [`noop-${i}`, rule])) };
}

async function configsFor(files) {
  const plugin = await loadPlugin();
  const variants = variantConfigs(plugin, files);
  const count = rulesOf(plugin.configs.recommended).length;
  const noops = noopsPlugin(count);
  return {
    ...variants,
    noops: [...languageConfigs(files), { plugins: { noops }, rules: Object.fromEntries(Object.keys(noops.rules).map((name) => [`noops/${name}`, "error"])) }],
  };
}

/** Runs in the measured process: lint the files `passes` times with one configuration. */
async function child(name) {
  const files = selectFiles(ensureCorpus(), parseSize(size));
  const texts = files.map(readSource);
  // Every configuration loads the plugin, so start-up costs the same in each.
  const config = (await configsFor(files))[name];
  if (!config) throw new Error(`unknown configuration ${name}`);
  const linter = new Linter({ configType: "flat" });
  let messages = 0;
  for (let pass = 0; pass < passes; pass++) {
    for (const [i, file] of files.entries()) messages += linter.verify(texts[i], config, { filename: absolutePath(file) }).length;
  }
  console.log(JSON.stringify({ files: files.length, messages }));
}

function measure(name) {
  const script = fileURLToPath(import.meta.url);
  const argv = [
    "--tool=callgrind",
    "--callgrind-out-file=/dev/null",
    process.execPath,
    "--single-threaded",
    "--predictable",
    "--initial-old-space-size=6000",
    "--max-old-space-size=8000",
    "--min-semi-space-size=256",
    "--max-semi-space-size=256",
    script,
    "--child",
    name,
    "--size",
    size,
    "--passes",
    String(passes),
  ];
  return new Promise((resolve, reject) => {
    const proc = spawn("valgrind", argv, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    proc.stdout.on("data", (chunk) => (out += chunk));
    proc.stderr.on("data", (chunk) => (err += chunk));
    proc.on("error", reject);
    proc.on("close", (code) => {
      const count = /Collected\s*:\s*(\d+)/.exec(err);
      if (code !== 0 || !count) return reject(new Error(`${name}: valgrind exited with ${code}\n${err.slice(-2000)}`));
      resolve({ instructions: Number(count[1]), ...JSON.parse(out.trim().split("\n").pop()) });
    });
  });
}

async function parent() {
  if (spawnSync("valgrind", ["--version"]).status !== 0) {
    console.error("bench:instructions needs valgrind (Debian: apt-get install valgrind)");
    process.exit(2);
  }
  await loadPlugin(); // a clear message when the build is missing
  const files = selectFiles(ensureCorpus(), parseSize(size));
  console.log(`${files.length} files × ${passes} passes per configuration, each in its own process under callgrind`);
  const results = {};
  const queue = [...wanted];
  const workers = Array.from({ length: Math.max(1, Math.min(cpus().length, queue.length)) }, async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const started = Date.now();
      results[name] = await measure(name);
      console.log(`  ${LABELS[name].padEnd(36)} ${(results[name].instructions / 1e9).toFixed(3)} G instructions  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  });
  await Promise.all(workers);
  const have = (...names) => names.every((name) => results[name]);
  const r = (a, b) => results[a].instructions / results[b].instructions;
  const count = rulesOf((await loadPlugin()).configs.recommended).length;
  const rows = [
    ["recommended / no-op floor", "recommended", "noop"],
    ["all / no-op floor", "all", "noop"],
    ["recommended / zero rules", "recommended", "zero"],
    ["no-op floor / zero rules", "noop", "zero"],
    [`${count} no-op rules / one no-op rule (ESLint per rule)`, "noops", "noop"],
    ["recommended / as many no-op rules (our code)", "recommended", "noops"],
  ]
    .filter(([, a, b]) => have(a, b))
    .map(([label, a, b]) => [label, r(a, b)]);
  console.log("");
  for (const [label, value] of rows) console.log(`${label.padEnd(56)} ${value.toFixed(4)}`);
  mkdirSync(join(benchDir, "results"), { recursive: true });
  const out = join(benchDir, "results", `instructions-${size}${wanted === CONFIGS ? "" : `-${wanted.join("-")}`}.json`);
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), files: files.length, passes, node: process.version, results, ratios: Object.fromEntries(rows) }, null, 2)}\n`);
  console.log(`\nresults: ${out}`);
  if (have(...CONFIGS)) {
    console.log(
      `instructions recommended ${r("recommended", "noop").toFixed(3)} all ${r("all", "noop").toFixed(3)} (vs zero rules ${r("recommended", "zero").toFixed(3)}; ESLint per rule ${r("noops", "noop").toFixed(3)}; our code ${r("recommended", "noops").toFixed(3)})`,
    );
  }
}
