/**
 * The ESLint CLI on corpus files, as a user runs it: one process, run from bench/.corpus/ with
 * bench/corpus.eslint.config.js (the variant from AUTH_SECURITY_BENCH_VARIANT), `-f json`.
 * Used by the Oxlint comparison (oxlint.js) and the cache / concurrency test (test/corpus/).
 */
import { spawnSync } from "node:child_process";
import { join, relative, sep } from "node:path";
import { performance } from "node:perf_hooks";
import { benchDir, corpusRoot, repoRoot } from "./corpus.js";

/** This plugin's findings in ESLint's `-f json` output, as `path:line:column rule` (paths relative to the corpus). */
export function eslintFindings(stdout) {
  const findings = [];
  for (const result of JSON.parse(stdout)) {
    const file = relative(corpusRoot, result.filePath).split(sep).join("/");
    for (const message of result.messages) {
      if (message.ruleId?.startsWith("auth-security/")) findings.push(`${file}:${message.line}:${message.column} ${message.ruleId}`);
    }
  }
  return findings;
}

/** Runs the ESLint CLI on corpus files (paths relative to the corpus) with a variant of bench/setup.js. */
export function runEslintCli(paths, { variant = "all", extraArgs = [] } = {}) {
  const t0 = performance.now();
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, "node_modules", "eslint", "bin", "eslint.js"), "--config", join(benchDir, "corpus.eslint.config.js"), "-f", "json", ...extraArgs, ...paths],
    { cwd: corpusRoot, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, AUTH_SECURITY_BENCH_VARIANT: variant } },
  );
  return { ms: performance.now() - t0, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

