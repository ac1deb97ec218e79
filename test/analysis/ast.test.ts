import { describe, expect, it } from "vitest";
import { Linter } from "eslint";
import { findVariable } from "@eslint-community/eslint-utils";
import { codeText, commentAt, nodeAtIndex, variableAt, walk, type AnyContext } from "../../src/analysis/ast.js";
import { analyze } from "../helpers/analyze.js";

describe("codeText", () => {
  it.each([
    ["const a = 1;", "const a = 1;"],
    ["const a = 1; // token\nconst b = 2;", "const a = 1;  \nconst b = 2;"],
    ["/** @param secret */\nexport function f(x) { return x; }", " \nexport function f(x) { return x; }"],
    ["#!/usr/bin/env node\nrun(/* session */ a);", " \nrun(  a);"],
    ["const s = '// not a comment'; const t = `/* nor this */`;", "const s = '// not a comment'; const t = `/* nor this */`;"],
    ["a/* x */+b", "a +b"],
  ])("cuts every comment out of %j", (code, expected) => {
    expect(analyze(code, (context) => codeText(context), "file.js")).toBe(expected);
  });
});

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

/** Every identifier of the file: what `variableAt` finds, and whether eslint-utils' node lookup agrees. */
function lookups(context: AnyContext): { name: string; line: number; found: string | null; agrees: boolean }[] {
  const out: { name: string; line: number; found: string | null; agrees: boolean }[] = [];
  walk(context.sourceCode, context.sourceCode.ast, (node) => {
    if (node.type !== "Identifier") return;
    const ours = variableAt(context.sourceCode, node);
    const theirs = findVariable(context.sourceCode.getScope(node) as never, node as never) as unknown;
    const scope = ours ? (ours as unknown as { scope: { type: string } }).scope.type : null;
    out.push({ name: node.name, line: node.loc.start.line, found: scope, agrees: (ours as unknown) === theirs });
  });
  return out;
}

const SCOPES = [
  'import jwt from "jsonwebtoken";',
  "const token = jwt.sign({}, key);",
  "function outer(token, [a = token] = []) {",
  "  const inner = function token() { return token; };",
  "  class Token { static token = token; #secret = token; method(token = secret) { return token; } }",
  "  try { f(); } catch (token) { g(token); }",
  "  for (const token of list) h(token);",
  "  { let token = 1; token++; }",
  "  label: for (;;) { break label; }",
  "  return (token) => token + outer.length;",
  "}",
  "type Token = { token: string };",
  "function typed<T extends Token>(value: T): T { const token: Token = value; return token as T; }",
  "enum Kind { Token = 1, Other = Token }",
  "namespace NS { export const token = 1; }",
  "export default outer;",
].join("\n");

describe("variableAt", () => {
  it("finds the same variable as eslint-utils' findVariable for every identifier (TypeScript)", () => {
    const found = analyze(SCOPES, lookups);
    expect(found.length).toBeGreaterThan(50);
    expect(found.filter((entry) => !entry.agrees)).toEqual([]);
    // Spot checks: the parameter shadows the module constant, the catch clause has its own, a global is null.
    expect(found.find((entry) => entry.name === "token" && entry.line === 2)?.found).toBe("module");
    expect(found.find((entry) => entry.name === "token" && entry.line === 6)?.found).toBe("catch");
    expect(found.find((entry) => entry.name === "f")?.found).toBeNull();
    expect(found.find((entry) => entry.name === "Token" && entry.line === 12)?.found).toBe("module");
    expect(found.find((entry) => entry.name === "Token" && entry.line === 14)?.found).toBe("tsEnum");
  });

  it("finds the same variable as eslint-utils' findVariable for every identifier (espree, script and CommonJS)", () => {
    const code = [
      "var token = require('jsonwebtoken');",
      "function named() { var token = 2; return function token2() { return token + token2; }; }",
      "with (obj) { token; }",
      "module.exports = { token, named };",
    ].join("\n");
    for (const sourceType of ["script", "commonjs"] as const) {
      let found: ReturnType<typeof lookups> = [];
      const linter = new Linter({ configType: "flat" });
      const messages = linter.verify(code, [
        {
          languageOptions: { sourceType, ecmaVersion: 2022 },
          plugins: { probe: { rules: { probe: { create: (context) => ({ "Program:exit": () => void (found = lookups(context as unknown as AnyContext)) }) } } } },
          rules: { "probe/probe": "error" },
        },
      ]);
      expect(messages).toEqual([]);
      expect(found.length).toBeGreaterThan(12);
      expect(found.filter((entry) => !entry.agrees)).toEqual([]);
      const requireScope = found.find((entry) => entry.name === "require")?.found;
      expect(requireScope).toBe(sourceType === "commonjs" ? "global" : null);
    }
  });
});
