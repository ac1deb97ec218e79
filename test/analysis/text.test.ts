import { describe, expect, it } from "vitest";
import { isIdentifierCode, textSearch } from "../../src/analysis/text.js";

describe("textSearch", () => {
  it("finds a pattern through its rarest character, as indexOf would", () => {
    const jwt = textSearch("eyJ");
    expect(jwt.in("const t = 'eyJhbGciOi';")).toBe(true);
    expect(jwt.in("JSON.parse(x); eJy")).toBe(false);
    const env = textSearch("env");
    expect(env.in("process.env.X")).toBe(true);
    expect(env.in("environment")).toBe(true);
    expect(env.in("nv")).toBe(false);
    expect(env.in("")).toBe(false);
  });

  it("returns the first index at or after `from`, like String#indexOf", () => {
    const texts = [
      "const a = require('a'); const b = require('b'); // requires",
      "requirerequire",
      "postMessage(x, '*'); window.postMessage(y)",
      "q q q require",
      "",
      "require",
    ];
    for (const pattern of ["require", "postMessage", "searchParams", "import", "KEY-----", "q", ""]) {
      const search = textSearch(pattern);
      for (const text of texts) {
        for (let from = -1; from <= text.length + 1; from++) {
          expect(search.indexIn(text, from), `${pattern} in ${JSON.stringify(text)} from ${from}`).toBe(text.indexOf(pattern, from));
        }
        expect(search.in(text)).toBe(text.includes(pattern));
      }
    }
  });

  it("finds a pattern at the very start and end of the text", () => {
    const search = textSearch("require");
    expect(search.indexIn("require")).toBe(0);
    expect(search.indexIn("x = require")).toBe(4);
    expect(search.indexIn("equire")).toBe(-1);
    expect(search.indexIn("requir")).toBe(-1);
  });
});

describe("isIdentifierCode", () => {
  it("is true for [A-Za-z0-9_$] only, and false past the end of a string", () => {
    for (const ch of "azAZ09_$") expect(isIdentifierCode(ch.charCodeAt(0)), ch).toBe(true);
    for (const ch of " .-(\"'`@#\u00e9") expect(isIdentifierCode(ch.charCodeAt(0)), ch).toBe(false);
    expect(isIdentifierCode("a".charCodeAt(1))).toBe(false);
  });
});
