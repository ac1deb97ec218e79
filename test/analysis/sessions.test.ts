import { describe, expect, it } from "vitest";
import {
  SESSION_MIDDLEWARES,
  findSessionMiddlewares,
  maySessionMiddlewares,
  lifetimeMs,
  readSessionCookieOption,
  readSessionOption,
  sessionCookieName,
  sessionLifetimes,
  type SessionMiddlewareCall,
} from "../../src/models/sessions.js";
import type { AnyContext } from "../../src/analysis/ast.js";
import { analyze } from "../helpers/analyze.js";

const DAY = 86_400_000;

interface Summary {
  name: string;
  hasOptions: boolean;
  unknown: boolean;
  cookieName: string;
  report: string;
}

function summarize(context: AnyContext, found: SessionMiddlewareCall): Summary {
  const name = sessionCookieName(context, found);
  return {
    name: found.middleware.name,
    hasOptions: found.options !== undefined,
    unknown: found.optionsUnknown,
    cookieName: name.kind === "default" ? `default:${name.name}` : name.kind === "set" ? `set:${name.value ?? "?"}` : "unknown",
    report: context.sourceCode.getText(found.reportNode),
  };
}

function middlewares(code: string): Summary[] {
  return analyze(code, (context) => findSessionMiddlewares(context).map((found) => summarize(context, found)));
}

function lifetimes(code: string): (number | null | undefined)[][] {
  return analyze(code, (context) => findSessionMiddlewares(context).map((found) => sessionLifetimes(context, found).map((l) => l.ms)));
}

describe("SESSION_MIDDLEWARES data", () => {
  it("states the documented default cookie names", () => {
    const byName = (name: string) => SESSION_MIDDLEWARES.find((m) => m.name === name)!;
    expect(byName("express-session").cookieName.default).toBe("connect.sid");
    expect(byName("cookie-session").cookieName.default).toBe("session");
    expect(byName("koa-session").cookieName.default).toBe("koa.sess");
    expect(byName("@fastify/session").cookieName.default).toBe("sessionId");
    expect(byName("@fastify/secure-session").cookieName.default).toBe("session");
    expect(byName("@hapi/cookie").cookieName.default).toBe("sid");
    expect(byName("@hapi/yar").cookieName.default).toBe("session");
    expect(byName("@remix-run/node createCookieSessionStorage").cookieName.default).toBe("__session");
    expect(byName("iron-session getIronSession").cookieName.default).toBeNull();
  });

  it("holds every cookie-attribute default in one place, with the plain values derived from it", () => {
    const byName = (name: string) => SESSION_MIDDLEWARES.find((m) => m.name === name)!;
    const express = byName("express-session");
    expect(express.cookieDefaults).toEqual({ httpOnly: { value: true }, secure: { value: undefined }, sameSite: { value: undefined }, path: { value: "/" } });
    expect(express.defaults).toEqual({ httpOnly: true, secure: false, path: "/", maxAge: null });
    // decided per request: counted as set by the cookie rules, absent from the plain values
    expect(byName("koa-session").cookieDefaults.secure).toMatchObject({ value: undefined, dynamic: expect.any(String) });
    expect(byName("koa-session").defaults).toEqual({ httpOnly: true, path: "/", maxAge: DAY });
    expect(byName("next-auth").cookieDefaults.secure).toMatchObject({ dynamic: expect.any(String) });
    // @fastify/session passes `sameSite: null` to @fastify/cookie: no SameSite
    expect(byName("@fastify/session").cookieDefaults.sameSite).toEqual({ value: undefined });
    expect(byName("@fastify/secure-session").cookieDefaults.secure).toBe("unknown");
    expect(byName("@hapi/cookie").defaults.sameSite).toBe("strict");
    expect(byName("react-router createCookieSessionStorage").cookieDefaults).toMatchObject({ httpOnly: { value: undefined }, secure: { value: undefined }, sameSite: { value: "lax" } });
    for (const middleware of SESSION_MIDDLEWARES) {
      expect(Object.keys(middleware.cookieDefaults).sort(), middleware.name).toEqual(["httpOnly", "path", "sameSite", "secure"]);
    }
  });

  it("keeps stores and id generators for the store / id rules", () => {
    const memory = SESSION_MIDDLEWARES.filter((m) => m.store?.defaultIsMemory).map((m) => m.module);
    expect(memory).toContain("express-session");
    expect(memory).toContain("@fastify/session");
    expect(memory).not.toContain("koa-session");
    expect(SESSION_MIDDLEWARES.find((m) => m.name === "express-session")!.genid).toEqual({ option: ["genid"] });
    expect(SESSION_MIDDLEWARES.find((m) => m.name === "@fastify/session")!.genid).toEqual({ option: ["idGenerator"] });
    expect(SESSION_MIDDLEWARES.find((m) => m.name === "@remix-run/node createMemorySessionStorage")!.store).toEqual({ option: null, defaultIsMemory: true });
  });

  it("gives every lifetime a unit and every name option a path or null", () => {
    for (const middleware of SESSION_MIDDLEWARES) {
      for (const location of middleware.lifetime) expect(["ms", "s", "date"]).toContain(location.unit);
      if (middleware.cookieName.option === null) expect(middleware.cookieName.standalone).toBe(false);
    }
  });
});

describe("findSessionMiddlewares", () => {
  it("finds express-session in every import style", () => {
    for (const prelude of [
      'import session from "express-session";',
      'import * as session from "express-session";',
      'const session = require("express-session");',
      'import session = require("express-session");',
      'const { default: session } = await import("express-session");',
    ]) {
      const found = middlewares(`${prelude}\napp.use(session({ secret: s, name: "id" }));`);
      expect(found, prelude).toEqual([{ name: "express-session", hasOptions: true, unknown: false, cookieName: "set:id", report: "session" }]);
    }
  });

  it("reports the default name when the option is absent, and unknown for spreads", () => {
    expect(middlewares('import session from "express-session";\nsession();')[0].cookieName).toBe("default:connect.sid");
    expect(middlewares('import session from "express-session";\nsession({ ...opts });')[0].cookieName).toBe("unknown");
    expect(middlewares('import session from "express-session";\nsession(...args);')[0]).toMatchObject({ unknown: true, cookieName: "unknown" });
    expect(middlewares('import session from "express-session";\nconst o = { name: "sid" } as const;\nsession({ ...o, secret });')[0].cookieName).toBe("set:sid");
  });

  it("does not treat a session() from elsewhere as a middleware", () => {
    expect(middlewares('import { session } from "./session";\nsession({ name: "x" });')).toEqual([]);
    expect(middlewares("function session(o) {}\nsession({});")).toEqual([]);
  });

  it("reads koa-session options in either argument order", () => {
    const code = (args: string) => `import session from "koa-session";\nimport Koa from "koa";\nconst app = new Koa();\napp.use(session(${args}));`;
    expect(middlewares(code('{ key: "k" }, app'))[0].cookieName).toBe("set:k");
    expect(middlewares(code('app, { key: "k" }'))[0].cookieName).toBe("set:k");
    expect(middlewares(code("app"))[0]).toMatchObject({ hasOptions: false, cookieName: "default:koa.sess" });
  });

  it("finds fastify plugins passed to register, with option arrays", () => {
    expect(middlewares('import fastifySession from "@fastify/session";\napp.register(fastifySession, { secret });')[0]).toMatchObject({
      name: "@fastify/session",
      cookieName: "default:sessionId",
      report: "fastifySession",
    });
    expect(middlewares('app.register(require("@fastify/session"), { cookieName: "sid" });')[0].cookieName).toBe("set:sid");
    const multi = middlewares('import ss from "@fastify/secure-session";\napp.register(ss, [{ sessionName: "a", key }, { cookieName: "b", key }, { key }]);');
    expect(multi.map((m) => m.cookieName)).toEqual(["set:a", "set:b", "default:session"]);
    // each session of the array is reported at its own options object
    expect(multi.map((m) => m.report)).toEqual(['{ sessionName: "a", key }', '{ cookieName: "b", key }', "{ key }"]);
    expect(middlewares('import fastifySession from "@fastify/session";\nuse(fastifySession, {});')).toEqual([]);
  });

  it("reads iron-session options from the last argument", () => {
    expect(middlewares('import { getIronSession } from "iron-session";\ngetIronSession(req, res, { cookieName: "c", password });')[0].cookieName).toBe("set:c");
    expect(middlewares('import { getIronSession } from "iron-session";\ngetIronSession(cookies(), { cookieName: "c", password });')[0].cookieName).toBe("set:c");
    expect(middlewares('import { getIronSession } from "iron-session";\ngetIronSession(cookies(), opts);')[0].cookieName).toBe("unknown");
  });

  it("finds Remix / React Router session storages", () => {
    expect(middlewares('import { createCookieSessionStorage } from "react-router";\ncreateCookieSessionStorage({ cookie: { secrets } });')[0]).toMatchObject({
      cookieName: "default:__session",
    });
    expect(middlewares('import { createCookieSessionStorage, createCookie } from "@remix-run/node";\ncreateCookieSessionStorage({ cookie: createCookie("x") });')[0].cookieName).toBe(
      "unknown",
    );
  });

  it("finds hapi cookie strategies and yar registrations", () => {
    const strategy = middlewares('import Hapi from "@hapi/hapi";\nserver.auth.strategy("session", "cookie", { cookie: { name: "s", password } });');
    expect(strategy).toEqual([{ name: "@hapi/cookie", hasOptions: true, unknown: false, cookieName: "set:s", report: '"cookie"' }]);
    expect(middlewares('import Hapi from "@hapi/hapi";\nserver.auth.strategy("jwt", "jwt", { key });')).toEqual([]);
    expect(middlewares('server.auth.strategy("session", "cookie", {});')).toEqual([]);
    const yar = middlewares('import Yar from "@hapi/yar";\nawait server.register([{ plugin: Yar, options: { cookieOptions: { password } } }]);');
    expect(yar).toEqual([{ name: "@hapi/yar", hasOptions: true, unknown: false, cookieName: "default:session", report: "Yar" }]);
    expect(middlewares('await server.register({ plugin: require("@hapi/yar") });')[0]).toMatchObject({ hasOptions: false, cookieName: "default:session" });
  });
});

describe("cookie options and lifetimes", () => {
  it("reads cookie attributes through the library's paths and aliases", () => {
    const read = (code: string, name: string) =>
      analyze(code, (context) => {
        const result = readSessionCookieOption(context, findSessionMiddlewares(context)[0], name);
        return result.kind === "present" ? result.value?.value : result.kind;
      });
    expect(read('import session from "express-session";\nsession({ cookie: { secure: true } });', "secure")).toBe(true);
    expect(read('import cs from "cookie-session";\ncs({ secure: false });', "secure")).toBe(false);
    expect(read('import ss from "@fastify/secure-session";\napp.register(ss, { cookieOptions: { path: "/a" }, cookie: { path: "/b" } });', "path")).toBe("/a");
    expect(read('import ss from "@fastify/secure-session";\napp.register(ss, { cookie: { path: "/b" } });', "path")).toBe("/b");
    expect(read('import session from "express-session";\nsession();', "secure")).toBe("absent");
    expect(read('import session from "express-session";\nsession({ cookie: opts });', "secure")).toBe("unknown");
  });

  it("computes lifetimes in each API's unit", () => {
    expect(lifetimes('import session from "express-session";\nsession({ cookie: { maxAge: 2 * 60 * 60 * 1000 } });')).toEqual([[2 * 3_600_000, undefined]]);
    expect(lifetimes('import session from "koa-session";\nsession({}, app);')).toEqual([[DAY, undefined]]);
    expect(lifetimes('import session from "koa-session";\nsession({ maxAge: "session" }, app);')).toEqual([[null, undefined]]);
    expect(lifetimes('import { getIronSession } from "iron-session";\ngetIronSession(req, res, { ttl: 0 });')[0][0]).toBe(Infinity);
    expect(lifetimes('import { getIronSession } from "iron-session";\ngetIronSession(req, res, { ttl: 3600 });')[0][0]).toBe(3_600_000);
    expect(lifetimes('import NextAuth from "next-auth";\nNextAuth({ providers });')[0][0]).toBe(30 * DAY);
    expect(lifetimes('import { createCookieSessionStorage } from "@remix-run/node";\ncreateCookieSessionStorage({ cookie: { maxAge: 60 } });')[0][0]).toBe(60_000);
    expect(
      lifetimes('import session from "express-session";\nimport ms from "ms";\nsession({ cookie: { maxAge: ms("30d"), expires: new Date(Date.now() + 1000) } });'),
    ).toEqual([[30 * DAY, 1000]]);
    expect(lifetimes('import session from "express-session";\nsession({ cookie: { maxAge: process.env.MAX_AGE } });')).toEqual([[undefined, undefined]]);
  });

  it("reads lifetime values directly", () => {
    const ms = (code: string, unit: "ms" | "s" | "date") =>
      analyze(`const x = ${code};`, (context) => {
        const declaration = context.sourceCode.ast.body[0] as unknown as { declarations: { init: never }[] };
        return lifetimeMs(context, declaration.declarations[0].init, unit);
      });
    expect(ms("60", "s")).toBe(60_000);
    expect(ms("Infinity", "ms")).toBe(Infinity);
    expect(ms('"2h"', "ms")).toBe(7_200_000);
    expect(ms("new Date(new Date().getTime() + 5000)", "date")).toBe(5000);
    expect(ms("new Date(someDate)", "date")).toBeUndefined();
  });

  it("reads options by path", () => {
    const value = analyze('import session from "express-session";\nsession({ store: new RedisStore() });', (context) =>
      readSessionOption(context, findSessionMiddlewares(context)[0], ["store"]).kind,
    );
    expect(value).toBe("present");
  });
});

describe("text pre-checks", () => {
  it("lets every session middleware call through and rejects files that name none", () => {
    // The module and the function called (`createCookieSessionStorage`): the credential-word test runs first.
    for (const middleware of SESSION_MIDDLEWARES) {
      const call = middleware.path.length > 0 ? `m.${middleware.path.join(".")}()` : "m()";
      expect(analyze(`import * as m from "${middleware.module}";\n${call};`, (context) => maySessionMiddlewares(context)), `${middleware.module} ${call}`).toBe(true);
    }
    expect(analyze('const session = require("./session");\nsession.user = 1;', (context) => maySessionMiddlewares(context))).toBe(false);
  });
});
