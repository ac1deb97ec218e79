import { describe, expect, it } from "vitest";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { removeListItem } from "../../src/analysis/fix.js";
import { walk, type AnyContext } from "../../src/analysis/ast.js";
import { analyze } from "../helpers/analyze.js";

/** A fixer that records the edit as a plain `{ range, text }`. */
const fixer = {
  removeRange: (range: readonly [number, number]) => ({ range, text: "" }),
  remove: (node: TSESTree.Node) => ({ range: node.range, text: "" }),
} as unknown as TSESLint.RuleFixer;

/** Applies `removeListItem` to the string literal `"x"` in the code; null when no edit is offered. */
function removeX(code: string): string | null {
  return analyze(code, (context: AnyContext) => {
    let target: TSESTree.Node | undefined;
    walk(context.sourceCode, context.sourceCode.ast, (node) => {
      if (node.type === "Literal" && node.value === "x") target = node;
    });
    const fix = removeListItem(context, fixer, target!);
    if (!fix) return null;
    return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
  });
}

describe("removeListItem", () => {
  it("removes array elements with one comma", () => {
    expect(removeX(`f(["a", "x", "b"]);`)).toBe(`f(["a", "b"]);`);
    expect(removeX(`f(["x", "b"]);`)).toBe(`f(["b"]);`);
    expect(removeX(`f(["a", "x"]);`)).toBe(`f(["a"]);`);
    expect(removeX(`f(["a", "x",]);`)).toBe(`f(["a",]);`);
    expect(removeX(`f(["x"]);`)).toBe(`f([]);`);
    expect(removeX(`f([\n  "a",\n  "x",\n  "b",\n]);`)).toBe(`f([\n  "a",\n  "b",\n]);`);
  });

  it("removes call arguments", () => {
    expect(removeX(`decode(token, key, "x");`)).toBe(`decode(token, key);`);
    expect(removeX(`decode("x", key);`)).toBe(`decode(key);`);
    expect(removeX(`decode("x");`)).toBe(`decode();`);
  });

  it("refuses what it cannot edit safely", () => {
    expect(removeX(`f([ , "x"]);`)).toBeNull();
    expect(removeX(`f(["a", ("x")]);`)).toBeNull();
    expect(removeX(`const o = { a: "x" };`)).toBeNull();
  });
});
