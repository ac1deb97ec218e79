/**
 * `npm run bench:instructions`: what the rules cost, counted in CPU instructions instead of seconds.
 *
 *   npm run bench:instructions                    100 files, about 5 minutes on 2 cores
 *   npm run bench:instructions -- --size 300      any number of files (or small / medium / …)
 *   npm run bench:instructions -- --passes 3      counted passes over the files (default 2)
 *   npm run bench:instructions -- --warmup 3      uncounted passes before them (default 2)
 *   npm run bench:instructions -- --configs noop,recommended   only these configurations
 *   npm run bench:instructions -- --each          every recommended rule alone against the floor
 *                                                 (`rule:<name>` configurations; ≈ 20 minutes)
 *
 * To compare two builds, run `--configs noop,recommended` with each (`AUTH_SECURITY_BENCH_PLUGIN`
 * points at another build's `dist/src/index.js`) and compare the recommended counts.
 *
 * Each configuration lints the same files in its own process under `valgrind --tool=callgrind`,
 * which counts the instructions the process executes. Counting starts after the warm-up passes
 * (`--instr-atstart=no`, then `callgrind_control -i on`), so start-up and first compilation are
 * left out. V8 runs single-threaded with `--predictable`, large fixed heap sizes and a scavenge
 * forced after every file, so neither a JIT thread nor the timing of a collection moves the count.
 *
 * The count does not depend on the machine's load, and a repeat or a second build of the same
 * code counts the same to 0.01%: that makes it exact for comparing two builds of one
 * configuration. Ratios *between* configurations depend on the method (warm-up length, heap
 * policy, when TurboFan compiles what): read them as a range (see bench/README.md, Method).
 * Instructions are not time either (parsing stalls on memory; a memchr scan is a few instructions
 * per 32 bytes), so this is a companion to `npm run bench`, not a replacement. It adds one
 * configuration the timed benchmark does not have: one no-op rule per recommended rule, which
 * separates what ESLint itself costs per enabled rule from what our code costs.
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
const warmup = Number(args.warmup ?? 2);
/** `rule:<name>`: that one rule of the plugin, alone. */
const RULE_PREFIX = "rule:";
const wanted = args.configs ? String(args.configs).split(",") : args.each ? ["noop"] : CONFIGS;
for (const name of wanted) {
  if (!CONFIGS.includes(name) && !name.startsWith(RULE_PREFIX)) throw new Error(`unknown configuration ${name}: use ${CONFIGS.join(", ")} or rule:<name>`);
}

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
  const single = Object.fromEntries(
    Object.keys(plugin.rules).map((rule) => [
      `${RULE_PREFIX}${rule}`,
      [...languageConfigs(files), { plugins: { "auth-security": plugin }, rules: { [`auth-security/${rule}`]: "error" } }],
    ]),
  );
  return {
    ...variants,
    ...single,
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
  // A scavenge after every file, when the file's AST is already garbage: collections then fall at
  // the same points in every configuration and copy almost nothing, instead of landing wherever
  // the young generation fills up (inside a large file, which then costs tens of millions of
  // instructions more or less depending on what the rules allocated before it).
  const scavenge = typeof globalThis.gc === "function" ? () => globalThis.gc({ type: "minor" }) : () => {};
  const lintAll = () => {
    let messages = 0;
    for (const [i, file] of files.entries()) {
      messages += linter.verify(texts[i], config, { filename: absolutePath(file) }).length;
      scavenge();
    }
    return messages;
  };
  // Warm-up passes, not counted (the parent starts counting when told "warm"), so the count is
  // the steady state of a long run: no start-up, no module loading, code already compiled.
  for (let pass = 0; pass < warmup; pass++) lintAll();
  if (args.measured) {
    console.log("warm");
    await new Promise((resolve) => process.stdin.once("data", resolve));
    process.stdin.destroy();
  }
  let messages = 0;
  for (let pass = 0; pass < passes; pass++) messages += lintAll();
  console.log(JSON.stringify({ files: files.length, messages }));
}

function measure(name) {
  const script = fileURLToPath(import.meta.url);
  const argv = [
    "--tool=callgrind",
    "--callgrind-out-file=/dev/null",
    // Count nothing until the child has warmed up (see `child`): `callgrind_control -i on`.
    "--instr-atstart=no",
    process.execPath,
    "--single-threaded",
    "--predictable",
    "--expose-gc",
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
    "--warmup",
    String(warmup),
    "--measured",
  ];
  return new Promise((resolve, reject) => {
    const proc = spawn("valgrind", argv, { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let started = false;
    proc.stdout.on("data", (chunk) => {
      out += chunk;
      if (started || !out.includes("warm\n")) return;
      started = true;
      const on = spawnSync("callgrind_control", ["-i", "on", String(proc.pid)], { encoding: "utf8" });
      if (on.status !== 0) {
        proc.kill();
        return reject(new Error(`${name}: callgrind_control -i on failed\n${on.stdout}${on.stderr}`));
      }
      proc.stdin.end("go\n");
    });
    proc.stderr.on("data", (chunk) => (err += chunk));
    proc.on("error", reject);
    proc.on("close", (code) => {
      const count = /Collected\s*:\s*(\d+)/.exec(err);
      if (code !== 0 || !count || !started) return reject(new Error(`${name}: valgrind exited with ${code}\n${err.slice(-2000)}`));
      resolve({ instructions: Number(count[1]), ...JSON.parse(out.trim().split("\n").pop()) });
    });
  });
}

async function parent() {
  if (spawnSync("valgrind", ["--version"]).status !== 0) {
    console.error("bench:instructions needs valgrind (Debian: apt-get install valgrind)");
    process.exit(2);
  }
  const plugin = await loadPlugin(); // a clear message when the build is missing
  if (args.each) wanted.push(...rulesOf(plugin.configs.recommended).map((id) => `${RULE_PREFIX}${id.slice(id.indexOf("/") + 1)}`));
  const files = selectFiles(ensureCorpus(), parseSize(size));
  console.log(`${files.length} files × ${passes} passes per configuration, each in its own process under callgrind`);
  const results = {};
  const queue = [...wanted];
  const workers = Array.from({ length: Math.max(1, Math.min(cpus().length, queue.length)) }, async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const started = Date.now();
      results[name] = await measure(name);
      console.log(`  ${(LABELS[name] ?? name).padEnd(36)} ${(results[name].instructions / 1e9).toFixed(3)} G instructions  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  });
  await Promise.all(workers);
  const have = (...names) => names.every((name) => results[name]);
  const r = (a, b) => results[a].instructions / results[b].instructions;
  const count = rulesOf(plugin.configs.recommended).length;
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
  // Each rule alone pays for the shared per-file work it asks for (module entry points, text
  // checks), which in a full configuration only the first rule to ask pays.
  const alone = wanted
    .filter((name) => name.startsWith(RULE_PREFIX) && have(name, "noop"))
    .map((name) => [name.slice(RULE_PREFIX.length), results[name].instructions - results.noop.instructions])
    .sort((a, b) => b[1] - a[1]);
  if (alone.length > 0) {
    console.log(`\neach rule alone, instructions over the no-op floor (% of the floor's ${(results.noop.instructions / 1e9).toFixed(3)}G)`);
    for (const [rule, extra] of alone) console.log(`  ${rule.padEnd(40)} ${(extra / 1e6).toFixed(0).padStart(6)}M  ${((100 * extra) / results.noop.instructions).toFixed(3)}%`);
  }
  mkdirSync(join(benchDir, "results"), { recursive: true });
  const suffix = args.each ? "-each" : wanted === CONFIGS ? "" : `-${wanted.join("-").replaceAll(":", "_")}`;
  const out = join(benchDir, "results", `instructions-${size}${suffix}.json`);
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), files: files.length, passes, node: process.version, results, ratios: Object.fromEntries(rows) }, null, 2)}\n`);
  console.log(`\nresults: ${out}`);
  if (have(...CONFIGS)) {
    console.log(
      `instructions recommended ${r("recommended", "noop").toFixed(3)} all ${r("all", "noop").toFixed(3)} (vs zero rules ${r("recommended", "zero").toFixed(3)}; ESLint per rule ${r("noops", "noop").toFixed(3)}; our code ${r("recommended", "noops").toFixed(3)})`,
    );
  }
}
