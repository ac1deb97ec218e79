/**
 * Fuzzing: random but valid programs around the APIs the rules model (programs.ts) go through every
 * rule of the plugin (`all`, read from the plugin so new rules are covered) in each dialect — .ts,
 * .tsx, .js, .jsx, .cjs. No rule may throw; every generated program must parse (else the generator
 * is wrong, and the case would test nothing).
 *
 * Bounded in CI: a fixed seed and FUZZ_RUNS programs per dialect (default 100). Longer runs on
 * demand: `npm run fuzz -- --runs 2000 [--seed 123]` (test/reliability/run-fuzz.js), which sets
 * FUZZ_RUNS / FUZZ_SEED. A failure prints the seed, the path and the shrunk program to replay.
 */
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DIALECTS, programArbitrary } from "./programs.js";
import { allRules, plugin } from "./plugin.js";
import { modelVocabulary } from "./source.js";

const RUNS = Number(process.env.FUZZ_RUNS || 100);
const SEED = Number(process.env.FUZZ_SEED || 20261123);

const vocabulary = modelVocabulary();
const linter = new Linter({ configType: "flat" });

function configFor(filename: string): Linter.Config[] {
  const ts = /\.tsx?$/.test(filename);
  return [
    {
      files: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts", "**/*.js", "**/*.jsx", "**/*.mjs", "**/*.cjs"],
      plugins: { "auth-security": plugin as never },
      rules: allRules,
      languageOptions: ts
        ? { parser: tsParser as never, parserOptions: { ecmaFeatures: { jsx: filename.endsWith(".tsx") } } }
        : {
            ecmaVersion: "latest",
            sourceType: filename.endsWith(".cjs") ? "commonjs" : "module",
            parserOptions: { ecmaFeatures: { jsx: filename.endsWith(".jsx") } },
          },
    },
  ];
}

/**
 * Lints `code` and returns the messages; if a rule throws, throws a plain error with the rule id,
 * message and stack (ESLint's own error carries the whole AST in `currentNode`, unreadable in a report).
 */
function lintWithAllRules(code: string, filename: string): Linter.LintMessage[] {
  try {
    return linter.verify(code, configFor(filename), { filename });
  } catch (error) {
    const { ruleId, message, stack } = error as Error & { ruleId?: string };
    const frames = (stack ?? "").split("\n").filter((line) => line.trimStart().startsWith("at ")).slice(0, 8);
    throw new Error(`${ruleId ?? "ESLint"} threw: ${message}\n${frames.join("\n")}`);
  }
}

describe("fuzz: random programs around the modeled APIs through every rule", () => {
  it("has a vocabulary taken from the models", () => {
    expect(vocabulary.apis.length).toBeGreaterThan(20);
    expect(vocabulary.modules).toContain("jsonwebtoken");
    expect(Object.keys(allRules).length).toBeGreaterThan(0);
  });

  for (const [filename, dialect] of Object.entries(DIALECTS)) {
    it(`${filename}: ${RUNS} programs (seed ${SEED}) parse and no rule throws`, { timeout: 600_000 }, () => {
      let reports = 0;
      fc.assert(
        fc.property(programArbitrary(vocabulary, dialect), (code) => {
          const messages = lintWithAllRules(code, filename);
          const fatal = messages.find((message) => message.fatal || message.ruleId === null);
          if (fatal) throw new Error(`generated program does not parse or was not linted (${fatal.line}:${fatal.column} ${fatal.message})`);
          reports += messages.length;
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: false },
      );
      // The programs reach the rules' reporting paths, not only their early exits.
      if (RUNS >= 50) expect(reports).toBeGreaterThan(0);
    });
  }
});
