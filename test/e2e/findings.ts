/**
 * Shared by the end-to-end tests: running commands, reading findings out of every output format
 * (ESLint JSON, the scanner's stylish report, SARIF, Oxlint JSON), and the ONE expectation file
 * every cell of the matrix is compared with (test/e2e/expected-findings.json).
 */
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Log } from "sarif";
import { sarifFindings } from "../helpers/sarif.js";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const expectedFile = join(root, "test", "e2e", "expected-findings.json");

export interface Finding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
}

export const RULE_PREFIX = "auth-security/";

/** The one finding in test/e2e/fixtures/vue-app/Login.vue (copied to vue-app/ in the ESLint 10 and plain projects). */
export const VUE_FINDING: Finding = { file: "vue-app/Login.vue", line: 10, column: 32, ruleId: "auth-security/no-hardcoded-auth-secret" };

/**
 * Runs a command (no shell, no TTY). npm's own warnings about the machine's npm configuration
 * (e.g. `npm warn Unknown user config …` from `npx`) are removed from stderr: they are not the
 * output under test.
 */
export function run(command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env },
  });
  return { ...result, stderr: (result.stderr ?? "").replace(/^npm warn .*\n?/gm, "") };
}

/** Async spawn (for installs in parallel); rejects with the output on a non-zero exit. */
export function runAsync(command: string, args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolvePromise(output);
      else reject(new Error(`${command} ${args.join(" ")} failed (exit ${code}) in ${cwd}:\n${output}`));
    });
  });
}

export function sortFindings(findings: Finding[]): Finding[] {
  const key = (finding: Finding) => `${finding.file}\u0000${String(finding.line).padStart(6, "0")}\u0000${String(finding.column).padStart(6, "0")}\u0000${finding.ruleId}`;
  return [...findings].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function readExpected(): Finding[] {
  if (!existsSync(expectedFile)) throw new Error(`no ${expectedFile}: run UPDATE_EXPECTED=1 npm run test:e2e`);
  return sortFindings(JSON.parse(readFileSync(expectedFile, "utf8")) as Finding[]);
}

export function writeExpected(findings: Finding[]): void {
  // One finding per line, so a review of the diff reads like a findings list.
  const lines = sortFindings(findings).map((finding) => `  ${JSON.stringify(finding)}`);
  writeFileSync(expectedFile, lines.length === 0 ? "[]\n" : `[\n${lines.join(",\n")}\n]\n`);
}

/** Files a project without TypeScript lints: plain JavaScript. */
export function isJavaScriptFile(file: string): boolean {
  return /\.(js|jsx|mjs|cjs)$/.test(file);
}

interface EslintJsonResult {
  filePath: string;
  messages: { ruleId: string | null; fatal?: boolean; line: number; column: number; message: string }[];
}

/**
 * Findings in ESLint's JSON format (the ESLint CLI's `-f json` and the scanner's `--format json`),
 * paths relative to `project`. Parse errors and messages of other rules are returned separately.
 */
export function eslintJsonFindings(stdout: string, project: string): { findings: Finding[]; problems: string[] } {
  const results = JSON.parse(stdout) as EslintJsonResult[];
  const findings: Finding[] = [];
  const problems: string[] = [];
  for (const file of results) {
    const relativePath = file.filePath.slice(project.length + 1).split("\\").join("/");
    for (const message of file.messages) {
      if (message.ruleId === null || message.fatal || !message.ruleId.startsWith(RULE_PREFIX)) {
        problems.push(`${relativePath}:${message.line}:${message.column} ${message.ruleId ?? "(no rule)"} ${message.message}`);
        continue;
      }
      findings.push({ file: relativePath, line: message.line, column: message.column, ruleId: message.ruleId });
    }
  }
  return { findings: sortFindings(findings), problems };
}

/** Findings in the scanner's stylish report: a path line, then `  line:column  level  message  ruleId` lines. */
export function stylishFindings(stdout: string): Finding[] {
  const findings: Finding[] = [];
  let file = "";
  for (const line of stdout.split("\n")) {
    const finding = /^\s+(\d+):(\d+)\s+(?:error|warning)\s+.*\s(auth-security\/[a-z0-9-]+)$/.exec(line);
    if (finding) {
      findings.push({ file, line: Number(finding[1]), column: Number(finding[2]), ruleId: finding[3] });
    } else if (/^\S/.test(line) && !/^[✖✔]/.test(line)) {
      file = line.trim();
    }
  }
  return sortFindings(findings);
}

export function sarifLogFindings(log: Log): Finding[] {
  return sortFindings(sarifFindings(log));
}

interface OxlintJson {
  diagnostics: { code: string; filename: string; severity: string; message: string; labels: { span: { line: number; column: number } }[] }[];
}

/** This plugin's findings in Oxlint's `-f json` output (`auth-security(rule)` codes); others are left out. */
export function oxlintFindings(stdout: string): Finding[] {
  const report = JSON.parse(stdout) as OxlintJson;
  const findings: Finding[] = [];
  for (const diagnostic of report.diagnostics) {
    const code = /^auth-security\((.+)\)$/.exec(diagnostic.code);
    if (!code) continue;
    const span = diagnostic.labels[0]?.span;
    findings.push({ file: diagnostic.filename.split("\\").join("/"), line: span?.line ?? 0, column: span?.column ?? 0, ruleId: `${RULE_PREFIX}${code[1]}` });
  }
  return sortFindings(findings);
}
