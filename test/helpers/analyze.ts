/**
 * Runs an analysis function over a snippet inside a real ESLint run (Linter + the TypeScript
 * parser), at `Program:exit`, and returns what it produced.
 */
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import type { AnyContext } from "../../src/analysis/ast.js";

export function analyze<T>(code: string, fn: (context: AnyContext) => T, filename = "file.ts"): T {
  let result: T | undefined;
  let called = false;
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.ts", "**/*.tsx", "**/*.js", "**/*.jsx", "**/*.mjs", "**/*.cjs"],
        languageOptions: { parser: tsParser as never, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: {
          probe: {
            rules: {
              probe: {
                create(context) {
                  return {
                    "Program:exit"() {
                      result = fn(context as unknown as AnyContext);
                      called = true;
                    },
                  };
                },
              },
            },
          },
        },
        rules: { "probe/probe": "error" },
      },
    ],
    filename,
  );
  const fatal = messages.find((m) => m.fatal || m.ruleId !== "probe/probe");
  if (fatal) throw new Error(`parse error: ${fatal.message}`);
  if (!called) throw new Error("analysis did not run");
  return result as T;
}
