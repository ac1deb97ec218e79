import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { walk, type AnyContext } from "../../src/analysis/ast.js";
import { findLogCalls, printedValues } from "../../src/models/loggers.js";
import {
  findRequests,
  isLoopbackHost,
  isOneTimeCodeName,
  isOneTimeLinkName,
  mayHaveCleartextUrl,
  parseUrl,
  stringParts,
  TRANSPORT_WORD_PATTERN,
  TRANSPORT_WORDS,
  urlTarget,
} from "../../src/models/transport.js";
import { analyze } from "../helpers/analyze.js";

/** The initializer of `const target = …` in the code. */
function target(context: AnyContext): TSESTree.Node {
  let found: TSESTree.Node | undefined;
  walk(context.sourceCode, context.sourceCode.ast, (node) => {
    if (node.type === "VariableDeclarator" && node.id.type === "Identifier" && node.id.name === "target" && node.init) found = node.init;
  });
  if (!found) throw new Error("no `const target = …` in the code");
  return found;
}

describe("urlTarget", () => {
  const kind = (code: string) => analyze(code, (context) => urlTarget(context, target(context)).kind);
  it("classifies schemes and hosts", () => {
    expect(kind('const target = "http://api.example.com/login";')).toBe("cleartext");
    expect(kind('const target = "ws://rt.example.com";')).toBe("cleartext");
    expect(kind('const target = "https://api.example.com";')).toBe("secure");
    expect(kind('const target = "http://localhost:3000/x";')).toBe("loopback");
    expect(kind('const target = "/api/login";')).toBe("relative");
    expect(kind("const target = `${process.env.API}/login`;")).toBe("unknown");
    expect(kind("const target = `http://${host}/login`;")).toBe("unknown");
    expect(kind('const API = "http://api.example.com";\nconst target = `${API}/me`;')).toBe("cleartext");
    expect(kind('const target = new URL("/login", "http://api.example.com");')).toBe("cleartext");
    expect(kind("const target = `http://api.example.com:8080${path}`;")).toBe("unknown");
    expect(kind("const target = `http://api.example.com/${path}`;")).toBe("cleartext");
  });
  it("finds the scheme to rewrite", () => {
    const range = analyze('const API = "http://api.example.com";\nconst target = `${API}/me`;', (context) => urlTarget(context, target(context)).schemeRange);
    expect(range).toEqual([13, 17]);
  });
  it("knows loopback hosts", () => {
    for (const host of ["localhost", "app.localhost", "127.0.0.1", "127.1.2.3", "[::1]", "0.0.0.0"]) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["example.com", "10.0.0.1", "localhost.example.com", "128.0.0.1"]) expect(isLoopbackHost(host)).toBe(false);
  });
});

describe("transport words", () => {
  it("the word pattern lists exactly the words the scans start from", () => {
    const listed = /\(\?:(.*)\)\(\?!/u.exec(TRANSPORT_WORD_PATTERN.source)?.[1].split("|").map((word) => word.replace("\\$", "$"));
    expect(new Set(listed)).toEqual(new Set(TRANSPORT_WORDS));
  });
});

describe("mayHaveCleartextUrl", () => {
  it.each([
    'fetch("http://api.example.com/login", { body })',
    "const base = `ws://${host}/socket`;",
    'const u = "http:\\/\\/api.example.com";',
    'import http from "node:http"; http.request({ host: "api", headers });',
    'const http = require("http");',
  ])("may send to a cleartext URL: %s", (code) => {
    expect(analyze(code, (context) => mayHaveCleartextUrl(context))).toBe(true);
  });

  it.each([
    "// see http://example.com\nfetch(\"/api/login\", { body });",
    'fetch("https:" + path);',
    "const ratio = a / b; const time = '12:30';",
  ])("rules out %s", (code) => {
    expect(analyze(code, (context) => mayHaveCleartextUrl(context))).toBe(false);
  });
});

describe("parseUrl", () => {
  const params = (code: string, mode: "string" | "url" | "query" = "string") =>
    analyze(code, (context) => {
      const parsed = parseUrl(stringParts(context, target(context)), mode);
      return {
        params: parsed.params.map((p) => `${p.section}:${p.key ?? "?"}=${context.sourceCode.getText(p.value)}`),
        chunks: parsed.chunks.map((c) => context.sourceCode.getText(c.value)),
        path: parsed.pathWords,
      };
    });
  it("finds query and fragment parameters", () => {
    expect(params("const target = `/cb?a=1&token=${t}#access_token=${at}`;")).toEqual({ params: ["query:token=t", "fragment:access_token=at"], chunks: [], path: ["cb"] });
    expect(params('const target = base + "?api_key=" + key;').params).toEqual(["query:api_key=key"]);
    expect(params("const target = `/x?${params}`;").chunks).toEqual(["params"]);
    expect(params("const target = `/x?${name}=${value}`;").params).toEqual(["query:?=value"]);
  });
  it("needs a ? or # unless the string is known to be a URL or a query", () => {
    expect(params('const target = url + "&token=" + t;').params).toEqual([]);
    expect(params('const target = url + "&token=" + t;', "url").params).toEqual(["query:token=t"]);
    expect(params("const target = `grant_type=password&password=${p}`;").params).toEqual([]);
    expect(params("const target = `grant_type=password&password=${p}`;", "query").params).toEqual(["query:password=p"]);
    expect(params("const target = `Are you sure? token=${t}`;").params).toEqual([]);
  });
});

describe("one-time links", () => {
  it("reads names", () => {
    expect(isOneTimeLinkName("resetToken")).toBe(true);
    expect(isOneTimeLinkName("/verify?token")).toBe(true);
    expect(isOneTimeLinkName("accessToken")).toBe(false);
    expect(isOneTimeCodeName("verifyEmail")).toBe(true);
    expect(isOneTimeCodeName("sendVerificationRequest")).toBe(true);
    expect(isOneTimeCodeName("verify")).toBe(false);
    expect(isOneTimeCodeName("jwtVerify")).toBe(false);
  });
});

describe("findRequests", () => {
  it("reads request parts per client", () => {
    const requests = analyze(
      'import axios from "axios";\nconst api = axios.create({ baseURL: "http://x.example.com" });\napi.post("/login", { password }, { headers: { Authorization: a } });\nfetch(u, { body: b });',
      (context) =>
        findRequests(context).map((r) => ({
          client: r.client,
          url: r.url && context.sourceCode.getText(r.url),
          base: r.instance?.base && context.sourceCode.getText(r.instance.base),
          bodies: r.bodies.length,
          headers: r.headers.length,
        })),
    );
    expect(requests).toEqual([
      { client: "axios", url: '"/login"', base: '"http://x.example.com"', bodies: 1, headers: 1 },
      { client: "fetch", url: "u", base: undefined, bodies: 1, headers: 0 },
    ]);
  });
});

describe("loggers", () => {
  it("finds log calls and what they print", () => {
    const printed = analyze(
      'import pino from "pino";\nconst log = pino();\nlog.info({ a: { b: token } }, `x=${y} ${z.length}`);\nconsole.log(mask(t), !!t, c ? d : "e");',
      (context) =>
        [...findLogCalls(context).values()].map((call) =>
          call.args.flatMap((arg) => printedValues(context, arg)).map((p) => `${context.sourceCode.getText(p.node)}@${p.path.join(".")}:${p.key ?? ""}`),
        ),
    );
    expect(printed).toEqual([["token@a.b:b", "y@:x"], ["d@:"]]);
  });
});
