/**
 * `npm run bench`: what the plugin's rules cost ESLint on real code (the corpus, see corpus.js).
 *
 *   npm run bench                          250 files (medium), under a minute on 2 cores
 *   npm run bench -- --size small          120 files
 *   npm run bench -- --size release        1000 files: the run recorded in bench/README.md
 *   npm run bench -- --size full           every corpus file (about 5,000 files, 1M lines)
 *   npm run bench -- --size 500 --rounds 6 any number of files / timed rounds
 *   … --markdown                           also print the bench/README.md results block
 *   … --update-readme                      write that block into bench/README.md (between its markers)
 *   … --no-rss                             skip the peak-memory child processes
 *   … --rss-runs N                         memory runs per configuration (default 1, 5 from 400 files)
 *   … --stats-runs N                       per-rule stats runs per file, median kept (default 1, 3 from 400 files)
 *   … --oxlint                             also lint the subset with Oxlint + the plugin as a JS plugin
 *   … --clock wall                         ratios from wall time instead of this process's CPU time
 *   … --chunk-lines N / --seed N           chunk size (default 3000 lines) / run-order seed
 *   … --no-gc                              no forced (untimed) garbage collection between passes
 *   … --reference                          also time the plugins the issue cites (bench/reference.js) in the
 *                                          same rounds: their ratios, rule time and findings beside ours
 *   … --reference-alone KEY                measure one of them (jwt, sonarjs) in place of this plugin, every
 *                                          chosen rule in `recommended` and `all` (no memory, Oxlint or README)
 *
 * Method (one process): ESLint instances for (a) zero rules, (b) one no-op rule — the honest
 * floor — twice (b, b′: the A/A null ratio), (c) the plugin's `recommended`, (d) `all`. After a
 * warm-up, the files are cut into small chunks of consecutive files, and every chunk is
 * linted by every instance in turn, in a new random order each time (seeded: `--seed`), for
 * several rounds; a full garbage collection runs untimed before every pass, so each pass pays for
 * the collections its own allocations cause and not for another configuration's garbage. Each chunk gives paired ratios (c/b, d/b, c/a, b′/b); the printed ratios are
 * their medians, so a GC pause or a noisy neighbour moves one pair, not the result.
 * Ratios use CPU time by default (robust to other processes on the machine), wall time alongside.
 * Per-rule cost comes from ESLint's `stats: true` (rule time over parse + traverse time), peak
 * memory from child processes, one per configuration and run (bench/rss.js).
 *
 * Results go to bench/results/bench-<size>.json (git-ignored); the last line printed is the ratio
 * line, e.g. `ratio recommended 1.02 all 1.03 (vs zero rules 1.07; null 1.00)`.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { ESLint } from "eslint";
import { absolutePath, benchDir, corpusRoot, describeFiles, ensureCorpus, parseArgs, parseSize, readSource, repoRoot, selectFiles } from "./corpus.js";
import { loadPlugin, rulesOf, variantConfigs } from "./setup.js";
import { runOxlint } from "./oxlint.js";
import { loadReferences, referenceAsPlugin } from "./reference.js";
import { fixed, median, mulberry32, percent, quantile, replaceReadmeBlock, shuffled, statsTimes, table, versions } from "./util.js";

/** The issue's targets (see bench/README.md). */
export const TARGETS = {
  recommendedVsFloor: 1.03,
  recommendedVsZero: 1.08,
  allVsFloor: 1.05,
  recommendedRuleShare: 0.02,
  singleRuleShare: 0.005,
  recommendedExtraMB: 30,
};

const TIMED = ["zero", "noop", "noop2", "recommended", "all"];

/** A full garbage collection, run untimed before every timed pass (`--no-gc`: none). */
const collectGarbage = process.argv.includes("--no-gc") ? undefined : exposeGc();

function exposeGc() {
  if (typeof globalThis.gc === "function") return globalThis.gc;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc");
}

/** Consecutive files, about `targetLines` lines per chunk. */
function chunk(indices, files, targetLines) {
  const chunks = [];
  let current = [];
  let lines = 0;
  for (const i of indices) {
    current.push(i);
    lines += files[i].lines;
    if (lines >= targetLines) {
      chunks.push(current);
      current = [];
      lines = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

async function lintOne(eslint, text, file) {
  const [result] = await eslint.lintText(text, { filePath: absolutePath(file) });
  return result;
}

/**
 * Runs bench/rss.js `reps` times for each variant, two processes at a time, and keeps the lowest
 * peak RSS of each (GC timing adds up to hundreds of MB to single runs; see bench/README.md).
 */
async function measureMemory(variants, size, reps) {
  const runs = Object.fromEntries(variants.map((variant) => [variant, []]));
  const queue = [];
  for (let rep = 0; rep < reps; rep++) queue.push(...variants);
  async function worker() {
    while (queue.length > 0) {
      const variant = queue.shift();
      const run = await new Promise((resolve) => {
        const child = spawn(process.execPath, ["--expose-gc", join(benchDir, "rss.js"), "--variant", variant, "--size", String(size)], {
          stdio: ["ignore", "pipe", "inherit"],
        });
        let out = "";
        child.stdout.on("data", (data) => (out += data));
        child.on("close", (code) => {
          try {
            resolve(code === 0 ? JSON.parse(out.trim().split("\n").at(-1)) : { error: `exit ${code}` });
          } catch {
            resolve({ error: "no output" });
          }
        });
      });
      runs[variant].push(run);
    }
  }
  await Promise.all([worker(), worker()]);
  return Object.fromEntries(
    Object.entries(runs).map(([variant, list]) => {
      const ok = list.filter((run) => typeof run.maxRssMB === "number");
      if (ok.length === 0) return [variant, { error: list[0]?.error ?? "no run" }];
      return [
        variant,
        {
          // The lowest peak, not the median: where a major GC falls decides how far V8 grows the
          // heap, and a run that collects in the middle of a large file peaks hundreds of MB higher
          // (400 vs 950 MB for the same build and configuration). Spikes only add, so the lowest of
          // the runs is the comparable figure; every run is still reported.
          maxRssMB: Math.min(...ok.map((run) => run.maxRssMB)),
          runsMB: ok.map((run) => run.maxRssMB),
          retainedHeapMB: median(ok.map((run) => run.retainedHeapMB ?? NaN)),
        },
      ];
    }),
  );
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const sizeArg = args.size ?? "medium";
  const size = parseSize(sizeArg);
  const log = (message) => process.stderr.write(`${message}\n`);
  const started = performance.now();
  /** Seconds per phase, printed with the total (the default run must stay under a minute). */
  const phases = {};
  let phaseStart = started;
  const endPhase = (name) => {
    const now = performance.now();
    phases[name] = (now - phaseStart) / 1000;
    phaseStart = now;
  };

  const corpus = ensureCorpus();
  const files = selectFiles(corpus, size);
  const texts = files.map((file) => readSource(file));
  // `--reference-alone KEY`: a cited plugin measured as this one is (its own floor and stats passes).
  const alone = args["reference-alone"];
  if (alone && (args["update-readme"] || args.oxlint || args.reference)) throw new Error("--reference-alone measures another plugin: it takes no --update-readme, --oxlint or --reference");
  const plugin = alone ? referenceAsPlugin(String(alone), log) : await loadPlugin();
  const configs = variantConfigs(plugin, files);
  const rounds = Number(args.rounds ?? (files.length <= 150 ? 3 : 2));
  const chunkLines = Number(args["chunk-lines"] ?? 3000);
  const recommendedRules = new Set(rulesOf(plugin.configs.recommended));
  const allRules = rulesOf(plugin.configs.all);
  const strictRules = new Set(rulesOf(plugin.configs.strict));
  // `--reference`: the plugins the issue cites, timed in the same rounds as ours (bench/reference.js).
  const references = args.reference ? loadReferences(log) : [];
  for (const reference of references) configs[reference.key] = [...configs.zero, reference.config];
  const timed = [...TIMED, ...references.map((reference) => reference.key)];

  const instances = Object.fromEntries(
    timed.map((name) => [
      name,
      new ESLint({
        cwd: corpusRoot,
        overrideConfigFile: true,
        overrideConfig: configs[name === "noop2" ? "noop" : name],
        ignore: false,
      }),
    ]),
  );

  // Warm-up: `zero` and `all` lint every file (parse failures and crashes leave the timed set;
  // `all` counts findings), the other instances a fifth of them (JIT warm-up is shared); every
  // instance resolves the config of every file first, so no timed pass pays for that.
  endPhase("setup");
  log(`bench: ${files.length} files, warm-up…`);
  for (const eslint of Object.values(instances)) {
    for (const file of files) await eslint.calculateConfigForFile(absolutePath(file));
  }
  const warmupFiles = Math.max(10, Math.ceil(files.length / 5));
  const parseFailures = [];
  const crashes = [];
  const findings = new Map(allRules.map((rule) => [rule, 0]));
  const excluded = new Set();
  for (const name of ["zero", "all", "noop", "noop2", "recommended", ...references.map((reference) => reference.key)]) {
    for (const [i, file] of files.entries()) {
      if (excluded.has(i)) continue;
      if (name !== "zero" && name !== "all" && i >= warmupFiles) break;
      try {
        const result = await lintOne(instances[name], texts[i], file);
        const fatal = result.messages.find((message) => message.fatal);
        if (fatal) {
          excluded.add(i);
          parseFailures.push({ path: file.path, message: fatal.message });
        } else if (name === "all") {
          for (const message of result.messages) {
            if (!findings.has(message.ruleId)) continue;
            findings.set(message.ruleId, findings.get(message.ruleId) + 1);
          }
        }
      } catch (error) {
        excluded.add(i);
        crashes.push({ path: file.path, variant: name, message: String(error?.message ?? error).split("\n")[0] });
      }
    }
  }
  const kept = files.map((_, i) => i).filter((i) => !excluded.has(i));
  const chunks = chunk(kept, files, chunkLines);

  // Timed rounds: every chunk through every instance, in a fresh random order each time (a fixed
  // rotation would always run each instance right after the same one, and charge it that one's
  // garbage). Each sample records the wall time and this process's CPU time (user + system, all
  // threads: GC helpers included).
  endPhase("warm-up");
  log(`bench: ${kept.length} files in ${chunks.length} chunks × ${rounds} rounds…`);
  // The 1-minute load average as the timed rounds start and end: this process alone keeps it near
  // 1 (plus GC helper threads); the memory and Oxlint phases after the rounds run processes of their
  // own, so sampling after them would count the benchmark itself as "other jobs".
  const loadAtStart = loadavg()[0];
  const machineAtStart = machineCpuMs();
  const ownAtStart = process.cpuUsage();
  const wallAtStart = performance.now();
  const samples = { wall: [], cpu: [] }; // per chunk per round: { zero, noop, noop2, recommended, all, …references } in ms
  const totals = { wall: Object.fromEntries(timed.map((name) => [name, 0])), cpu: Object.fromEntries(timed.map((name) => [name, 0])) };
  const random = mulberry32(Number(args.seed ?? 20261123));
  for (let round = 0; round < rounds; round++) {
    for (const indices of chunks) {
      const wall = {};
      const cpu = {};
      const order = shuffled(timed, random);
      for (const name of order) {
        // Start every pass from a collected heap (untimed), so no pass pays for the garbage the
        // previous configuration left behind; each pays for the collections its own allocations cause.
        collectGarbage?.();
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        for (const i of indices) await lintOne(instances[name], texts[i], files[i]);
        wall[name] = performance.now() - t0;
        const used = process.cpuUsage(cpu0);
        cpu[name] = (used.user + used.system) / 1000;
        totals.wall[name] += wall[name];
        totals.cpu[name] += cpu[name];
      }
      samples.wall.push(wall);
      samples.cpu.push(cpu);
    }
  }
  const loadAtEnd = loadavg()[0];
  const otherCpu = otherProcessesShare(machineAtStart, ownAtStart, wallAtStart);

  const ratioSet = (clock) => {
    const ratioOf = (num, den) => samples[clock].map((sample) => sample[num] / sample[den]);
    const pairs = {
      recommendedVsFloor: ["recommended", "noop"],
      allVsFloor: ["all", "noop"],
      recommendedVsZero: ["recommended", "zero"],
      allVsZero: ["all", "zero"],
      floorVsZero: ["noop", "zero"],
      null: ["noop2", "noop"],
    };
    // Each reference against the floor and zero rules, and `recommended` against it directly.
    for (const { key } of references) {
      pairs[`${key}VsFloor`] = [key, "noop"];
      pairs[`${key}VsZero`] = [key, "zero"];
      pairs[`recommendedVs_${key}`] = ["recommended", key];
    }
    const t = totals[clock];
    const raw = Object.fromEntries(Object.entries(pairs).map(([key, [num, den]]) => [key, ratioOf(num, den)]));
    const ofTotals = Object.fromEntries(Object.entries(pairs).map(([key, [num, den]]) => [key, t[num] / t[den]]));
    return Object.fromEntries(
      Object.entries(raw).map(([key, values]) => [
        key,
        { median: median(values), p25: quantile(values, 0.25), p75: quantile(values, 0.75), totals: ofTotals[key] },
      ]),
    );
  };
  const clock = args.clock === "wall" ? "wall" : "cpu";
  const byClock = { cpu: ratioSet("cpu"), wall: ratioSet("wall") };
  const summary = byClock[clock];

  // Per-rule cost from ESLint's stats: one pass with `recommended` and one with `all` (the rules'
  // code is warm from the timed rounds; the configs are resolved first so a pass measures linting
  // only). Each configuration gets its own pass because rules share per-file work (the module entry
  // points, the credential-word test): whichever rule asks first pays for it, so in an `all` pass a
  // rule outside `recommended` can pay for work that `recommended` alone would charge to its own rules.
  endPhase("timed rounds");
  log("bench: per-rule stats…");
  const statsRuns = Math.max(1, Number(args["stats-runs"] ?? (files.length < 400 ? 1 : 3)));
  const statsOf = (names) => statsPasses(names.map((name) => configs[name]), kept, files, texts, statsRuns);
  const [recommendedStats, allStats] = await statsOf(["recommended", "all"]);
  // Each reference in a phase of its own, alternating with `recommended` like `all` above: the
  // shares depend on what else is linted in between (in a release run with all four configurations in
  // one rotation, `recommended` read 4.84%, against 4.0–4.1% alternating with `all`), so each
  // comparison gets the same two-way alternation, and our share from that phase is reported beside it.
  const referenceStats = [];
  for (const reference of references) {
    log(`bench: per-rule stats, ${reference.name}…`);
    const [ours, theirs] = await statsOf(["recommended", reference.key]);
    referenceStats.push({ ours, theirs });
  }
  const referenceResults = references.map((reference, r) => {
    const { ours, theirs: pass } = referenceStats[r];
    const slowest = [...pass.ruleTime].reduce((max, entry) => (max === undefined || entry[1] > max[1] ? entry : max), undefined);
    return {
      key: reference.key,
      title: reference.title,
      name: reference.name,
      version: reference.version,
      rules: reference.rules.length,
      vsFloor: summary[`${reference.key}VsFloor`],
      vsZero: summary[`${reference.key}VsZero`],
      recommendedVsIt: summary[`recommendedVs_${reference.key}`],
      ruleShare: pass.rulesTime / pass.baseTime,
      firstRunShare: pass.firstShare,
      /** Our `recommended` in the same phase. */
      oursRuleShare: ours.rulesTime / ours.baseTime,
      slowestRule: slowest && { rule: slowest[0], share: slowest[1] / pass.baseTime },
      // Its own rules' reports only: a corpus file's `eslint-disable` comment that names a rule
      // ESLint does not know is reported under that rule's id.
      findings: reference.rules.reduce((sum, rule) => sum + (pass.findings.get(rule) ?? 0), 0),
    };
  });
  const perRule = allRules
    .map((rule) => {
      const inRecommended = recommendedRules.has(rule);
      const ms = allStats.ruleTime.get(rule) ?? 0;
      const recommendedMs = inRecommended ? (recommendedStats.ruleTime.get(rule) ?? 0) : undefined;
      return {
        rule,
        config: inRecommended ? "recommended" : strictRules.has(rule) ? "strict" : "all",
        findings: findings.get(rule) ?? 0,
        /** In the `all` pass. */
        ms,
        share: ms / allStats.baseTime,
        /** In the `recommended` pass (rules of `recommended` only). */
        recommendedMs,
        recommendedShare: recommendedMs === undefined ? undefined : recommendedMs / recommendedStats.baseTime,
      };
    })
    .sort((a, b) => (b.recommendedShare ?? -1) - (a.recommendedShare ?? -1) || b.share - a.share);

  endPhase("per-rule stats");
  // One run per configuration for a default run (under a minute); a release run keeps the lowest of
  // five (with three, two runs of the same build peaked at 517 and 821 MB in one session-7 run).
  const rssRuns = Number(args["rss-runs"] ?? (files.length < 400 ? 1 : 5));
  // The memory children load this plugin's build, so there is no memory figure for a reference alone.
  const memory = args["no-rss"] || alone ? undefined : await measureMemory(["zero", "noop", "recommended", "all"], files.length, rssRuns);
  if (memory) endPhase("memory");

  let oxlint;
  if (args.oxlint) {
    log("bench: Oxlint…");
    oxlint = await runOxlint({ plugin, files: kept.map((i) => files[i]), log });
    endPhase("Oxlint");
  }

  const stats = describeFiles(kept.map((i) => files[i]));
  const result = {
    date: new Date().toISOString().slice(0, 10),
    size: sizeArg,
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? "n/a",
      memoryGB: Math.round(totalmem() / 2 ** 30),
      // 1-minute load average as the timed rounds start and end: well above one per core, other
      // processes competed for the CPU and every figure here is noisier (stats shares included).
      load: [loadAtStart, loadAtEnd],
      // Share of the machine's CPU capacity that other processes used during the timed rounds
      // (Linux /proc/stat less this process's own CPU time); undefined where /proc/stat is missing.
      otherCpu,
    },
    versions: versions(),
    plugin: { name: plugin.meta.name, version: plugin.meta.version, rules: allRules.length, recommended: recommendedRules.size },
    corpus: { ...stats, packagesInCorpus: new Set(corpus.map((file) => file.package)).size, corpusFiles: corpus.length },
    parseFailures,
    crashes,
    rounds,
    chunks: chunks.length,
    gcBetweenPasses: collectGarbage !== undefined,
    clock,
    msPerPass: {
      cpu: Object.fromEntries(timed.map((name) => [name, totals.cpu[name] / rounds])),
      wall: Object.fromEntries(timed.map((name) => [name, totals.wall[name] / rounds])),
    },
    ratios: summary,
    ratiosByClock: byClock,
    stats: {
      runsPerFile: statsRuns,
      parseMs: allStats.parseTime,
      baseMs: allStats.baseTime,
      allRulesMs: allStats.rulesTime,
      allShare: allStats.rulesTime / allStats.baseTime,
      recommendedBaseMs: recommendedStats.baseTime,
      recommendedRulesMs: recommendedStats.rulesTime,
      recommendedShare: recommendedStats.rulesTime / recommendedStats.baseTime,
      /** Each file's first run alone (a single pass), for comparison when there are several. */
      recommendedFirstRunShare: recommendedStats.firstShare,
      allFirstRunShare: allStats.firstShare,
    },
    perRule,
    references: referenceResults.length > 0 ? referenceResults : undefined,
    memory,
    oxlint,
    seconds: (performance.now() - started) / 1000,
    phases,
  };
  result.checks = checks(result);

  mkdirSync(join(benchDir, "results"), { recursive: true });
  const out = args.json && args.json !== true ? String(args.json) : join(benchDir, "results", `bench-${sizeArg}${alone ? `-${alone}` : ""}.json`);
  result.resultsFile = relative(repoRoot, out);
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);

  print(result);
  if (args.markdown) console.log(`\n${markdown(result)}`);
  if (args.markdown && result.references) console.log(`\n${referenceMarkdown(result)}`);
  if (args["update-readme"]) {
    replaceReadmeBlock("results", markdown(result));
    if (result.references) replaceReadmeBlock("reference", referenceMarkdown(result));
  }
  console.log(
    `\nratio recommended ${fixed(summary.recommendedVsFloor.median)} all ${fixed(summary.allVsFloor.median)} ` +
      `(vs zero rules ${fixed(summary.recommendedVsZero.median)}; null ${fixed(summary.null.median)})`,
  );
}

/**
 * Lints the files with ESLint's `stats: true`, one pass per configuration, file by file with the
 * configurations in alternating order (rotating, for more than two) so that all see the same
 * machine state, `runs` times per file. Each figure of a file (a rule's time, the parse and total
 * time) is the median of its runs: a garbage-collection pause lands in whichever rule is running
 * and moved a single pass's total by ±0.3 points. Returns, per configuration, the summed times,
 * `baseTime` (parse + traverse: the pass total less all rule time), `firstShare` (rule time over
 * parse + traverse from each file's first run alone: what a single pass measures) and the reports
 * per rule of the first run.
 */
async function statsPasses(configList, kept, files, texts, runs) {
  const passes = configList.map((config) => ({
    eslint: new ESLint({ cwd: corpusRoot, overrideConfigFile: true, overrideConfig: config, ignore: false, stats: true }),
    ruleTime: new Map(),
    findings: new Map(),
    parseTime: 0,
    totalTime: 0,
    firstRulesTime: 0,
    firstTotalTime: 0,
  }));
  // The configs are resolved first, so a pass measures linting only.
  for (const pass of passes) for (const i of kept) await pass.eslint.calculateConfigForFile(absolutePath(files[i]));
  for (const [n, i] of kept.entries()) {
    const perPass = passes.map(() => ({ parse: [], total: [], rules: new Map() }));
    for (let run = 0; run < runs; run++) {
      const first = (n + run) % passes.length;
      const order = [...passes.keys()].map((k) => (first + k) % passes.length);
      for (const p of order) {
        const pass = passes[p];
        const result = await lintOne(pass.eslint, texts[i], files[i]);
        if (run === 0) for (const { ruleId } of result.messages) if (ruleId) pass.findings.set(ruleId, (pass.findings.get(ruleId) ?? 0) + 1);
        const into = perPass[p];
        const { parse, total, rules } = statsTimes(result);
        into.parse.push(parse);
        into.total.push(total);
        for (const [rule, ms] of rules) into.rules.set(rule, [...(into.rules.get(rule) ?? []), ms]);
      }
    }
    for (const [p, pass] of passes.entries()) {
      const into = perPass[p];
      pass.parseTime += median(into.parse);
      pass.totalTime += median(into.total);
      for (const [rule, times] of into.rules) pass.ruleTime.set(rule, (pass.ruleTime.get(rule) ?? 0) + median(times));
      pass.firstTotalTime += into.total[0] ?? 0;
      for (const times of into.rules.values()) pass.firstRulesTime += times[0] ?? 0;
    }
  }
  return passes.map((pass) => {
    const rulesTime = [...pass.ruleTime.values()].reduce((sum, time) => sum + time, 0);
    return {
      ruleTime: pass.ruleTime,
      findings: pass.findings,
      parseTime: pass.parseTime,
      rulesTime,
      baseTime: pass.totalTime - rulesTime,
      firstShare: pass.firstRulesTime / (pass.firstTotalTime - pass.firstRulesTime),
    };
  });
}

/** Busy CPU time of the whole machine so far, in ms (Linux: /proc/stat), or undefined. */
function machineCpuMs() {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0];
    const fields = line.trim().split(/\s+/u).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal guest guest_nice: busy is all but idle and
    // iowait (steal counts: other virtual machines took the CPU); guest time is already in user.
    const busyTicks = fields.slice(0, 8).reduce((sum, value, index) => (index === 3 || index === 4 ? sum : sum + value), 0);
    return (busyTicks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

/** The share of the machine's CPU capacity used by other processes since the given samples (0–1). */
function otherProcessesShare(machineAtStart, ownAtStart, wallAtStart) {
  const machineNow = machineCpuMs();
  if (machineAtStart === undefined || machineNow === undefined) return undefined;
  const own = process.cpuUsage(ownAtStart);
  const ownMs = (own.user + own.system) / 1000;
  const capacity = (performance.now() - wallAtStart) * cpus().length;
  return Math.max(0, (machineNow - machineAtStart - ownMs) / capacity);
}

/**
 * Other processes competed for the CPU during the timed rounds: more than 10% of the machine's CPU
 * capacity went to them (measured where /proc/stat exists). Elsewhere the load average stands in;
 * it counts this process's own threads (GC helpers included), so it is only a rough hint.
 */
function busy(result) {
  const other = result.machine.otherCpu;
  if (typeof other === "number") return other > 0.1;
  return Math.max(...result.machine.load) > result.machine.cpus * 0.75;
}

function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function loadText(result) {
  const other = result.machine.otherCpu;
  const load = `load average ${result.machine.load.map((value) => value.toFixed(1)).join(" → ")}`;
  return typeof other === "number" ? `other processes used ${(other * 100).toFixed(0)}% of the CPU during the timed rounds (${load})` : load;
}

/** The rule with the largest share in the `all` pass. */
function slowestInAll(perRule) {
  return perRule.reduce((max, entry) => (max === undefined || entry.share > max.share ? entry : max), undefined);
}

/** Pass/fail against the targets. */
function checks(result) {
  const { ratios, stats, perRule, memory } = result;
  const list = [
    ["recommended / no-op floor", ratios.recommendedVsFloor.median, `<= ${TARGETS.recommendedVsFloor}`, ratios.recommendedVsFloor.median <= TARGETS.recommendedVsFloor, fixed],
    ["recommended / zero rules", ratios.recommendedVsZero.median, `<= ${TARGETS.recommendedVsZero}`, ratios.recommendedVsZero.median <= TARGETS.recommendedVsZero, fixed],
    ["all / no-op floor", ratios.allVsFloor.median, `<= ${TARGETS.allVsFloor}`, ratios.allVsFloor.median <= TARGETS.allVsFloor, fixed],
    ["recommended rule time / parse+traverse", stats.recommendedShare, `<= ${percent(TARGETS.recommendedRuleShare, 0)}`, stats.recommendedShare <= TARGETS.recommendedRuleShare, percent],
  ];
  // `perRule` is sorted by the share in the `recommended` pass first.
  const worst = perRule.find((entry) => entry.recommendedShare !== undefined);
  if (worst) {
    list.push([`slowest recommended rule (${worst.rule.replace(/^auth-security\//, "")})`, worst.recommendedShare, `<= ${percent(TARGETS.singleRuleShare, 1)}`, worst.recommendedShare <= TARGETS.singleRuleShare, percent]);
  }
  const slowest = slowestInAll(perRule);
  if (slowest && slowest.rule !== worst?.rule) {
    list.push([`slowest rule of all (${slowest.rule.replace(/^auth-security\//, "")})`, slowest.share, `<= ${percent(TARGETS.singleRuleShare, 1)}`, slowest.share <= TARGETS.singleRuleShare, percent]);
  }
  // Memory against the no-op floor, like time: ESLint itself allocates more (code path analysis)
  // as soon as any rule is on; the table shows the difference to zero rules too.
  if (memory?.noop?.maxRssMB && memory?.recommended?.maxRssMB) {
    const extra = memory.recommended.maxRssMB - memory.noop.maxRssMB;
    list.push(["recommended peak RSS − no-op floor", extra, `<= +${TARGETS.recommendedExtraMB} MB`, extra <= TARGETS.recommendedExtraMB, (v) => `${v >= 0 ? "+" : ""}${v.toFixed(1)} MB`]);
  }
  // Peak RSS swings by hundreds of MB with GC timing (V8 lets garbage pile up when its concurrent
  // marking falls behind); the heap that survives a full GC is the stable part of the footprint.
  if (Number.isFinite(memory?.noop?.retainedHeapMB) && Number.isFinite(memory?.recommended?.retainedHeapMB)) {
    const extra = memory.recommended.retainedHeapMB - memory.noop.retainedHeapMB;
    list.push(["recommended heap after GC − no-op floor", extra, `<= +${TARGETS.recommendedExtraMB} MB`, extra <= TARGETS.recommendedExtraMB, (v) => `${v >= 0 ? "+" : ""}${v.toFixed(1)} MB`]);
  }
  return list.map(([name, value, target, pass, format]) => ({ name, value, shown: format(value), target, pass }));
}

function print(result) {
  const { corpus, msPerPass, perRule, memory, stats } = result;
  console.log(
    `\n${result.plugin.name} ${result.plugin.version}: ${result.plugin.rules} rules (${result.plugin.recommended} recommended) — ` +
      `${corpus.files} files, ${corpus.lines} lines (${corpus.typescriptFiles} TypeScript) from ${corpus.packages} packages; ` +
      `${result.chunks} chunks × ${result.rounds} rounds; ESLint ${result.versions.eslint}, Node ${result.versions.node}, ${result.machine.cpus} cores`,
  );
  if (busy(result)) {
    console.log(
      `WARNING: the machine was busy (${loadText(result)} on ${result.machine.cpus} cores): the figures below are noisy; re-run on an idle machine.`,
    );
  }
  if (result.parseFailures.length > 0) {
    console.log(`parse failures (not timed): ${result.parseFailures.length}`);
    for (const failure of result.parseFailures.slice(0, 5)) console.log(`  ${failure.path}: ${failure.message}`);
  }
  if (result.crashes.length > 0) {
    console.log(`CRASHES (not timed; run npm run test:corpus): ${result.crashes.length}`);
    for (const crash of result.crashes.slice(0, 10)) console.log(`  ${crash.path} [${crash.variant}]: ${crash.message}`);
  }

  console.log(`\nTime per pass (ms): CPU time of this process (user + system) and wall time`);
  console.log(
    table([
      ["", "zero", "no-op", "no-op′", "recommended", "all", ...(result.references ?? []).map((reference) => reference.name)],
      ...["cpu", "wall"].map((clock) => [clock, ...Object.values(msPerPass[clock]).map((ms) => ms.toFixed(0))]),
    ]),
  );
  for (const clock of [result.clock, result.clock === "cpu" ? "wall" : "cpu"]) {
    const set = result.ratiosByClock[clock];
    const row = (label, key) => [label, fixed(set[key].median, 3), `${fixed(set[key].p25, 3)}–${fixed(set[key].p75, 3)}`, fixed(set[key].totals, 3)];
    console.log(`\nPaired ratios, ${clock} time${clock === result.clock ? " (reported)" : ""}: median of per-chunk ratios, p25–p75, ratio of totals`);
    console.log(
      table([
        ["ratio", "median", "p25–p75", "totals"],
        row("recommended / no-op floor (c/b)", "recommendedVsFloor"),
        row("all / no-op floor (d/b)", "allVsFloor"),
        row("recommended / zero rules (c/a)", "recommendedVsZero"),
        row("all / zero rules (d/a)", "allVsZero"),
        row("no-op floor / zero rules (b/a)", "floorVsZero"),
        row("null: no-op′ / no-op (A/A)", "null"),
      ]),
    );
  }

  console.log(
    `\nRule time (ESLint stats) over parse + traverse, ${stats.runsPerFile > 1 ? `median of ${stats.runsPerFile} runs per file` : "one pass"} per configuration: recommended ${percent(stats.recommendedShare)} ` +
      `(of ${stats.recommendedBaseMs.toFixed(0)} ms), all ${percent(stats.allShare)} (of ${stats.baseMs.toFixed(0)} ms, parse ${stats.parseMs.toFixed(0)} ms)` +
      (stats.runsPerFile > 1 ? `; first run of each file alone: recommended ${percent(stats.recommendedFirstRunShare)}, all ${percent(stats.allFirstRunShare)}` : ""),
  );
  console.log(
    table([
      ["rule", "config", "findings", "ms (recommended)", "share (recommended)", "ms (all)", "share (all)"],
      ...perRule.map((entry) => [
        entry.rule,
        entry.config,
        entry.findings,
        entry.recommendedMs === undefined ? "" : entry.recommendedMs.toFixed(1),
        entry.recommendedShare === undefined ? "" : percent(entry.recommendedShare, 3),
        entry.ms.toFixed(1),
        percent(entry.share, 3),
      ]),
    ]),
  );

  if (result.references) {
    console.log(`\nReference plugins: timed in the same rounds as ours (${result.clock} time, medians of per-chunk ratios); stats in a phase of their own, alternating with our recommended`);
    console.log(
      table([
        ["configuration", "rules", "vs no-op floor", "vs zero rules", "our recommended / it", "rule time", "ours, same phase", "slowest rule", "findings"],
        ...referenceRows(result, (name) => name),
      ]),
    );
  }

  if (memory) {
    console.log("\nMemory (one process per configuration and run, each lints the subset once; lowest peak of the runs, median heap after GC)");
    const base = memory.zero?.maxRssMB;
    const floor = memory.noop?.maxRssMB;
    const signed = (value) => `${value >= 0 ? "+" : ""}${value.toFixed(1)} MB`;
    console.log(
      table([
        ["config", "peak RSS", "vs zero", "vs no-op", "runs", "heap after GC"],
        ...["zero", "noop", "recommended", "all"].map((name) => {
          const entry = memory[name] ?? {};
          return [
            name,
            entry.maxRssMB ? `${entry.maxRssMB.toFixed(1)} MB` : entry.error,
            entry.maxRssMB && base ? signed(entry.maxRssMB - base) : "",
            entry.maxRssMB && floor ? signed(entry.maxRssMB - floor) : "",
            entry.runsMB ? entry.runsMB.map((value) => value.toFixed(0)).join(" / ") : "",
            Number.isFinite(entry.retainedHeapMB) ? `${entry.retainedHeapMB.toFixed(1)} MB` : "",
          ];
        }),
      ]),
    );
  }

  if (result.oxlint) {
    const ox = result.oxlint;
    console.log("\nOxlint (the plugin as a JS plugin, `all` rules)");
    if (ox.skipped) console.log(`  skipped: ${ox.skipped}`);
    else {
      console.log(
        `  Oxlint ${ox.version}: ${ox.ms.toFixed(0)} ms (${ox.threads} threads), ${ox.msOneThread?.toFixed(0) ?? "n/a"} ms (1 thread); ` +
          `ESLint CLI ${ox.eslintMs.toFixed(0)} ms → ESLint/Oxlint ${fixed(ox.ratio)} (1 thread ${fixed(ox.ratioOneThread)})`,
      );
      console.log(`  findings: ESLint ${ox.eslintFindings}, Oxlint ${ox.oxlintFindings}, identical: ${ox.identical ? "yes" : "no"}`);
      for (const line of ox.onlyEslint.slice(0, 10)) console.log(`    only ESLint: ${line}`);
      for (const line of ox.onlyOxlint.slice(0, 10)) console.log(`    only Oxlint: ${line}`);
    }
  }

  console.log("\nTargets");
  console.log(table([["check", "value", "target", ""], ...result.checks.map((check) => [check.name, check.shown, check.target, check.pass ? "pass" : "FAIL"])]));
  const phases = Object.entries(result.phases ?? {})
    .map(([name, seconds]) => `${name} ${seconds.toFixed(0)} s`)
    .join(", ");
  console.log(`\n(${result.seconds.toFixed(0)} s: ${phases}; results in ${result.resultsFile})`);
}

/**
 * The rows of the reference comparison, ours first: configuration, rules, ratios against the floor
 * and zero rules, ours / it, rule time, ours in the same stats phase, slowest rule, findings.
 * `code` formats a rule name (back quotes in Markdown).
 */
function referenceRows(result, code) {
  const worst = result.perRule.find((entry) => entry.recommendedShare !== undefined);
  const slowest = (share, rule) => `${percent(share)} (${code(rule)})`;
  return [
    [
      `${result.plugin.name} ${result.plugin.version}, recommended`,
      result.plugin.recommended,
      fixed(result.ratios.recommendedVsFloor.median),
      fixed(result.ratios.recommendedVsZero.median),
      "—",
      percent(result.stats.recommendedShare),
      "—",
      worst ? slowest(worst.recommendedShare, worst.rule.replace(/^auth-security\//, "")) : "",
      recommendedFindings(result),
    ],
    ...result.references.map((reference) => [
      reference.title,
      reference.rules,
      fixed(reference.vsFloor.median),
      fixed(reference.vsZero.median),
      fixed(reference.recommendedVsIt.median),
      percent(reference.ruleShare),
      percent(reference.oursRuleShare),
      reference.slowestRule ? slowest(reference.slowestRule.share, reference.slowestRule.rule.replace(/^ref-[a-z]+\//, "")) : "",
      reference.findings,
    ]),
  ];
}

/** Findings of the `recommended` rules in the warm-up's `all` pass. */
function recommendedFindings(result) {
  return result.perRule.filter((entry) => entry.config === "recommended").reduce((sum, entry) => sum + entry.findings, 0);
}

/** The bench/README.md block of a `--reference` run: the cited plugins beside ours, same rounds. */
export function referenceMarkdown(result) {
  return [
    `Run ${result.date}, \`npm run bench -- --size ${result.size} --reference\`: ${result.corpus.files} files, ${result.chunks} chunks × ${result.rounds} rounds, ` +
      `${result.clock} time, ESLint ${result.versions.eslint}. ${capitalize(loadText(result))}${busy(result) ? " — **the machine was busy: these figures are noisy**" : ""}.`,
    "",
    "| Configuration | Rules | vs no-op floor | vs zero rules | Our `recommended` / it | Rule time (stats) | Ours in the same stats phase | Slowest rule | Findings |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...referenceRows(result, (name) => `\`${name}\``).map((cells) => `| ${cells.join(" | ")} |`),
    "",
    `The no-op floor costs ${fixed(result.ratios.floorVsZero.median)} × zero rules in this run; A/A null ratio ${fixed(result.ratios.null.median)}.`,
  ].join("\n");
}

/** The bench/README.md results block for this run. */
export function markdown(result) {
  const { ratios, corpus, memory, stats } = result;
  const other = result.clock === "cpu" ? "wall" : "cpu";
  const otherRatios = result.ratiosByClock[other];
  const lines = [
    `Run ${result.date}, \`npm run bench -- --size ${result.size}${result.references ? " --reference" : ""}\`: ${corpus.files} files, ${corpus.lines.toLocaleString("en-US")} lines ` +
      `(${corpus.typescriptFiles} TypeScript) from ${corpus.packages} packages; ${result.chunks} chunks × ${result.rounds} rounds. ` +
      `${result.machine.cpus} cores (${result.machine.cpu}), Node ${result.versions.node}, ESLint ${result.versions.eslint}, ` +
      `@typescript-eslint/parser ${result.versions["@typescript-eslint/parser"]}; ${result.plugin.name} ${result.plugin.version} with ${result.plugin.rules} rules (${result.plugin.recommended} in recommended). ` +
      `${capitalize(loadText(result))}${busy(result) ? " — **the machine was busy (other jobs running): these figures are noisy, re-run on an idle machine**" : ""}.`,
    "",
    "| Measure | recommended | all | Target (recommended / all) |",
    "| --- | --- | --- | --- |",
    `| vs no-op floor (c/b, d/b), ${result.clock} time | ${fixed(ratios.recommendedVsFloor.median)} | ${fixed(ratios.allVsFloor.median)} | ≤ ${TARGETS.recommendedVsFloor} / ≤ ${TARGETS.allVsFloor} |`,
    `| vs zero rules (c/a, d/a), ${result.clock} time | ${fixed(ratios.recommendedVsZero.median)} | ${fixed(ratios.allVsZero.median)} | ≤ ${TARGETS.recommendedVsZero} / — |`,
    `| vs no-op floor, ${other} time | ${fixed(otherRatios.recommendedVsFloor.median)} | ${fixed(otherRatios.allVsFloor.median)} | |`,
    `| vs zero rules, ${other} time | ${fixed(otherRatios.recommendedVsZero.median)} | ${fixed(otherRatios.allVsZero.median)} | |`,
    `| rule time / parse + traverse (stats${stats.runsPerFile > 1 ? `, median of ${stats.runsPerFile} runs per file` : ""}) | ${percent(stats.recommendedShare)} | ${percent(stats.allShare)} | ≤ ${percent(TARGETS.recommendedRuleShare, 0)} / — |`,
    ...(stats.runsPerFile > 1
      ? [`| rule time, each file's first run alone (a single pass) | ${percent(stats.recommendedFirstRunShare)} | ${percent(stats.allFirstRunShare)} | |`]
      : []),
    `| slowest single rule (stats) | ${percent(result.perRule.find((entry) => entry.recommendedShare !== undefined)?.recommendedShare ?? NaN)} | ${percent(slowestInAll(result.perRule)?.share ?? NaN)} | ≤ ${percent(TARGETS.singleRuleShare, 1)} |`,
  ];
  if (memory?.zero?.maxRssMB && memory?.noop?.maxRssMB) {
    const extra = (name, base) => (memory[name]?.maxRssMB ? `${(memory[name].maxRssMB - memory[base].maxRssMB).toFixed(1)} MB` : "n/a");
    lines.push(`| peak RSS − no-op floor | ${extra("recommended", "noop")} | ${extra("all", "noop")} | ≤ +${TARGETS.recommendedExtraMB} MB / — |`);
    lines.push(`| peak RSS − zero rules | ${extra("recommended", "zero")} | ${extra("all", "zero")} | — |`);
    const retained = (name) =>
      Number.isFinite(memory[name]?.retainedHeapMB) ? `${(memory[name].retainedHeapMB - memory.noop.retainedHeapMB).toFixed(1)} MB` : "n/a";
    lines.push(`| heap after GC − no-op floor | ${retained("recommended")} | ${retained("all")} | — |`);
  }
  if (memory?.zero?.runsMB) {
    lines.push(
      "",
      `Peak RSS per run, MB (the lowest is reported: GC timing adds hundreds of MB to single runs): ${["zero", "noop", "recommended", "all"]
        .map((name) => `${name} ${memory[name]?.runsMB?.map((value) => value.toFixed(0)).join(" / ") ?? "n/a"}`)
        .join("; ")}. Heap after a full GC: ${["zero", "noop", "recommended", "all"]
        .map((name) => `${name} ${Number.isFinite(memory[name]?.retainedHeapMB) ? memory[name].retainedHeapMB.toFixed(1) : "n/a"}`)
        .join("; ")} MB.`,
    );
  }
  lines.push(
    "",
    `Noise floor: A/A null ratio ${fixed(ratios.null.median)} (${other} time ${fixed(otherRatios.null.median)}); the no-op floor itself costs ${fixed(ratios.floorVsZero.median)} × zero rules. ` +
      `Targets: ${result.checks.filter((check) => check.pass).length} of ${result.checks.length} met${result.checks.some((check) => !check.pass) ? ` (missed: ${result.checks.filter((check) => !check.pass).map((check) => `${check.name} ${check.shown}`).join("; ")})` : ""}.`,
    "",
    `Each rule's share of parse + traverse time, in the \`recommended\` pass (rules of \`recommended\`) and in the \`all\` pass${stats.runsPerFile > 1 ? ` (each file linted ${stats.runsPerFile} times per configuration, the median of its times kept)` : ""}; shared per-file work is charged to the first rule that asks for it, so a rule's share depends on the rules enabled with it.`,
    "",
    "| Rule | Config | Findings | Share, `recommended` | Share, `all` |",
    "| --- | --- | --- | --- | --- |",
    ...result.perRule.map(
      (entry) =>
        `| \`${entry.rule.replace(/^auth-security\//, "")}\` | ${entry.config} | ${entry.findings} | ${entry.recommendedShare === undefined ? "—" : percent(entry.recommendedShare, 3)} | ${percent(entry.share, 3)} |`,
    ),
  );
  if (result.oxlint && !result.oxlint.skipped) {
    const ox = result.oxlint;
    lines.push(
      "",
      `Oxlint ${ox.version} with the plugin as a JS plugin (\`all\`): ESLint/Oxlint wall time ${fixed(ox.ratio)} (${ox.threads} threads), ` +
        `${fixed(ox.ratioOneThread)} (1 thread); findings ${ox.identical ? "identical" : `differ (ESLint ${ox.eslintFindings}, Oxlint ${ox.oxlintFindings})`}.`,
    );
  }
  return lines.join("\n");
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exit(1);
});
