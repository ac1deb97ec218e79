import { describe, expect, it } from "vitest";
import { getModuleIndex, importsAnyOf, INSTANCE, RESULT, builderKey, type TrackerConfig } from "../../src/analysis/modules.js";
import { analyze } from "../helpers/analyze.js";
import { importStyles } from "../helpers/rule-tester.js";

const TRACKER: TrackerConfig = {
  modules: new Set(["jsonwebtoken", "jose", "passport-jwt", "@nestjs/jwt", "@fastify/jwt", "express-jwt"]),
  builders: new Map([[builderKey("jose", ["SignJWT", INSTANCE]), new Set(["setProtectedHeader", "setIssuedAt", "setExpirationTime"])]]),
};

function calls(code: string, module: string, path: readonly string[], filename?: string): string[] {
  return analyze(
    code,
    (context) =>
      getModuleIndex(context, TRACKER)
        .calls(module, path)
        .map((call) => `${call.kind}@${call.node.loc.start.line}:${call.node.loc.start.column}`),
    filename,
  );
}

describe("module tracker", () => {
  describe("finds jsonwebtoken.verify in every import style", () => {
    for (const style of importStyles("jsonwebtoken", "verify")) {
      it(style.name, () => {
        const code = `${style.prelude}\n${style.fn}(token, key);`;
        const line = code.split("\n").length;
        expect(calls(code, "jsonwebtoken", ["verify"])).toEqual([`call@${line}:0`]);
      });
    }
  });

  describe("finds a module called as a function in every import style", () => {
    for (const style of importStyles("express-jwt")) {
      it(style.name, () => {
        const code = `${style.prelude}\n${style.fn}({ secret });`;
        expect(calls(code, "express-jwt", [])).toHaveLength(1);
      });
    }
  });

  it("follows import().then callbacks", () => {
    expect(calls(`import("jsonwebtoken").then(({ verify }) => verify(t, k));`, "jsonwebtoken", ["verify"])).toHaveLength(1);
    expect(calls(`import("jsonwebtoken").then((m) => m.default.verify(t, k));`, "jsonwebtoken", ["verify"])).toHaveLength(1);
  });

  it("follows require when it is a declared global too", () => {
    const code = `/* global require */\nconst jwt = require("jsonwebtoken");\njwt.verify(t, k);`;
    expect(calls(code, "jsonwebtoken", ["verify"])).toHaveLength(1);
  });

  it("resolves require(CONST)", () => {
    const code = `const NAME = "jsonwebtoken";\nconst jwt = require(NAME);\njwt.verify(t, k);`;
    expect(calls(code, "jsonwebtoken", ["verify"])).toHaveLength(1);
  });

  it("follows TypeScript wrappers, optional chaining, call/apply and bind", () => {
    const code = [
      `import jwt from "jsonwebtoken";`,
      `(jwt as any).verify(a, b);`,
      `jwt!.verify(a, b);`,
      `jwt?.verify(a, b);`,
      `jwt.verify.call(null, a, b);`,
      `const bound = jwt.verify.bind(jwt);`,
      `bound(a, b);`,
    ].join("\n");
    expect(calls(code, "jsonwebtoken", ["verify"])).toEqual(["call@2:0", "call@3:0", "call@4:0", "call@5:0", "call@7:0"]);
  });

  it("follows nested destructuring of the module object", () => {
    const code = `const { default: { verify } } = require("jsonwebtoken");\nverify(a, b);`;
    expect(calls(code, "jsonwebtoken", ["verify"])).toHaveLength(1);
  });

  it("never matches a same-named method of another module or a local object", () => {
    const code = [
      `import jwt from "jsonwebtoken";`,
      `import other from "other-lib";`,
      `const local = { verify() {} };`,
      `other.verify(a, b);`,
      `local.verify(a, b);`,
      `function verify() {}`,
      `verify(a, b);`,
      `crypto.createVerify("sha256").verify(key, sig);`,
    ].join("\n");
    expect(calls(code, "jsonwebtoken", ["verify"])).toEqual([]);
  });

  it("does not treat a shadowed require as the module loader", () => {
    const code = `function load(require) {\n  const jwt = require("jsonwebtoken");\n  jwt.verify(a, b);\n}`;
    expect(calls(code, "jsonwebtoken", ["verify"])).toEqual([]);
  });

  it("does not follow a variable that is shadowed in an inner scope", () => {
    const code = `import jwt from "jsonwebtoken";\nfunction f(jwt) {\n  jwt.verify(a, b);\n}`;
    expect(calls(code, "jsonwebtoken", ["verify"])).toEqual([]);
  });

  it("records constructor calls, subclasses and mixins", () => {
    const direct = `import { Strategy } from "passport-jwt";\nnew Strategy({}, verify);`;
    expect(calls(direct, "passport-jwt", ["Strategy"])).toEqual(["new@2:0"]);
    const subclass = `const { Strategy } = require("passport-jwt");\nclass S extends Strategy {\n  constructor() {\n    super({ secretOrKey: k });\n  }\n}`;
    expect(calls(subclass, "passport-jwt", ["Strategy"])).toEqual(["super@4:4"]);
    const mixin = `import { Strategy } from "passport-jwt";\nimport { PassportStrategy } from "@nestjs/passport";\nexport class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor() {\n    super({ secretOrKey: k });\n  }\n}`;
    expect(calls(mixin, "passport-jwt", ["Strategy"])).toEqual(["super@5:4"]);
  });

  it("finds injected instances through constructor parameter properties, typed parameters and class fields", () => {
    const code = [
      `import { JwtService } from "@nestjs/jwt";`,
      `class A {`,
      `  constructor(private readonly jwtService: JwtService) {}`,
      `  go() { return this.jwtService.verify(t); }`,
      `}`,
      `class B {`,
      `  private jwt!: JwtService;`,
      `  go() { return this.jwt.verify(t); }`,
      `}`,
      `function helper(service: JwtService) { return service.verify(t); }`,
    ].join("\n");
    expect(calls(code, "@nestjs/jwt", ["JwtService", INSTANCE, "verify"])).toEqual(["call@4:16", "call@8:16", "call@10:46"]);
  });

  it("follows builders whose methods return the instance", () => {
    const code = [
      `import { SignJWT } from "jose";`,
      `await new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setIssuedAt().sign(key);`,
      `const builder = new SignJWT({ sub });`,
      `builder.setExpirationTime("1h");`,
      `await builder.sign(key);`,
    ].join("\n");
    expect(calls(code, "jose", ["SignJWT", INSTANCE, "sign"])).toEqual(["call@2:6", "call@5:6"]);
    expect(calls(code, "jose", ["SignJWT", INSTANCE, "setExpirationTime"])).toEqual(["call@4:0"]);
  });

  it("follows call results", () => {
    const code = `import { createVerifier } from "fast-jwt";\nconst verifier = createVerifier({ key });\nverifier(token);`;
    const tracker: TrackerConfig = { modules: new Set(["fast-jwt"]) };
    const found = analyze(code, (context) => getModuleIndex(context, tracker).calls("fast-jwt", ["createVerifier", RESULT]).length);
    expect(found).toBe(1);
  });

  it("lists arguments a module value is passed to", () => {
    const code = `import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, { secret });`;
    const found = analyze(code, (context) => getModuleIndex(context, TRACKER).argumentsOf("@fastify/jwt", []).map((use) => use.index));
    expect(found).toEqual([0]);
  });

  it("reports imports and resolves expressions", () => {
    const code = `import jwt from "jsonwebtoken";\nconst v = jwt.verify;`;
    const found = analyze(code, (context) => {
      const index = getModuleIndex(context, TRACKER);
      const declarator = (context.sourceCode.ast.body[1] as unknown as { declarations: { init: never }[] }).declarations[0];
      return { imports: index.imports("jsonwebtoken"), other: index.imports("jose"), resolved: index.resolve(declarator.init) };
    });
    expect(found).toEqual({ imports: true, other: false, resolved: { module: "jsonwebtoken", path: ["verify"] } });
  });

  it("shares one index per file and configuration", () => {
    const same = analyze(`import jwt from "jsonwebtoken";`, (context) => getModuleIndex(context, TRACKER) === getModuleIndex(context, TRACKER));
    expect(same).toBe(true);
  });

  it("parses JSX files", () => {
    const code = `import { jwtDecode } from "jwt-decode";\nexport const A = () => <div>{jwtDecode(t).name}</div>;`;
    const tracker: TrackerConfig = { modules: new Set(["jwt-decode"]) };
    expect(analyze(code, (context) => getModuleIndex(context, tracker).calls("jwt-decode", ["jwtDecode"]).length, "a.tsx")).toBe(1);
  });
});

describe("importsAnyOf", () => {
  it("reads require() and import() calls of the code, not of comments", () => {
    const imports = (code: string) => analyze(code, (context) => importsAnyOf(context, ["jsonwebtoken"]), "a.js");
    expect(imports('const jwt = require("jsonwebtoken");')).toBe(true);
    expect(imports('const jwt = await import("jsonwebtoken");')).toBe(true);
    expect(imports('// const jwt = require("jsonwebtoken");\nconst a = 1;')).toBe(false);
    expect(imports('/* await import("jsonwebtoken") */ const a = 1;')).toBe(false);
    expect(imports('/** require */ const jwt = require("jsonwebtoken");')).toBe(true);
  });
});

describe("dynamicImportOffsets", () => {
  it("finds import( with or without white space, and nothing else", async () => {
    const { dynamicImportOffsets } = await import("../../src/analysis/modules.js");
    const plain = 'const m = await import("jose");';
    expect(dynamicImportOffsets(plain)).toEqual([plain.indexOf("import")]);
    const spaced = 'import x from "a";\nconst m = import \n ("jose");';
    expect(dynamicImportOffsets(spaced)).toEqual([spaced.lastIndexOf("import")]);
    expect(dynamicImportOffsets("import(`m`)")).toEqual([0]);
    expect(dynamicImportOffsets('import x from "a";\nreimport(x); importer(y); import.meta.url;')).toEqual([]);
    expect(dynamicImportOffsets("")).toEqual([]);
  });

  it("skips static import declarations whole, and finds import( between and after them", async () => {
    const { dynamicImportOffsets } = await import("../../src/analysis/modules.js");
    const at = (text: string, part: string) => ({ range: [text.indexOf(part), text.indexOf(part) + part.length] }) as never;
    const first = 'import a from "a";';
    const second = 'import b from "b";';
    const between = `${first}\nconst c = import("c");\n${second}`;
    expect(dynamicImportOffsets(between, [at(between, first), at(between, second)])).toEqual([between.indexOf('import("c")')]);
    const after = `${first}\n${second}\nconst c = import ("c");`;
    expect(dynamicImportOffsets(after, [at(after, first), at(after, second)])).toEqual([after.indexOf('import ("c")')]);
    // Declarations are never calls: a range that covers an `import(` hides it (ranges come from the AST).
    const inside = 'import(x); import y from "y";';
    expect(dynamicImportOffsets(inside, [{ range: [0, inside.length] } as never])).toEqual([]);
    expect(dynamicImportOffsets(inside, [at(inside, 'import y from "y";')])).toEqual([0]);
  });
});
