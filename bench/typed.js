/**
 * `npm run bench:typed`: what the rules cost a project that lints with type information
 * (typescript-eslint `parserOptions.project`), against the same project's type-aware zero-rule
 * baseline. The rules need no types; where a program is present they ask the type checker about
 * request / response objects and records (`src/analysis/handlers.ts`, `records.ts`), and that is
 * the cost measured here.
 *
 *   npm run bench:typed                          the first 150 TypeScript files of the corpus, 3 rounds
 *   npm run bench:typed -- --files 300 --rounds 5
 *   … --markdown / --update-readme               print / write the bench/README.md block
 *
 * Method. TypeScript computes a type once per program and keeps it, so only the first lint of a
 * file pays for the checker work its rules ask for; a warm pass in one long process (bench/run.js)
 * would measure cached answers. Here every pass is what `eslint .` does: a fresh process lints the
 * files once (the program is built on the first file, for every configuration alike). Each round
 * runs `zero` (no rule), `zero′` (the same again: the A/A null ratio), `noop` (one rule that does
 * nothing) and `recommended`, one process at a time in a seeded random order; the ratios are the
 * medians of the per-round ratios of CPU time (this process's user + system time). One more
 * process lints with `recommended` and `stats: true` for each rule's share of parse + traverse.
 *
 * The tsconfig.json listing the files is written to bench/.corpus/ (git-ignored); `types: []` keeps
 * the repository's own @types out of the program.
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { absolutePath, corpusRoot, describeFiles, parseArgs, readSource } from "./corpus.js";
import { loadPlugin, typedFiles, variantConfigs, writeTypedProject } from "./setup.js";
import { fixed, median, mulberry32, percent, replaceReadmeBlock, shuffled, statsTimes, table, versions } from "./util.js";

/** The issue's target for type-aware linting: `recommended` against the type-aware zero-rule baseline. */
export const TYPED_TARGET = 1.15;

const VARIANTS = ["zero", "zero2", "noop", "recommended"];

/** One pass in this process: lint every file once; prints one JSON line. */
async function child(args) {
  const files = typedFiles(Number(args.files));
  const variant = String(args.child);
  const stats = Boolean(args.stats);
  const configs = variantConfigs(await loadPlugin(), files, { project: String(args.project) });
  const eslint = new ESLint({ cwd: corpusRoot, overrideConfigFile: true, overrideConfig: configs[variant === "zero2" ? "zero" : variant], ignore: false, stats });
  for (const file of files) await eslint.calculateConfigForFile(absolutePath(file));
  const texts = files.map((file) => readSource(file));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let parseFailures = 0;
  let crashes = 0;
  let findings = 0;
  let baseMs = 0;
  const rules = {};
  for (const [i, file] of files.entries()) {
    try {
      const [result] = await eslint.lintText(texts[i], { filePath: absolutePath(file) });
      if (result.messages.some((message) => message.fatal)) parseFailures++;
      findings += result.messages.filter((message) => !message.fatal).length;
      const times = statsTimes(result);
      let ruleMs = 0;
      for (const [rule, ms] of times.rules) {
        rules[rule] = (rules[rule] ?? 0) + ms;
        ruleMs += ms;
      }
      baseMs += times.total - ruleMs;
    } catch {
      crashes++;
    }
  }
  const used = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ variant, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - t0, parseFailures, crashes, findings, baseMs, rules }));
}

function runChild(variant, args, project, stats = false) {
  return new Promise((resolve, reject) => {
    const argv = [fileURLToPath(import.meta.url), "--child", variant, "--files", String(args.files), "--project", project];
    if (stats) argv.push("--stats");
    const proc = spawn(process.execPath, argv, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    proc.stdout.on("data", (data) => (out += data));
    proc.on("close", (code) => {
      if (code !== 0) reject(new Error(`bench/typed.js --child ${variant} exited with ${code}`));
      else resolve(JSON.parse(out.trim().split("\n").at(-1)));
    });
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  args.files = Number(args.files ?? 150);
  if (args.child) return child(args);
  const started = performance.now();
  const rounds = Number(args.rounds ?? 3);
  const files = typedFiles(args.files);
  const project = writeTypedProject(files);
  const plugin = await loadPlugin();
  const log = (message) => process.stderr.write(`${message}\n`);
  log(`bench:typed: ${files.length} TypeScript files with type information, ${rounds} rounds of ${VARIANTS.length} processes…`);

  const random = mulberry32(Number(args.seed ?? 20261124));
  const runs = [];
  for (let round = 0; round < rounds; round++) {
    const run = {};
    for (const variant of shuffled(VARIANTS, random)) run[variant] = await runChild(variant, args, project);
    runs.push(run);
    log(`  round ${round + 1}: ${VARIANTS.map((variant) => `${variant} ${(run[variant].cpuMs / 1000).toFixed(1)} s`).join(", ")}`);
  }
  log("bench:typed: per-rule stats…");
  const stats = await runChild("recommended", args, project, true);

  const ratio = (num, den) => median(runs.map((run) => run[num].cpuMs / run[den].cpuMs));
  const rulesMs = Object.values(stats.rules).reduce((sum, ms) => sum + ms, 0);
  const result = {
    date: new Date().toISOString().slice(0, 10),
    files: describeFiles(files),
    rounds,
    versions: versions(),
    plugin: { name: plugin.meta.name, version: plugin.meta.version },
    cpuSeconds: Object.fromEntries(VARIANTS.map((variant) => [variant, median(runs.map((run) => run[variant].cpuMs)) / 1000])),
    ratios: {
      recommendedVsZero: ratio("recommended", "zero"),
      recommendedVsFloor: ratio("recommended", "noop"),
      floorVsZero: ratio("noop", "zero"),
      null: ratio("zero2", "zero"),
    },
    parseFailures: stats.parseFailures,
    crashes: Math.max(...runs.flatMap((run) => VARIANTS.map((variant) => run[variant].crashes)), stats.crashes),
    findings: stats.findings,
    ruleShare: rulesMs / stats.baseMs,
    perRule: Object.entries(stats.rules)
      .map(([rule, ms]) => ({ rule, share: ms / stats.baseMs }))
      .sort((a, b) => b.share - a.share),
    seconds: (performance.now() - started) / 1000,
  };
  result.pass = result.ratios.recommendedVsZero <= TYPED_TARGET;

  console.log(
    `\n${result.plugin.name} ${result.plugin.version}, type-aware: ${result.files.files} TypeScript files, ${result.files.lines} lines from ${result.files.packages} packages; ` +
      `${rounds} rounds; ESLint ${result.versions.eslint}, @typescript-eslint/parser ${result.versions["@typescript-eslint/parser"]}, Node ${result.versions.node}`,
  );
  if (result.crashes > 0 || result.parseFailures > 0) console.log(`crashes: ${result.crashes}, parse failures: ${result.parseFailures}`);
  console.log(`\nCPU seconds per process (median of ${rounds}): ${VARIANTS.map((variant) => `${variant} ${result.cpuSeconds[variant].toFixed(2)}`).join(", ")}`);
  console.log(
    table([
      ["ratio (median of rounds, CPU time)", "value", "target"],
      ["recommended / zero rules, with types", fixed(result.ratios.recommendedVsZero), `<= ${TYPED_TARGET} ${result.pass ? "pass" : "FAIL"}`],
      ["recommended / no-op floor, with types", fixed(result.ratios.recommendedVsFloor), ""],
      ["no-op floor / zero rules", fixed(result.ratios.floorVsZero), ""],
      ["null: zero′ / zero (A/A)", fixed(result.ratios.null), ""],
    ]),
  );
  console.log(`\nRule time (stats, one pass) over parse + traverse: ${percent(result.ruleShare)}; slowest rules:`);
  console.log(table([["rule", "share"], ...result.perRule.slice(0, 8).map((entry) => [entry.rule, percent(entry.share, 3)])]));
  console.log(`\n(${result.seconds.toFixed(0)} s)`);
  if (args.markdown) console.log(`\n${markdown(result)}`);
  if (args["update-readme"]) replaceReadmeBlock("typed", markdown(result));
  console.log(`\ntyped ratio recommended ${fixed(result.ratios.recommendedVsZero)} vs zero rules (floor ${fixed(result.ratios.floorVsZero)}; null ${fixed(result.ratios.null)})`);
}

/** The bench/README.md block for this run. */
function markdown(result) {
  const top = result.perRule.slice(0, 3).map((entry) => `\`${entry.rule.replace(/^auth-security\//u, "")}\` ${percent(entry.share, 2)}`);
  return [
    `Run ${result.date}, \`npm run bench:typed -- --files ${result.files.files}\`: ${result.files.files} TypeScript files, ${result.files.lines.toLocaleString("en-US")} lines from ${result.files.packages} packages, ` +
      `linted with \`parserOptions.project\` (one program for all of them); ${result.rounds} rounds, one process per pass; ESLint ${result.versions.eslint}, @typescript-eslint/parser ${result.versions["@typescript-eslint/parser"]}, Node ${result.versions.node}.`,
    "",
    "| Measure (CPU time, median of the rounds) | Value | Target |",
    "| --- | --- | --- |",
    `| \`recommended\` / zero rules, both with type information | ${fixed(result.ratios.recommendedVsZero)} | ≤ ${TYPED_TARGET} |`,
    `| \`recommended\` / no-op floor, both with type information | ${fixed(result.ratios.recommendedVsFloor)} | |`,
    `| no-op floor / zero rules | ${fixed(result.ratios.floorVsZero)} | |`,
    `| A/A null ratio | ${fixed(result.ratios.null)} | |`,
    `| rule time / parse + traverse (stats, one pass) | ${percent(result.ruleShare)} | |`,
    "",
    `Slowest rules with type information: ${top.join(", ")}. CPU seconds per process: ${VARIANTS.map((variant) => `${variant} ${result.cpuSeconds[variant].toFixed(2)}`).join(", ")}. Crashes ${result.crashes}, parse failures ${result.parseFailures}.`,
  ].join("\n");
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exit(1);
});
