/**
 * One RuleTester for every rule test, and generators that run a case through every import style.
 *
 * Positions are written in the code itself: wrap the expected report range in ⟦ ⟧ (one pair per
 * expected error, in order). The generator substitutes `$FN` (the callee as the import style
 * spells it) and `$LIB` (the module object, for styles that have one), strips the markers and
 * computes line / column / endLine / endColumn, so every invalid case asserts a full position.
 */
import * as tsParser from "@typescript-eslint/parser";
import { RuleTester, type InvalidTestCase, type ValidTestCase } from "@typescript-eslint/rule-tester";
import { afterAll, describe, it } from "vitest";

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export function createRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  });
}

export const OPEN = "⟦";
export const CLOSE = "⟧";

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Removes ⟦ ⟧ markers and returns the clean code and the marked ranges as 1-based positions. */
export function extractMarkers(marked: string): { code: string; positions: Position[] } {
  let code = "";
  const starts: { line: number; column: number }[] = [];
  const positions: Position[] = [];
  let line = 1;
  let column = 1;
  for (const ch of marked) {
    if (ch === OPEN) {
      starts.push({ line, column });
      continue;
    }
    if (ch === CLOSE) {
      const start = starts.pop();
      if (!start) throw new Error(`unbalanced ${CLOSE} in test code:\n${marked}`);
      positions.push({ line: start.line, column: start.column, endLine: line, endColumn: column });
      continue;
    }
    code += ch;
    if (ch === "\n") {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  if (starts.length > 0) throw new Error(`unbalanced ${OPEN} in test code:\n${marked}`);
  // Markers are closed innermost first; report order is by start position.
  positions.sort((a, b) => a.line - b.line || a.column - b.column || b.endLine - a.endLine || b.endColumn - a.endColumn);
  return { code, positions };
}

export interface SuggestionSpec {
  messageId: string;
  data?: Record<string, unknown>;
  /** Output code; `$FN` / `$LIB` are substituted like in the case code. */
  output: string;
}

export interface ErrorSpec {
  messageId: string;
  data?: Record<string, unknown>;
  /** Expected suggestions; `[]` asserts that there are none. */
  suggestions?: SuggestionSpec[];
}

export interface CaseOptions {
  options?: readonly unknown[];
  filename?: string;
  name?: string;
  only?: boolean;
}

/** An invalid case from marked code: every error gets the position of its marker pair. */
export function invalid<MessageIds extends string, Options extends readonly unknown[]>(
  marked: string,
  errors: readonly ErrorSpec[],
  options: CaseOptions = {},
): InvalidTestCase<MessageIds, Options> {
  const { code, positions } = extractMarkers(marked);
  if (positions.length !== errors.length) {
    throw new Error(`expected ${errors.length} marker pair(s), found ${positions.length} in:\n${marked}`);
  }
  return {
    code,
    ...(options.name ? { name: options.name } : {}),
    ...(options.filename ? { filename: options.filename } : {}),
    ...(options.options ? { options: options.options as unknown as Options } : {}),
    ...(options.only ? { only: true } : {}),
    errors: errors.map((error, i) => ({
      messageId: error.messageId as MessageIds,
      ...(error.data ? { data: error.data } : {}),
      ...positions[i],
      suggestions: (error.suggestions ?? []).map((suggestion) => ({
        messageId: suggestion.messageId as MessageIds,
        ...(suggestion.data ? { data: suggestion.data } : {}),
        output: stripMarkers(suggestion.output),
      })),
    })),
  } as InvalidTestCase<MessageIds, Options>;
}

export function valid<Options extends readonly unknown[]>(code: string, options: CaseOptions = {}): ValidTestCase<Options> {
  return {
    code,
    ...(options.name ? { name: options.name } : {}),
    ...(options.filename ? { filename: options.filename } : {}),
    ...(options.options ? { options: options.options as unknown as Options } : {}),
  } as ValidTestCase<Options>;
}

function stripMarkers(text: string): string {
  return text.split(OPEN).join("").split(CLOSE).join("");
}

/** How a test file gets at a module member. */
export interface ImportStyle {
  name: string;
  /** Lines that bring the member into scope. */
  prelude: string;
  /** The callee expression for the member. */
  fn: string;
  /** The module object (for `$LIB`), when the style has one. */
  lib?: string;
}

/**
 * Every way a file gets a member of a module: ESM default / named / aliased / namespace,
 * `require` (undeclared global), destructured and aliased `require`, `await import()`,
 * `.default` interop, TypeScript `import x = require()`, an alias constant and a re-assigned
 * variable. For `member === undefined` the module value itself is the callee.
 */
export function importStyles(module: string, member?: string): ImportStyle[] {
  const m = JSON.stringify(module);
  if (member === undefined) {
    return [
      { name: "esm default", prelude: `import lib from ${m};`, fn: "lib", lib: "lib" },
      { name: "esm default alias", prelude: `import { default as other } from ${m};`, fn: "other", lib: "other" },
      { name: "require", prelude: `const lib = require(${m});`, fn: "lib", lib: "lib" },
      { name: "require .default", prelude: `const lib = require(${m}).default;`, fn: "lib", lib: "lib" },
      { name: "dynamic import", prelude: `const { default: lib } = await import(${m});`, fn: "lib", lib: "lib" },
      { name: "ts import =", prelude: `import lib = require(${m});`, fn: "lib", lib: "lib" },
      { name: "alias const", prelude: `import lib from ${m};\nconst alias = lib;`, fn: "alias", lib: "alias" },
    ];
  }
  return [
    { name: "esm default", prelude: `import lib from ${m};`, fn: `lib.${member}`, lib: "lib" },
    { name: "esm named", prelude: `import { ${member} } from ${m};`, fn: member },
    { name: "esm named alias", prelude: `import { ${member} as renamed } from ${m};`, fn: "renamed" },
    { name: "esm namespace", prelude: `import * as lib from ${m};`, fn: `lib.${member}`, lib: "lib" },
    { name: "require", prelude: `const lib = require(${m});`, fn: `lib.${member}`, lib: "lib" },
    { name: "require destructured", prelude: `const { ${member} } = require(${m});`, fn: member },
    { name: "require destructured alias", prelude: `const { ${member}: renamed } = require(${m});`, fn: "renamed" },
    { name: "dynamic import", prelude: `const lib = await import(${m});`, fn: `lib.${member}`, lib: "lib" },
    { name: "dynamic import .default", prelude: `const lib = (await import(${m})).default;`, fn: `lib.${member}`, lib: "lib" },
    { name: "ts import =", prelude: `import lib = require(${m});`, fn: `lib.${member}`, lib: "lib" },
    { name: "alias const", prelude: `import * as lib from ${m};\nconst alias = lib.${member};`, fn: "alias", lib: "lib" },
    { name: "re-assigned", prelude: `import * as lib from ${m};\nlet assigned;\nassigned = lib.${member};`, fn: "assigned", lib: "lib" },
  ];
}

function substitute(template: string, style: ImportStyle): string {
  return template.split("$FN").join(style.fn).split("$LIB").join(style.lib ?? "lib");
}

export interface AcrossImportsSpec extends CaseOptions {
  module: string;
  /** Module member (`"verify"`, `"Strategy"`); omit when the module value itself is called. */
  member?: string;
  /** Case code without imports; `$FN` is the callee. Mark report ranges with ⟦ ⟧. */
  code: string;
  errors: readonly ErrorSpec[];
  /** Restrict to these style names. */
  styles?: readonly string[];
}

/** The same invalid case in every import style. */
export function invalidAcrossImports<MessageIds extends string, Options extends readonly unknown[]>(
  spec: AcrossImportsSpec,
): InvalidTestCase<MessageIds, Options>[] {
  return importStyles(spec.module, spec.member)
    .filter((style) => !spec.styles || spec.styles.includes(style.name))
    .filter((style) => !spec.code.includes("$LIB") || style.lib !== undefined)
    .map((style) =>
      invalid<MessageIds, Options>(
        `${style.prelude}\n${substitute(spec.code, style)}`,
        spec.errors.map((error) => ({
          ...error,
          suggestions: error.suggestions?.map((s) => ({ ...s, output: `${style.prelude}\n${substitute(s.output, style)}` })),
        })),
        { ...spec, name: `${spec.name ?? spec.module} (${style.name})` },
      ),
    );
}

/** The same valid case in every import style. */
export function validAcrossImports<Options extends readonly unknown[]>(
  spec: Omit<AcrossImportsSpec, "errors">,
): ValidTestCase<Options>[] {
  return importStyles(spec.module, spec.member)
    .filter((style) => !spec.styles || spec.styles.includes(style.name))
    .filter((style) => !spec.code.includes("$LIB") || style.lib !== undefined)
    .map((style) => valid<Options>(`${style.prelude}\n${substitute(spec.code, style)}`, { ...spec, name: `${spec.name ?? spec.module} (${style.name})` }));
}
