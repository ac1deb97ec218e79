/**
 * The benchmark's Oxlint mode (`npm run bench -- --oxlint`): the same corpus files linted by Oxlint
 * with the built plugin loaded as a JS plugin (`jsPlugins`) and every rule on (`all`), Oxlint's own
 * rules off, against the ESLint CLI with the same rules (bench/corpus.eslint.config.js). Both are
 * timed as a user runs them: one cold process each, start-up included; Oxlint with its default
 * threads and with `--threads 1`. Reports the ESLint/Oxlint wall-time ratios and whether the
 * findings (file, line, column, rule) are identical.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { corpusRoot, repoRoot } from "./corpus.js";
import { eslintFindings, runEslintCli } from "./eslint-cli.js";
import { pluginEntry } from "./setup.js";

const oxlintBin = join(repoRoot, "node_modules", "oxlint", "bin", "oxlint");

function oxlintVersion() {
  try {
    return JSON.parse(readFileSync(join(repoRoot, "node_modules", "oxlint", "package.json"), "utf8")).version;
  } catch {
    return undefined;
  }
}

/** This plugin's findings in Oxlint's `-f json` output (`auth-security(rule)` codes), as `path:line:column rule`. */
export function oxlintFindings(stdout) {
  const report = JSON.parse(stdout);
  const findings = [];
  for (const diagnostic of report.diagnostics ?? []) {
    const code = /^auth-security\((.+)\)$/.exec(diagnostic.code ?? "");
    if (!code) continue;
    const span = diagnostic.labels?.[0]?.span;
    const file = String(diagnostic.filename).split("\\").join("/");
    findings.push(`${file}:${span?.line ?? 0}:${span?.column ?? 0} auth-security/${code[1]}`);
  }
  return findings;
}

/**
 * @param {{ plugin: any, files: import("./corpus.d.ts").CorpusFile[], log: (message: string) => void }} options
 */
export async function runOxlint({ plugin, files, log }) {
  const version = oxlintVersion();
  if (!version || !existsSync(oxlintBin)) return { skipped: "oxlint is not installed (npm install --no-save oxlint@1.94.0)" };
  const dir = join(corpusRoot, "oxlint");
  mkdirSync(dir, { recursive: true });
  const config = join(dir, "oxlintrc.json");
  writeFileSync(
    config,
    JSON.stringify({ categories: { correctness: "off" }, jsPlugins: [pluginEntry], rules: plugin.configs.all.rules }, null, 2),
  );
  const paths = files.map((file) => file.path);
  const runs = {};
  for (const threads of [undefined, 1]) {
    const args = [oxlintBin, "-c", config, "--no-ignore", "--disable-nested-config", "-f", "json", ...(threads ? ["--threads", String(threads)] : []), ...paths];
    const t0 = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: corpusRoot, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    const ms = performance.now() - t0;
    if (result.status !== 0 && result.status !== 1) {
      log(`oxlint exited ${result.status}: ${(result.stderr || "").slice(0, 2000)}`);
      return { skipped: `oxlint exited ${result.status}: ${(result.stderr || "").split("\n")[0]}`, version };
    }
    try {
      runs[threads ?? "default"] = { ms, findings: oxlintFindings(result.stdout) };
    } catch (error) {
      return { skipped: `unreadable oxlint output: ${error.message}`, version };
    }
  }
  const cli = runEslintCli(paths);
  if (cli.status !== 0 && cli.status !== 1) return { skipped: `eslint exited ${cli.status}: ${(cli.stderr || "").split("\n")[0]}`, version };
  const eslintMs = cli.ms;
  const oxlint = new Set(runs.default.findings);
  const eslint = new Set(eslintFindings(cli.stdout));
  const onlyEslint = [...eslint].filter((finding) => !oxlint.has(finding)).sort();
  const onlyOxlint = [...oxlint].filter((finding) => !eslint.has(finding)).sort();
  return {
    version,
    threads: cpus().length,
    ms: runs.default.ms,
    msOneThread: runs[1].ms,
    eslintMs,
    ratio: eslintMs / runs.default.ms,
    ratioOneThread: eslintMs / runs[1].ms,
    eslintFindings: eslint.size,
    oxlintFindings: oxlint.size,
    identical: onlyEslint.length === 0 && onlyOxlint.length === 0,
    onlyEslint,
    onlyOxlint,
  };
}
