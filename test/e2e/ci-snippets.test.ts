/**
 * The CI snippets of README "Use in CI" (kept as files in examples/ci/, which
 * test/cli/ci-snippets.test.ts checks the README quotes verbatim) run for real in the ESLint 10
 * project: every `npx` command they contain, as written.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Log } from "sarif";
import { describe, expect, inject, it } from "vitest";
import { sarifSchemaErrors } from "../helpers/sarif.js";
import { readExpected, root, run, sarifLogFindings, sortFindings, stylishFindings, VUE_FINDING } from "./findings.js";

const workspace = inject("workspace");
const project = workspace.projects.eslint10;

/** The `npx …` commands of a snippet file (YAML `run:` steps and `script:` items, shell lines). */
function npxCommands(file: string): string[] {
  const text = readFileSync(join(root, "examples", "ci", file), "utf8");
  return [...text.matchAll(/^\s*(?:- run: |- )?(npx .+)$/gm)].map((match) => match[1].trim());
}

function sh(command: string) {
  return run("sh", ["-c", command], project);
}

describe("CI snippets in examples/ci/", () => {
  it.each([
    ["github-actions.yml", "auth-security.sarif"],
    ["gitlab-ci.yml", "auth-security.sarif"],
  ])("%s: the scan step fails on the findings and leaves a valid SARIF report", (file, report) => {
    const commands = npxCommands(file);
    expect(commands).toEqual(["npx auth-security-scan --format sarif --output auth-security.sarif"]);
    rmSync(join(project, report), { force: true });
    const result = sh(commands[0]);
    expect(result.status).toBe(1);
    // The command scans the whole project: examples/ and the Vue fixture (build/ is .gitignore'd).
    const expected = sortFindings([...readExpected(), VUE_FINDING]);
    expect(stylishFindings(result.stdout)).toEqual(expected);
    expect(existsSync(join(project, report))).toBe(true);
    const log = JSON.parse(readFileSync(join(project, report), "utf8")) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(sarifLogFindings(log)).toEqual(expected);
  });

  it("github-actions.yml uploads the report the scan step writes, even when the scan fails", () => {
    const text = readFileSync(join(root, "examples", "ci", "github-actions.yml"), "utf8");
    expect(text).toMatch(/uses: github\/codeql-action\/upload-sarif@v\d+\n\s+if: \$\{\{ !cancelled\(\) \}\}\n\s+with:\n\s+sarif_file: auth-security\.sarif/);
    expect(text).toMatch(/security-events: write/);
  });

  it("max-warnings.sh: both commands fail (exit 1) on the findings in the project", () => {
    const commands = npxCommands("max-warnings.sh");
    expect(commands).toEqual(["npx eslint . --max-warnings 0", "npx auth-security-scan --max-warnings 0"]);
    for (const command of commands) {
      const result = sh(command);
      expect(result.status, `${command}\n${result.stdout}\n${result.stderr}`).toBe(1);
      for (const finding of readExpected()) expect(result.stdout).toContain(finding.ruleId);
    }
  });
});
