/**
 * The zero-config scanner from the packed tarball (`npx auth-security-scan`), with ESLint 10 and
 * ESLint 9, in all three formats, against the ONE expectation file; SARIF validated against the
 * official schema. Also: the default path (`.`) with .gitignore and node_modules/ respected,
 * Vue single-file components, and a project without the TypeScript parser.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Log } from "sarif";
import { describe, expect, inject, it } from "vitest";
import { sarifSchemaErrors } from "../helpers/sarif.js";
import { eslintJsonFindings, isJavaScriptFile, readExpected, run, sarifLogFindings, stylishFindings, VUE_FINDING } from "./findings.js";

const workspace = inject("workspace");

function scan(project: string, ...args: string[]) {
  return run("npx", ["--no-install", "auth-security-scan", ...args], project);
}

describe.each([
  ["ESLint 10", "eslint10"],
  ["ESLint 9", "eslint9"],
] as const)("npx auth-security-scan examples with %s", (_name, key) => {
  const project = workspace.projects[key];

  it("--format json: exit 1 with exactly the expected findings (ESLint's JSON format)", () => {
    const result = scan(project, "examples", "--format", "json");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    const { findings, problems } = eslintJsonFindings(result.stdout, project);
    expect(problems).toEqual([]);
    expect(findings).toEqual(readExpected());
  });

  it("stylish (default): exit 1 with the same findings, each citing OWASP and a CWE, and a summary line per rule", () => {
    const result = scan(project, "examples");
    expect(result.status).toBe(1);
    expect(stylishFindings(result.stdout)).toEqual(readExpected());
    const findingLines = result.stdout.split("\n").filter((line) => /^\s+\d+:\d+\s+error\s/.test(line));
    for (const line of findingLines) expect(line).toMatch(/\(OWASP .+; CWE-\d+\)\s+auth-security\//);
    const rules = new Set(readExpected().map((finding) => finding.ruleId));
    expect(result.stdout).toMatch(new RegExp(`✖ ${readExpected().length} findings \\(${readExpected().length} errors, 0 warnings\\)`));
    for (const rule of rules) expect(result.stdout).toMatch(new RegExp(`^\\s+\\d+\\s+${rule}\\s+CWE-\\d+.*security severity \\d+\\.\\d`, "m"));
  });

  it("--format sarif: exit 1, a log that validates against the SARIF 2.1.0 schema, the same findings", () => {
    const result = scan(project, "examples", "--format", "sarif");
    expect(result.status).toBe(1);
    const log = JSON.parse(result.stdout) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(sarifLogFindings(log)).toEqual(readExpected());
  });

  it("--output writes the report to a file and still prints the findings", () => {
    const result = scan(project, "examples", "--format", "sarif", "--output", "reports/scan.sarif");
    expect(result.status).toBe(1);
    expect(stylishFindings(result.stdout)).toEqual(readExpected());
    expect(result.stdout).toMatch(/auth-security-scan: sarif report written to reports\/scan\.sarif\n$/);
    const log = JSON.parse(readFileSync(join(project, "reports", "scan.sarif"), "utf8")) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(sarifLogFindings(log)).toEqual(readExpected());
  });
});

describe("scanner options and file selection", () => {
  it("with no path scans the current directory: .gitignore'd build/ and node_modules/ are skipped", () => {
    const project = workspace.projects.eslint9;
    const result = scan(project, "--format", "json");
    expect(result.status).toBe(1);
    const { findings, problems } = eslintJsonFindings(result.stdout, project);
    expect(problems).toEqual([]);
    expect(findings).toEqual(readExpected());
    const files = (JSON.parse(result.stdout) as { filePath: string }[]).map((file) => file.filePath.slice(project.length + 1));
    expect(files).toContain("eslint.config.js");
    expect(files.filter((file) => file.startsWith("build/") || file.includes("node_modules"))).toEqual([]);
  });

  it("--severity 10 turns every finding into a warning (exit 0), --max-warnings 0 fails on them again", () => {
    const project = workspace.projects.eslint10;
    const lenient = scan(project, "examples", "--severity", "10");
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toMatch(new RegExp(`✖ ${readExpected().length} findings \\(0 errors, ${readExpected().length} warnings\\)`));
    const strict = scan(project, "examples", "--severity", "10", "--max-warnings", "0");
    expect(strict.status).toBe(1);
    expect(strict.stderr).toBe(`auth-security-scan: too many warnings (${readExpected().length}, --max-warnings 0)\n`);
  });

  it("scans the <script> of Vue single-file components when vue-eslint-parser is installed", () => {
    const project = workspace.projects.eslint10;
    const result = scan(project, "vue-app", "--format", "json");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    expect(eslintJsonFindings(result.stdout, project)).toEqual({
      findings: [VUE_FINDING],
      problems: [],
    });
  });

  it("without @typescript-eslint/parser or vue-eslint-parser: scans the JavaScript files and says in one line per kind what it skipped", () => {
    const project = workspace.projects.plain;
    const result = scan(project, "examples", "vue-app", "--format", "json");
    expect(result.status).toBe(1);
    const { findings, problems } = eslintJsonFindings(result.stdout, project);
    expect(problems).toEqual([]);
    expect(findings).toEqual(readExpected().filter((finding) => isJavaScriptFile(finding.file)));
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^auth-security-scan: skipped \d+ TypeScript files: @typescript-eslint\/parser is not installed in this project \(npm install --save-dev @typescript-eslint\/parser\)$/,
    );
    expect(lines[1]).toBe(
      "auth-security-scan: skipped 1 vue file: vue-eslint-parser is not installed in this project (npm install --save-dev vue-eslint-parser)",
    );
  });
});
