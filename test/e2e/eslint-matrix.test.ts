/**
 * The plugin through the ESLint CLI, in every supported setup, against the ONE expectation file:
 * ESLint 10 and ESLint 9 × ESM eslint.config.js / CommonJS eslint.config.cjs / typescript-eslint's
 * `tseslint.config` with type-aware linting (projectService) / `--cache` (second run from the
 * cache) / `--concurrency 2` / the SARIF formatter (`-f node_modules/eslint-plugin-auth-security/sarif.js`),
 * and a plain JavaScript project without TypeScript (its subset: the .js/.jsx/.mjs/.cjs files).
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Log } from "sarif";
import { describe, expect, inject, it } from "vitest";
import { sarifSchemaErrors } from "../helpers/sarif.js";
import { eslintJsonFindings, isJavaScriptFile, readExpected, run, sarifLogFindings, type Finding } from "./findings.js";

const workspace = inject("workspace");

/** Runs the project's ESLint CLI; exit 0 or 1 (findings) is fine, anything else throws. */
function eslint(project: string, args: readonly string[]): string {
  const result = run("npx", ["--no-install", "eslint", ...args], project);
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`eslint ${args.join(" ")} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** Findings of an ESLint run with `-f json`; parse errors and other rules' messages fail the test. */
function lint(project: string, config: string, extra: readonly string[] = []): Finding[] {
  const { findings, problems } = eslintJsonFindings(eslint(project, ["--config", config, "-f", "json", ...extra, "examples"]), project);
  expect(problems, `problems other than findings with ${config} ${extra.join(" ")}`).toEqual([]);
  return findings;
}

describe.each([
  ["ESLint 10", "eslint10", /^10\./],
  ["ESLint 9", "eslint9", /^9\./],
] as const)("%s", (_name, key, version) => {
  const project = workspace.projects[key];

  it("is the ESLint version under test", () => {
    const installed = JSON.parse(readFileSync(join(project, "node_modules", "eslint", "package.json"), "utf8")) as { version: string };
    expect(installed.version).toMatch(version);
  });

  it("eslint.config.js (ESM import) gives exactly the expected findings", () => {
    expect(lint(project, "eslint.config.js")).toEqual(readExpected());
  });

  it("eslint.config.cjs (CommonJS require) gives the same findings", () => {
    expect(lint(project, "eslint.config.cjs")).toEqual(readExpected());
  });

  it("tseslint.config with type-aware linting (projectService) gives the same findings", () => {
    // The config's probe rule reports every TypeScript file linted without a type-checker program.
    expect(lint(project, "eslint.typed.config.js")).toEqual(readExpected());
  });

  it("--cache: the second run, from the cache, gives the same findings", () => {
    const cache = join(project, ".eslintcache");
    rmSync(cache, { force: true });
    expect(lint(project, "eslint.config.js", ["--cache", "--cache-location", cache])).toEqual(readExpected());
    expect(existsSync(cache)).toBe(true);
    expect(lint(project, "eslint.config.js", ["--cache", "--cache-location", cache])).toEqual(readExpected());
    rmSync(cache, { force: true });
  });

  it("--concurrency 2 gives the same findings", () => {
    expect(lint(project, "eslint.config.js", ["--concurrency", "2"])).toEqual(readExpected());
  });

  it("-f node_modules/eslint-plugin-auth-security/sarif.js writes a valid SARIF log with the same findings", () => {
    const log = JSON.parse(eslint(project, ["--config", "eslint.config.js", "-f", "node_modules/eslint-plugin-auth-security/sarif.js", "examples"])) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(sarifLogFindings(log)).toEqual(readExpected());
    for (const rule of log.runs[0].tool.driver.rules ?? []) {
      expect(rule.helpUri).toMatch(/^https:\/\//);
      expect(rule.properties?.tags).toContain("security");
      expect(rule.properties?.["security-severity"]).toMatch(/^\d+\.\d$/);
    }
  });
});

describe("a plain JavaScript project (no TypeScript installed)", () => {
  const project = workspace.projects.plain;

  it("lints the JavaScript files of examples/ with exactly the expected findings for them", () => {
    const expected = readExpected().filter((finding) => isJavaScriptFile(finding.file));
    expect(expected.length).toBeGreaterThan(0);
    expect(lint(project, "eslint.config.js")).toEqual(expected);
  });
});
