import { describe, expect, it } from "vitest";
import { commentAt, nodeAtIndex } from "../../src/analysis/ast.js";
import { analyze } from "../helpers/analyze.js";

describe("commentAt", () => {
  const code = '// see http://example.com\nconst a = "http://x"; /* b */\n/** c */ f();';
  it("finds the comment that holds an index, and nothing outside comments", () => {
    const found = (part: string, offset = 0) => analyze(code, (context) => commentAt(context.sourceCode, code.indexOf(part) + offset)?.value);
    expect(found("http://example")).toBe(" see http://example.com");
    expect(found("/* b */")).toBe(" b ");
    expect(found("/** c */", 7)).toBe("* c ");
    expect(found('"http://x"')).toBeUndefined();
    expect(found("f();")).toBeUndefined();
    expect(found("/* b */", 7)).toBeUndefined();
  });
  it("is undefined in a file without comments", () => {
    expect(analyze("const a = 1;", (context) => commentAt(context.sourceCode, 3))).toBeUndefined();
  });
});

describe("nodeAtIndex", () => {
  it("finds the innermost node at an index", () => {
    const code = 'const a = f("http://x");';
    expect(analyze(code, (context) => nodeAtIndex(context.sourceCode, code.indexOf("http")).type)).toBe("Literal");
    expect(analyze(code, (context) => nodeAtIndex(context.sourceCode, code.indexOf("f(")).type)).toBe("Identifier");
  });
});
