import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import {
  callSitesOf,
  chainNames,
  findManualJwtDecodes,
  functionName,
  isManualJwtDecode,
  isParameterRooted,
  isUiComponentCode,
  manualJwtDecode,
  memberOrigin,
  parameterIndex,
  readsBrowserStorage,
  sameValue,
  traceValue,
  type FunctionNode,
} from "../../src/analysis/flow.js";
import { walk, type AnyContext } from "../../src/analysis/ast.js";
import { analyze } from "../helpers/analyze.js";

/** The first call of `source()` in the code: the value traced in these tests. */
function sourceCall(context: AnyContext): TSESTree.CallExpression {
  let found: TSESTree.CallExpression | undefined;
  walk(context.sourceCode, context.sourceCode.ast, (node) => {
    if (!found && node.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === "source") found = node;
  });
  if (!found) throw new Error("no source() call");
  return found;
}

/** The argument of the last `probe(...)` call. */
function probeArgs(context: AnyContext): TSESTree.Node[] {
  let found: TSESTree.CallExpression | undefined;
  walk(context.sourceCode, context.sourceCode.ast, (node) => {
    if (node.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === "probe") found = node;
  });
  if (!found) throw new Error("no probe() call");
  return found.arguments;
}

function uses(code: string, filename?: string) {
  return analyze(
    code,
    (context) =>
      traceValue(context, sourceCall(context)).map((use) => ({
        kind: use.kind,
        path: use.path.join("."),
        derived: use.derived,
        ...(use.target ? { target: context.sourceCode.getText(use.target) } : {}),
        ...(use.fn ? { fn: functionName(use.fn) ?? "?" } : {}),
        ...(use.call ? { call: context.sourceCode.getText(use.call.callee), index: use.index } : {}),
      })),
    filename,
  );
}

describe("traceValue", () => {
  it("records property paths through variables, destructuring and optional chains", () => {
    expect(uses(`const d = source();\nif (d.role === "admin") {}\nconst { payload: { sub }, ...rest } = d;\nif (sub) {}\nif (d?.profile?.tier) {}\nif (rest.scope) {}`)).toEqual([
      { kind: "condition", path: "role", derived: true },
      { kind: "condition", path: "payload.sub", derived: false },
      { kind: "condition", path: "profile.tier", derived: false },
      { kind: "condition", path: "scope", derived: false },
    ]);
  });

  it("recognizes every condition shape", () => {
    const found = uses(
      `const d = source();\nswitch (d.a) {}\nconst x = d.b ? 1 : 2;\nwhile (!d.c) {}\nif (list.includes(d.e) && d.f.startsWith("x")) {}\nd.g !== "y" && deny();\nfor (;d.h;) {}\ndo {} while (d.i > 1);`,
    );
    expect(found.filter((use) => use.kind === "condition").map((use) => use.path)).toEqual(["a", "b", "c", "e", "f", "g", "h", "i"]);
  });

  it("follows comparisons stored in variables, within the hop limit", () => {
    expect(uses(`const d = source();\nconst role = d.role;\nconst ok = role === "admin";\nif (ok) {}`)).toEqual([{ kind: "condition", path: "role", derived: true }]);
    const deep = analyze(`const a = source();\nconst b = a;\nconst c = b;\nconst e = c;\nconst f = e;\nif (f.role) {}`, (context) =>
      traceValue(context, sourceCall(context), { maxVariableHops: 2 }),
    );
    expect(deep).toEqual([]);
  });

  it("reports assignments, returns, arguments, JSX and objects containing the value", () => {
    // Sorted by where the claim was read: the whole value (at the source) first.
    expect(uses(`function f(req) {\n  const d = source();\n  req.user = { id: d.sub };\n  log(d);\n  return d;\n}`)).toEqual([
      { kind: "argument", path: "", derived: false, call: "log", index: 0 },
      { kind: "returned", path: "", derived: false, fn: "f" },
      { kind: "assigned", path: "sub", derived: true, target: "req.user" },
    ]);
    expect(uses(`const View = () => {\n  const d = source();\n  return <b>{d.name}</b>;\n};`, "view.tsx")).toEqual([{ kind: "rendered", path: "name", derived: false }]);
    expect(uses(`const get = (t) => source(t) as Claims;`)).toEqual([{ kind: "returned", path: "", derived: false, fn: "get" }]);
  });

  it("follows let variables assigned later, await and TypeScript wrappers", () => {
    expect(uses(`async function f() {\n  let d;\n  try { d = (await source())!; } catch {}\n  if ((d as Claims).admin) {}\n}`)).toEqual([
      { kind: "condition", path: "admin", derived: false },
    ]);
  });

  it("treats method results and lookups as derived values of the claim", () => {
    expect(uses(`const d = source();\nif (d.roles.map((r) => r.toLowerCase()).includes("admin")) {}`)).toEqual([
      { kind: "condition", path: "roles", derived: true },
    ]);
  });

  it("stops at values it cannot follow", () => {
    expect(uses(`source()();`)).toEqual([{ kind: "unknown", path: "", derived: false }]);
    expect(uses(`source();`)).toEqual([]);
  });
});

describe("manualJwtDecode", () => {
  function parts(code: string) {
    return analyze(code, (context) =>
      findManualJwtDecodes(context).map((found) => ({ part: found.part, token: context.sourceCode.getText(found.token) })),
    );
  }

  it("recognizes the common hand-decoding idioms", () => {
    expect(parts(`JSON.parse(atob(token.split(".")[1]));`)).toEqual([{ part: "payload", token: "token" }]);
    expect(parts(`JSON.parse(window.atob(t.split(".")[0]));`)).toEqual([{ part: "header", token: "t" }]);
    expect(parts(`JSON.parse(Buffer.from(jwt.split(".")[1], "base64url").toString("utf8"));`)).toEqual([{ part: "payload", token: "jwt" }]);
    expect(parts(`JSON.parse(Buffer.from(jwt.split(".")[1], "base64"));`)).toEqual([{ part: "payload", token: "jwt" }]);
    expect(parts(`JSON.parse(decodeURIComponent(escape(atob(h.split(".")[1]))));`)).toEqual([{ part: "payload", token: "h" }]);
    expect(parts(`const [, payload] = a.b.split(".");\nJSON.parse(Buffer.from(payload, "base64").toString());`)).toEqual([
      { part: "payload", token: "a.b" },
    ]);
    expect(parts(`const parts = token.split(/\\./);\nJSON.parse(atob(parts[1].replace(/-/g, "+").replace(/_/g, "/") + "=="));`)).toEqual([
      { part: "payload", token: "token" },
    ]);
    expect(
      parts(
        `const base64 = token.split(".")[1].replace(/-/g, "+");\nconst json = decodeURIComponent(atob(base64).split("").map((c) => "%" + c.charCodeAt(0).toString(16)).join(""));\nJSON.parse(json);`,
      ),
    ).toEqual([{ part: "payload", token: "token" }]);
    expect(parts(`JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(t.split(".").at(1)), (c) => c.charCodeAt(0))));`)).toEqual([
      { part: "payload", token: "t" },
    ]);
    expect(parts(`JSON.parse(new TextDecoder().decode(Buffer.from(t.split(".")[1], "base64url")));`)).toEqual([{ part: "payload", token: "t" }]);
    expect(parts(`JSON.parse(base64UrlDecode(t.split(".")[1]));`)).toEqual([{ part: "payload", token: "t" }]);
    expect(parts(`JSON.parse(Buffer.from(t.split(".")[1] ?? "", "base64url").toString());`)).toEqual([{ part: "payload", token: "t" }]);
    expect(parts(`JSON.parse(Base64.decode(t.split(".")[1]));`)).toEqual([{ part: "payload", token: "t" }]);
  });

  it("ignores look-alikes", () => {
    expect(parts(`JSON.parse(atob(data));`)).toEqual([]);
    expect(parts(`JSON.parse(version.split(".")[1]);`)).toEqual([]);
    expect(parts(`JSON.parse(atob(token.split(".")[2]));`)).toEqual([]);
    expect(parts(`JSON.parse(atob(token.split(",")[1]));`)).toEqual([]);
    expect(parts(`JSON.parse(Buffer.from(token.split(".")[1], "hex").toString());`)).toEqual([]);
    expect(parts(`JSON.parse(base64Encode(token.split(".")[1]));`)).toEqual([]);
    expect(parts(`JSON.parse(transform(token.split(".")[1]));`)).toEqual([]);
    expect(parts(`function f(atob) { return JSON.parse(atob(token.split(".")[1])); }`)).toEqual([]);
    expect(parts(`const JSON = { parse: (x) => x };\nJSON.parse(atob(token.split(".")[1]));`)).toEqual([]);
  });

  it("answers for a single node", () => {
    expect(analyze(`probe(JSON.parse(atob(t.split(".")[1])));`, (context) => isManualJwtDecode(context, probeArgs(context)[0]))).toBe(true);
    expect(analyze(`probe(JSON.parse(text));`, (context) => manualJwtDecode(context, probeArgs(context)[0]))).toBeUndefined();
  });
});

describe("sameValue and memberOrigin", () => {
  it("compares variables, source text and constants", () => {
    const same = (code: string) =>
      analyze(code, (context) => {
        const [a, b] = probeArgs(context);
        return sameValue(context, a, b);
      });
    expect(same(`const t = x;\nprobe(t, t);`)).toBe(true);
    expect(same(`probe(req.headers.authorization, req.headers .authorization);`)).toBe(true);
    expect(same(`const t = req.cookies.jwt;\nprobe(t, req.cookies.jwt);`)).toBe(true);
    expect(same(`function f(t) { return t; }\nfunction g(t) { probe(t, other); }`)).toBe(false);
    expect(same(`function f(t) { g(t); }\nconst t = 1;\nprobe(t, (() => { let t; return t; })());`)).toBe(false);
  });

  it("finds the property a value was read from", () => {
    const origin = (code: string) =>
      analyze(code, (context) => {
        const found = memberOrigin(context, probeArgs(context)[0]);
        return found && { object: context.sourceCode.getText(found.object), property: found.property };
      });
    expect(origin(`probe(tokens.id_token);`)).toEqual({ object: "tokens", property: "id_token" });
    expect(origin(`const t = res.data?.idToken;\nprobe(t);`)).toEqual({ object: "res.data", property: "idToken" });
    expect(origin(`const { id_token: idt } = await r.json();\nprobe(idt);`)).toEqual({ object: "await r.json()", property: "id_token" });
    expect(origin(`probe(token);`)).toBeUndefined();
    expect(analyze(`probe(req.body.tokens.id_token);`, (context) => chainNames(probeArgs(context)[0]))).toEqual(["req", "body", "tokens", "id_token"]);
    expect(analyze(`probe(ctx.get("x").y);`, (context) => chainNames(probeArgs(context)[0]))).toEqual(["ctx", "get", "y"]);
  });
});

describe("isParameterRooted", () => {
  const rooted = (code: string) => analyze(code, (context) => isParameterRooted(context, probeArgs(context)[0]));

  it("accepts members of parameters and of locals derived from them", () => {
    expect(rooted(`function f(req) { probe(req.user); }`)).toBe(true);
    expect(rooted(`const f = ({ res }) => probe(res.locals);`)).toBe(true);
    expect(rooted(`function f(context) { const request = context.switchToHttp().getRequest(); probe(request); }`)).toBe(true);
  });

  it("rejects this, globals and module state", () => {
    expect(rooted(`class A { m() { probe(this.user); } }`)).toBe(false);
    expect(rooted(`probe(window.user);`)).toBe(false);
    expect(rooted(`const state = {};\nfunction f() { probe(state.user); }`)).toBe(false);
  });
});

describe("functions", () => {
  it("names functions by declaration, variable, property and assignment", () => {
    const names = analyze(
      `function a() {}\nconst b = () => {};\nconst o = { c() {}, d: function () {} };\nclass K { e() {} }\nexports.f = function () {};`,
      (context) => {
        const out: string[] = [];
        walk(context.sourceCode, context.sourceCode.ast, (node) => {
          if (node.type === "FunctionDeclaration" || node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression") {
            out.push(functionName(node) ?? "?");
          }
        });
        return out;
      },
    );
    expect(names).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("finds call sites and parameter positions", () => {
    const result = analyze(`const parse = (x, token) => token;\nparse(1, a);\nparse!(2, b);\nconst other = parse;\nfunction g(parse) { parse(3, c); }`, (context) => {
      const declarator = (context.sourceCode.ast.body[0] as TSESTree.VariableDeclaration).declarations[0];
      const fn = declarator.init as FunctionNode;
      const body = fn.body as TSESTree.Identifier;
      return {
        calls: callSitesOf(context, fn).map((call) => context.sourceCode.getText(call)),
        index: parameterIndex(context, fn, body),
      };
    });
    expect(result).toEqual({ calls: ["parse(1, a)", "parse!(2, b)"], index: 1 });
  });
});

describe("isUiComponentCode", () => {
  const ui = (code: string, filename = "file.ts") => analyze(code, (context) => isUiComponentCode(context, sourceCall(context)), filename);

  it("accepts JSX files, components and hooks", () => {
    expect(ui(`source();`, "a.tsx")).toBe(true);
    expect(ui(`source();`, "a.jsx")).toBe(true);
    expect(ui(`export function View() {\n  const d = source();\n  return <div />;\n}`, "view.js")).toBe(true);
    expect(ui(`export function useClaims() {\n  return source();\n}`)).toBe(true);
    expect(ui(`useEffect(() => {\n  source();\n});`)).toBe(false);
  });

  it("rejects server code", () => {
    expect(ui(`export function middleware(req) {\n  source();\n}`)).toBe(false);
    expect(ui(`function user() {\n  source();\n}`)).toBe(false);
  });
});

describe("readsBrowserStorage", () => {
  const storage = (code: string) => analyze(code, (context) => readsBrowserStorage(context, probeArgs(context)[0]));

  it("finds browser storage reads", () => {
    expect(storage(`probe(localStorage.getItem("token"));`)).toBe(true);
    expect(storage(`const t = window.sessionStorage.getItem("t") ?? "";\nprobe(t);`)).toBe(true);
    expect(storage(`probe(localStorage.token);`)).toBe(true);
    expect(storage(`probe(JSON.parse(localStorage.getItem("auth")).accessToken);`)).toBe(true);
    expect(storage(`probe(document.cookie.split("; ").find((c) => c.startsWith("t=")).split("=")[1]);`)).toBe(true);
  });

  it("ignores other stores and shadowed globals", () => {
    expect(storage(`probe(req.cookies.token);`)).toBe(false);
    expect(storage(`probe(store.getItem("token"));`)).toBe(false);
    expect(storage(`function f(localStorage) { probe(localStorage.getItem("t")); }`)).toBe(false);
  });
});
