/**
 * The corpus sweep: every rule of the built plugin (`all`) on every corpus file, in worker threads.
 * A rule that throws is a crash (file, rule, line, stack); a file ESLint cannot parse is a parse
 * failure, reported apart. Used by test/corpus/sweep.corpus.ts (`npm run test:corpus`) and as a CLI:
 *
 *   node bench/sweep.js [--size full|release|N] [--workers 2] [--write] [--all]
 *
 * `--write` regenerates bench/corpus-findings.md: the findings in the authentication libraries'
 * own source, the list to read for false positives. `--all` prints every finding in the corpus.
 */
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { ESLint } from "eslint";
import { absolutePath, benchDir, corpusRoot, describeFiles, ensureCorpus, parseArgs, readSource, selectFiles } from "./corpus.js";
import { loadPlugin, variantConfigs } from "./setup.js";

const RULE_PREFIX = "auth-security/";

/** Lints `files` with `all` in this thread; one entry per file. `project`: lint with type information. */
async function lintFiles(files, project) {
  const plugin = await loadPlugin();
  const eslint = new ESLint({ cwd: corpusRoot, overrideConfigFile: true, overrideConfig: variantConfigs(plugin, files, { project }).all, ignore: false });
  const out = [];
  for (const file of files) {
    const entry = { path: file.path };
    try {
      const [result] = await eslint.lintText(readSource(file), { filePath: absolutePath(file) });
      const fatal = result.messages.find((message) => message.fatal);
      if (fatal) entry.parseFailure = `${fatal.line}:${fatal.column} ${fatal.message}`;
      entry.findings = result.messages
        .filter((message) => message.ruleId?.startsWith(RULE_PREFIX))
        .map((message) => ({ ruleId: message.ruleId, line: message.line, column: message.column, message: message.message }));
    } catch (error) {
      entry.crash = {
        ruleId: error?.ruleId ?? null,
        message: String(error?.message ?? error),
        stack: String(error?.stack ?? "")
          .split("\n")
          .slice(0, 12)
          .join("\n"),
      };
    }
    out.push(entry);
  }
  return out;
}

/**
 * Sweeps `files` (corpus entries) with `workers` threads; `project`: a tsconfig.json listing the
 * TypeScript files among them, to lint those with type information (see `writeTypedProject`).
 * @returns {Promise<import("./sweep.d.ts").SweepReport>}
 */
export async function sweep(files, { workers = Math.min(2, availableParallelism()), project } = {}) {
  const plugin = await loadPlugin();
  const rules = Object.keys(plugin.configs.all.rules);
  const shards = Array.from({ length: Math.max(1, workers) }, () => []);
  files.forEach((file, i) => shards[i % shards.length].push(file));
  const results = (
    await Promise.all(
      shards.map(
        (shard) =>
          new Promise((resolve, reject) => {
            const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { authSecuritySweep: true, files: shard, project } });
            worker.once("message", resolve);
            worker.once("error", reject);
            worker.once("exit", (code) => {
              if (code !== 0) reject(new Error(`sweep worker exited with code ${code}`));
            });
          }),
      ),
    )
  ).flat();
  const byPath = new Map(files.map((file) => [file.path, file]));
  const perRule = Object.fromEntries(rules.map((rule) => [rule, { findings: 0, files: 0 }]));
  const crashes = [];
  const parseFailures = [];
  const authFindings = [];
  const findings = [];
  for (const entry of results) {
    const file = byPath.get(entry.path);
    if (entry.crash) crashes.push({ path: entry.path, ...entry.crash });
    if (entry.parseFailure) parseFailures.push({ path: entry.path, message: entry.parseFailure });
    const seen = new Set();
    for (const finding of entry.findings ?? []) {
      perRule[finding.ruleId] ??= { findings: 0, files: 0 };
      perRule[finding.ruleId].findings++;
      if (!seen.has(finding.ruleId)) perRule[finding.ruleId].files++;
      seen.add(finding.ruleId);
      const located = { package: file?.package ?? "", path: entry.path, ...finding };
      findings.push(located);
      if (file?.auth) authFindings.push(located);
    }
  }
  const byPosition = (a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column;
  authFindings.sort(byPosition);
  findings.sort(byPosition);
  return { ...describeFiles(files), rules: rules.length, perRule, crashes, parseFailures, authFindings, findings };
}

/** A readable summary: files, lines, findings per rule, crashes, parse failures. */
export function formatReport(report) {
  const lines = [
    `corpus sweep: ${report.files} files, ${report.lines} lines (${report.typescriptFiles} TypeScript) from ${report.packages} packages, ${report.rules} rules (all)`,
    `crashes: ${report.crashes.length}; parse failures: ${report.parseFailures.length}; findings in authentication libraries: ${report.authFindings.length}`,
  ];
  const width = Math.max(...Object.keys(report.perRule).map((rule) => rule.length));
  for (const [rule, { findings, files }] of Object.entries(report.perRule).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${rule.padEnd(width)}  ${String(findings).padStart(5)} findings in ${String(files).padStart(4)} files`);
  }
  for (const failure of report.parseFailures) lines.push(`  parse failure: ${failure.path} ${failure.message}`);
  // Crashes grouped by rule and error (the first line of the message, without ESLint's file suffix).
  const groups = new Map();
  for (const crash of report.crashes) {
    const key = `${crash.ruleId ?? "(no rule id)"}: ${crash.message.split("\n")[0]}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(crash);
  }
  for (const [key, crashes] of groups) {
    lines.push(`  CRASH ${key} — ${crashes.length} file(s), e.g.`);
    for (const crash of crashes.slice(0, 3)) {
      const where = /Occurred while linting .*?(:\d+)?$/m.exec(crash.message)?.[1] ?? "";
      lines.push(`    ${crash.path}${where}`);
    }
    lines.push(crashes[0].stack.replace(/^/gm, "      "));
  }
  return lines.join("\n");
}

/** bench/corpus-findings.md: the authentication libraries' findings, for false-positive review. */
export function findingsMarkdown(report) {
  const out = [
    "# Findings in authentication libraries' own source",
    "",
    "Generated by `node bench/sweep.js --write` (all rules on the whole corpus, see bench/README.md).",
    "Each finding below is in a published authentication library, so most of them should be false",
    "positives or deliberate library internals: read them, fix the rule where it is wrong, and note",
    "the verdict in the review section of bench/README.md.",
    "",
    `${report.files} files, ${report.lines.toLocaleString("en-US")} lines; ${report.rules} rules; ${report.authFindings.length} findings in authentication libraries.`,
    "",
  ];
  const byPackage = new Map();
  for (const finding of report.authFindings) {
    if (!byPackage.has(finding.package)) byPackage.set(finding.package, []);
    byPackage.get(finding.package).push(finding);
  }
  for (const [pkg, findings] of [...byPackage].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`## ${pkg}`, "");
    for (const finding of findings) {
      const path = finding.path.replace(/^packages\/[^/]+\/package\//, "");
      out.push(`- \`${path}:${finding.line}:${finding.column}\` **${finding.ruleId.slice(RULE_PREFIX.length)}**: ${finding.message}`);
    }
    out.push("");
  }
  return out.join("\n");
}

if (!isMainThread && workerData?.authSecuritySweep) {
  parentPort.postMessage(await lintFiles(workerData.files, workerData.project));
} else if (isMainThread && process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = parseArgs(process.argv.slice(2));
  const files = selectFiles(ensureCorpus(), args.size ?? "full");
  const report = await sweep(files, { workers: args.workers ? Number(args.workers) : undefined });
  console.log(formatReport(report));
  if (args.all) {
    for (const finding of report.findings) console.log(`${finding.path}:${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`);
  }
  if (args.write) {
    writeFileSync(join(benchDir, "corpus-findings.md"), findingsMarkdown(report));
    console.log("wrote bench/corpus-findings.md");
  }
  if (report.crashes.length > 0) process.exitCode = 1;
}
