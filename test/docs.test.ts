/**
 * Doc pages: every fenced example whose info string is `<lang> incorrect` / `<lang> correct`
 * (lang: ts, tsx, js, jsx, mjs, cjs) is linted with its page's rule alone, default options,
 * through the TypeScript parser. Incorrect examples must be reported by the rule (and parse);
 * correct examples must produce no message at all. Pages keep the section order of the skeleton,
 * and the Options section names every option (eslint-doc-generator's own options check is off,
 * see .eslint-doc-generatorrc.js).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import { rules } from "../src/rules.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const docsDir = join(root, "docs", "rules");
const NAMESPACE = "auth-security";
const REQUIRED_SECTIONS = ["Rule Details", "Examples", "Options", "When Not To Use It", "References"];
const OPTIONS_LIST_BEGIN = "<!-- begin auto-generated rule options list -->";
const OPTIONS_LIST_END = "<!-- end auto-generated rule options list -->";

const FILENAMES: Record<string, string> = {
  ts: "example.ts",
  tsx: "example.tsx",
  js: "example.js",
  jsx: "example.jsx",
  mjs: "example.mjs",
  cjs: "example.cjs",
};

interface Example {
  kind: "incorrect" | "correct";
  language: string;
  code: string;
  /** 1-based line of the opening fence in the page. */
  line: number;
}

/** Fenced blocks whose info string is `<lang> incorrect` or `<lang> correct`. */
function extractExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})\s*(\S+)?\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const fence = open[1];
    let end = i + 1;
    while (end < lines.length && !(lines[end].startsWith(fence) && lines[end].slice(fence.length).trim() === "")) end++;
    const language = open[2] ?? "";
    const words = open[3].trim().split(/\s+/);
    const kind = words.includes("incorrect") ? "incorrect" : words.includes("correct") ? "correct" : undefined;
    if (kind && language in FILENAMES) {
      examples.push({ kind, language, code: lines.slice(i + 1, end).join("\n") + "\n", line: i + 1 });
    }
    i = end;
  }
  return examples;
}

/** The text of a `## <title>` section, up to the next `## ` heading. */
function section(markdown: string, title: string): string {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line.trim() === `## ${title}`);
  if (start === -1) return "";
  const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  return lines.slice(start + 1, end === -1 ? undefined : end).join("\n");
}

/** Top-level option names: the properties of every object schema in `meta.schema`. */
function optionNames(schema: unknown): string[] {
  if (!Array.isArray(schema)) return [];
  return schema.flatMap((item) => Object.keys((item as { properties?: object } | null)?.properties ?? {}));
}

function lint(ruleName: string, example: Example): Linter.LintMessage[] {
  const linter = new Linter({ configType: "flat" });
  const rule = (rules as Record<string, unknown>)[ruleName];
  return linter.verify(
    example.code,
    [
      {
        files: Object.keys(FILENAMES).map((extension) => `**/*.${extension}`),
        languageOptions: {
          parser: tsParser as unknown as Linter.Parser,
          sourceType: example.language === "cjs" ? "commonjs" : "module",
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
        plugins: { [NAMESPACE]: { rules: { [ruleName]: rule } } as never },
        rules: { [`${NAMESPACE}/${ruleName}`]: "error" },
      },
    ],
    FILENAMES[example.language],
  );
}

function describeMessages(messages: Linter.LintMessage[]): string {
  return messages.map((m) => `  ${m.line}:${m.column} ${m.ruleId ?? "(parse)"} ${m.message}`).join("\n");
}

const pages = (existsSync(docsDir) ? readdirSync(docsDir, { withFileTypes: true }) : [])
  .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
  .map((entry) => entry.name.slice(0, -".md".length))
  .sort();

describe("doc pages", () => {
  it("exist", () => {
    expect(pages.length).toBeGreaterThan(0);
  });
});

describe.each(pages)("docs/rules/%s.md", (name) => {
  const markdown = readFileSync(join(docsDir, `${name}.md`), "utf8");
  const examples = extractExamples(markdown);
  const ruleId = `${NAMESPACE}/${name}`;

  it("documents a rule of the plugin", () => {
    expect(Object.keys(rules)).toContain(name);
  });

  it(`has the sections ${REQUIRED_SECTIONS.join(", ")} in that order`, () => {
    const headings = markdown
      .split("\n")
      .filter((line) => line.startsWith("## "))
      .map((line) => line.slice(3).trim());
    const positions = REQUIRED_SECTIONS.map((title) => headings.indexOf(title));
    for (const [i, title] of REQUIRED_SECTIONS.entries()) expect(positions[i], `missing "## ${title}"`).not.toBe(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("describes the options of the rule in ## Options", () => {
    const options = section(markdown, "Options");
    const rule = (rules as Record<string, { meta: { schema?: unknown } }>)[name];
    const schema = rule?.meta.schema;
    if (Array.isArray(schema) && schema.length > 0) {
      expect(options, "the options list markers for eslint-doc-generator").toContain(OPTIONS_LIST_BEGIN);
      expect(options).toContain(OPTIONS_LIST_END);
      for (const option of optionNames(schema)) expect(options, `option ${option} is not described`).toContain(`\`${option}\``);
    } else {
      expect(options).toMatch(/This rule has no options\./);
      expect(options).not.toContain(OPTIONS_LIST_BEGIN);
    }
  });

  it("has at least one incorrect and one correct example", () => {
    expect(examples.filter((e) => e.kind === "incorrect").length).toBeGreaterThan(0);
    expect(examples.filter((e) => e.kind === "correct").length).toBeGreaterThan(0);
  });

  const cases = examples.map((example) => [`${example.language} ${example.kind} example at line ${example.line}`, example] as const);
  if (cases.length === 0 || !(name in rules)) return;
  it.each(cases)("%s", (_title, example) => {
    const messages = lint(name, example);
    const parseErrors = messages.filter((m) => m.fatal || m.ruleId === null);
    expect(parseErrors, `parse errors:\n${describeMessages(parseErrors)}`).toEqual([]);
    if (example.kind === "incorrect") {
      expect(
        messages.filter((m) => m.ruleId === ruleId).length,
        `expected at least one ${ruleId} report; got:\n${describeMessages(messages) || "  (none)"}`,
      ).toBeGreaterThan(0);
    } else {
      expect(messages, `expected no messages; got:\n${describeMessages(messages)}`).toEqual([]);
    }
  });
});
