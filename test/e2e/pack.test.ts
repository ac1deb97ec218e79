/**
 * End-to-end: what a user gets from npm.
 *
 * `npm pack` the repository (dist/ must be built), install the tarball with ESLint 10 and the
 * TypeScript parser into a fresh `"type": "module"` project, copy examples/ into it, and run the
 * ESLint CLI through an ESM `eslint.config.js` (import) and a CommonJS `eslint.config.cjs`
 * (require). Both must produce exactly the findings in `expected-findings.json`.
 *
 * Regenerate the expectation after changing rules or examples (and review the diff):
 *   UPDATE_EXPECTED=1 npm run test:e2e
 * Keep the temporary project for inspection: KEEP_E2E=1 npm run test:e2e
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const expectedFile = join(dirname(fileURLToPath(import.meta.url)), "expected-findings.json");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; main: string };
const NPM_FLAGS = ["--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"];

interface Finding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
}

interface EslintJsonResult {
  filePath: string;
  messages: { ruleId: string | null; fatal?: boolean; line: number; column: number; message: string }[];
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } });
}

function runOrThrow(command: string, args: string[], cwd: string): string {
  const result = run(command, args, cwd);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status}) in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

const ESM_CONFIG = `import authSecurity from "eslint-plugin-auth-security";
import tsParser from "@typescript-eslint/parser";

export default [
  {
    files: ["**/*.{js,jsx,mjs,cjs}"],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: { parser: tsParser },
  },
  authSecurity.configs.recommended,
];
`;

const CJS_CONFIG = `const authSecurity = require("eslint-plugin-auth-security");
const tsParser = require("@typescript-eslint/parser");

module.exports = [
  {
    files: ["**/*.{js,jsx,mjs,cjs}"],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: { parser: tsParser },
  },
  authSecurity.configs.recommended,
];
`;

function readExpected(): Finding[] {
  if (!existsSync(expectedFile)) throw new Error(`no ${expectedFile}: run UPDATE_EXPECTED=1 npm run test:e2e`);
  return JSON.parse(readFileSync(expectedFile, "utf8")) as Finding[];
}

/** Runs the ESLint CLI of the test project and returns its findings, sorted. Parse errors fail. */
function lintProject(project: string, configFile: string): Finding[] {
  const result = run("npx", ["--no-install", "eslint", "--config", configFile, "-f", "json", "."], project);
  // ESLint exits 1 when it reports problems, 2 when it crashes or the config is broken.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`eslint with ${configFile} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  const results = JSON.parse(result.stdout) as EslintJsonResult[];
  const findings: Finding[] = [];
  const problems: string[] = [];
  for (const file of results) {
    const relativePath = file.filePath.slice(project.length + 1).split("\\").join("/");
    for (const message of file.messages) {
      if (message.ruleId === null || message.fatal) {
        problems.push(`${relativePath}:${message.line}:${message.column} ${message.message}`);
        continue;
      }
      findings.push({ file: relativePath, line: message.line, column: message.column, ruleId: message.ruleId });
    }
  }
  expect(problems, `ESLint could not parse some files with ${configFile}`).toEqual([]);
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

describe("packed plugin in a fresh project", () => {
  let work: string;
  let project: string;
  let tarball: string;
  let packedFiles: string[] = [];

  beforeAll(() => {
    if (!existsSync(join(root, pkg.main))) {
      throw new Error(`${pkg.main} is missing: run \`npm run build\` before the end-to-end test.`);
    }
    work = mkdtempSync(join(tmpdir(), "auth-security-e2e-"));
    const packed = JSON.parse(runOrThrow("npm", ["pack", "--json", "--pack-destination", work, "--loglevel=error"], root)) as {
      filename: string;
      files: { path: string }[];
    }[];
    tarball = join(work, packed[0].filename);
    packedFiles = packed[0].files.map((file) => file.path).sort();

    project = join(work, "project");
    cpSync(join(root, "examples"), join(project, "examples"), { recursive: true });
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "e2e-project", private: true, type: "module" }, null, 2));
    writeFileSync(join(project, "eslint.config.js"), ESM_CONFIG);
    writeFileSync(join(project, "eslint.config.cjs"), CJS_CONFIG);
    runOrThrow("npm", ["install", tarball, "eslint@10", "@typescript-eslint/parser@8", ...NPM_FLAGS], project);
  });

  afterAll(() => {
    if (!work) return;
    if (process.env.KEEP_E2E) console.log(`kept the end-to-end project in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  });

  it("packs only what ships: dist/src, dist/rules, docs and the package files", () => {
    for (const file of packedFiles) {
      expect(file, "unexpected file in the tarball").toMatch(/^(dist\/src\/|dist\/rules\/|docs\/|package\.json$|README\.md$|LICENSE$)/);
      expect(file).not.toMatch(/\.map$/);
    }
    expect(packedFiles).toContain(pkg.main.replace(/^\.\//, ""));
    expect(packedFiles).toContain("dist/src/index.d.ts");
  });

  it("lints examples/ through eslint.config.js (ESM import) with exactly the expected findings", () => {
    const findings = lintProject(project, "eslint.config.js");
    if (process.env.UPDATE_EXPECTED) {
      // One finding per line, so a review of the diff reads like a findings list.
      const lines = findings.map((finding) => `  ${JSON.stringify(finding)}`);
      writeFileSync(expectedFile, lines.length === 0 ? "[]\n" : `[\n${lines.join(",\n")}\n]\n`);
      console.log(`wrote ${findings.length} findings to ${expectedFile}`);
    }
    expect(findings).toEqual(readExpected());
  });

  it("finds exactly the same through eslint.config.cjs (CommonJS require)", () => {
    expect(lintProject(project, "eslint.config.cjs")).toEqual(readExpected());
  });
});
