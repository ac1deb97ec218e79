import { describe, expect, it } from "vitest";
import { GLOBAL_SOURCE_METHODS, mayCallGlobalSource, weakSource } from "../../src/models/randomness.js";
import { analyze } from "../helpers/analyze.js";

describe("mayCallGlobalSource", () => {
  it.each(["Math.random()", "crypto.getRandomValues(b)", "Date.now()", "new Date().getTime()", "performance.now()"])("is true where the text spells a global source: %s", (code) => {
    expect(analyze(`const v = ${code};`, (context) => mayCallGlobalSource(context))).toBe(true);
  });
  it("is false where the text spells none of them", () => {
    const code = "const v = ids.next();\nconst w = clock.tick();";
    expect(analyze(code, (context) => mayCallGlobalSource(context))).toBe(false);
  });
  it("lists every method name weakSource reads as a global source", () => {
    for (const code of ["Math.random()", "Date.now()", "performance.now()", "new Date().getTime()", "new Date().valueOf()"]) {
      const method = /\.(\w+)\(\)$/u.exec(code)?.[1] ?? "";
      expect(GLOBAL_SOURCE_METHODS.has(method), method).toBe(true);
      expect(analyze(`const v = ${code};`, (context) => {
        let found = false;
        const body = context.sourceCode.ast.body[0];
        if (body.type === "VariableDeclaration" && body.declarations[0].init) found = weakSource(context, body.declarations[0].init, false) !== undefined;
        return found;
      }), code).toBe(true);
    }
  });
});
