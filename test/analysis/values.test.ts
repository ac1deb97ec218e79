import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import { arrayElements, isKnownFalsy, readPath, readProperty, resolveNode, staticString } from "../../src/analysis/values.js";
import type { AnyContext } from "../../src/analysis/ast.js";
import { analyze } from "../helpers/analyze.js";

/** The argument of the last `probe(...)` call in the code. */
function probeArg(context: AnyContext): TSESTree.Node {
  const body = context.sourceCode.ast.body;
  const last = body[body.length - 1] as TSESTree.ExpressionStatement;
  return (last.expression as TSESTree.CallExpression).arguments[0];
}

function lookup(code: string, name: string) {
  return analyze(code, (context) => {
    const found = readProperty(context, probeArg(context), name);
    if (found.kind !== "present") return found.kind;
    return found.value ? { value: found.value.value } : { text: context.sourceCode.getText(found.node) };
  });
}

describe("readProperty", () => {
  it("reads object literal properties, later ones winning", () => {
    expect(lookup(`probe({ algorithms: ["RS256"], secret: process.env.S });`, "algorithms")).toEqual({ value: ["RS256"] });
    expect(lookup(`probe({ a: 1, a: 2 });`, "a")).toEqual({ value: 2 });
    expect(lookup(`probe({ "quoted-key": true });`, "quoted-key")).toEqual({ value: true });
  });

  it("distinguishes absent, present-but-dynamic and unknown", () => {
    expect(lookup(`probe({ secret: process.env.S });`, "algorithms")).toBe("absent");
    expect(lookup(`probe({ secure: isProd });`, "secure")).toEqual({ text: "isProd" });
    expect(lookup(`probe(getOptions());`, "algorithms")).toBe("unknown");
    expect(lookup(`import opts from "./opts";\nprobe(opts);`, "algorithms")).toBe("unknown");
    expect(lookup(`probe({ [dynamicKey]: 1 });`, "algorithms")).toBe("unknown");
    expect(lookup(`probe(undefined);`, "algorithms")).toBe("absent");
  });

  it("follows constants, spreads and Object.assign", () => {
    expect(lookup(`const o = { algorithms: ["HS256"] };\nprobe(o);`, "algorithms")).toEqual({ value: ["HS256"] });
    expect(lookup(`const base = { algorithms: ["HS256"] };\nprobe({ ...base, secret: s });`, "algorithms")).toEqual({ value: ["HS256"] });
    expect(lookup(`const base = { algorithms: ["HS256"] };\nprobe({ ...base, algorithms: ["RS256"] });`, "algorithms")).toEqual({ value: ["RS256"] });
    expect(lookup(`probe({ algorithms: ["RS256"], ...unknownThing });`, "algorithms")).toBe("unknown");
    expect(lookup(`probe({ ...unknownThing, algorithms: ["RS256"] });`, "algorithms")).toEqual({ value: ["RS256"] });
    expect(lookup(`const base = { secret: s };\nprobe({ ...base });`, "algorithms")).toBe("absent");
    expect(lookup(`probe(Object.assign({}, { algorithms: ["ES256"] }, { secret: s }));`, "algorithms")).toEqual({ value: ["ES256"] });
    expect(lookup(`probe(Object.assign({}, defaults, { secret: s }));`, "algorithms")).toBe("unknown");
  });

  it("sees through TypeScript wrappers", () => {
    expect(lookup(`probe({ algorithms: ["RS256"] } as const);`, "algorithms")).toEqual({ value: ["RS256"] });
    expect(lookup(`const o = { algorithms: ["RS256"] } satisfies Opts;\nprobe(o!);`, "algorithms")).toEqual({ value: ["RS256"] });
    expect(lookup(`probe(<Opts>{ algorithm: "none" as Alg });`, "algorithm")).toEqual({ value: "none" });
  });

  it("does not follow re-assigned variables", () => {
    expect(lookup(`let o = { algorithms: ["RS256"] };\no = other;\nprobe(o);`, "algorithms")).toBe("unknown");
    expect(lookup(`let o = { algorithms: ["RS256"] };\nprobe(o);`, "algorithms")).toEqual({ value: ["RS256"] });
  });

  it("reads member paths of constant objects", () => {
    expect(lookup(`const config = { jwt: { options: { algorithms: ["PS256"] } } };\nprobe(config.jwt.options);`, "algorithms")).toEqual({ value: ["PS256"] });
  });
});

describe("readPath", () => {
  it("reads nested options and reports the first missing level as absent", () => {
    const code = `probe({ verifyOptions: { algorithms: ["RS256"] } });`;
    expect(analyze(code, (c) => readPath(c, probeArg(c), ["verifyOptions", "algorithms"]).kind)).toBe("present");
    expect(analyze(`probe({ secret: s });`, (c) => readPath(c, probeArg(c), ["verifyOptions", "algorithms"]).kind)).toBe("absent");
    expect(analyze(`probe({ verifyOptions: x });`, (c) => readPath(c, probeArg(c), ["verifyOptions", "algorithms"]).kind)).toBe("unknown");
  });
});

describe("static values", () => {
  it("resolves strings through templates, concatenation and constants", () => {
    expect(analyze("const A = 'se';\nprobe(`${A}cret` + '!');", (c) => staticString(c, probeArg(c)))).toBe("secret!");
    expect(analyze("probe(process.env.X);", (c) => staticString(c, probeArg(c)))).toBeUndefined();
  });

  it("computes constant arithmetic", () => {
    expect(analyze("const H = 60 * 60;\nprobe(H * 24);", (c) => resolveNode(c, probeArg(c)).type)).toBe("BinaryExpression");
    expect(analyze("const H = 60 * 60;\nprobe(H * 24);", (c) => readPath(c, probeArg(c), []).kind)).toBe("present");
  });

  it("knows falsy values", () => {
    expect(analyze("probe(null);", (c) => isKnownFalsy(c, probeArg(c)))).toBe(true);
    expect(analyze("const K = '';\nprobe(K);", (c) => isKnownFalsy(c, probeArg(c)))).toBe(true);
    expect(analyze("probe(key);", (c) => isKnownFalsy(c, probeArg(c)))).toBe(false);
  });

  it("lists array elements through spreads and knows when the list is incomplete", () => {
    const complete = analyze("const BASE = ['RS256'];\nprobe([...BASE, 'ES256']);", (c) => {
      const found = arrayElements(c, probeArg(c))!;
      return { values: found.elements.map((e) => e.value?.value), complete: found.complete };
    });
    expect(complete).toEqual({ values: ["RS256", "ES256"], complete: true });
    const partial = analyze("probe(['RS256', ...fromConfig]);", (c) => arrayElements(c, probeArg(c))!.complete);
    expect(partial).toBe(false);
    expect(analyze("probe(notAnArray);", (c) => arrayElements(c, probeArg(c)))).toBeUndefined();
  });
});
