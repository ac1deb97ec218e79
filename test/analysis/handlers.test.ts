import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import { findRouteHandlers, handlerValueOf, roleOf, enclosingHandler, moduleMentionPattern } from "../../src/analysis/handlers.js";
import { memberName, walk, type AnyContext } from "../../src/analysis/ast.js";
import { analyze } from "../helpers/analyze.js";

/** `framework method path roles` of every handler, in discovery order. */
function handlers(code: string, filename = "file.ts"): string[] {
  return analyze(
    code,
    (context) =>
      findRouteHandlers(context).map((h) => {
        const params = Object.entries(h.params)
          .map(([role, id]) => `${role}=${id!.name}`)
          .sort()
          .join(",");
        return `${h.framework} ${h.method ?? "-"} ${h.path ?? "-"} ${params}`;
      }),
    filename,
  );
}

/** For every call `X.<method>(…)`: the role of `X` (`role/framework`), or `-`. */
function receiverRoles(code: string, method: string, filename = "file.ts"): string[] {
  return analyze(
    code,
    (context: AnyContext) => {
      const out: string[] = [];
      walk(context.sourceCode, context.sourceCode.ast, (node) => {
        if (node.type !== "CallExpression" || node.callee.type !== "MemberExpression" || memberName(node.callee) !== method) return;
        const found = roleOf(context, node.callee.object);
        out.push(found ? `${found.role}/${found.framework}` : "-");
      });
      return out;
    },
    filename,
  );
}

/** For every call `X.<method>(…)`: what `X` holds (`role/framework/path`), or `-`. */
function receiverValues(code: string, method: string, filename = "file.ts"): string[] {
  return analyze(
    code,
    (context: AnyContext) => {
      const out: string[] = [];
      walk(context.sourceCode, context.sourceCode.ast, (node) => {
        if (node.type !== "CallExpression" || node.callee.type !== "MemberExpression" || memberName(node.callee) !== method) return;
        const found = handlerValueOf(context, node.callee.object);
        out.push(found ? `${found.role}/${found.framework}/${found.path.join(".")}` : "-");
      });
      return out;
    },
    filename,
  );
}

describe("findRouteHandlers: express", () => {
  it("finds app and router routes in every import style", () => {
    for (const prelude of [
      `import express from "express";\nconst app = express();`,
      `const express = require("express");\nconst app = express();`,
      `import * as express from "express";\nconst app = express.default();`,
    ]) {
      expect(handlers(`${prelude}\napp.post("/login", (req, res) => res.send("ok"));`)).toEqual(["express post /login request=req,response=res"]);
    }
    expect(handlers(`import { Router } from "express";\nconst router = Router();\nrouter.get("/me", auth, async function me(request, response, next) {});`)).toEqual([
      "express get /me next=next,request=request,response=response",
    ]);
    expect(handlers(`import express from "express";\nconst r = express.Router();\nr.delete("/x", (rq, rs) => {});`)).toEqual(["express delete /x request=rq,response=rs"]);
  });

  it("follows route chains, arrays, wrappers, named functions and error middleware", () => {
    const code = `import express from "express";
const app = express();
app.route("/session").post((a, b) => {}).delete(logout);
function logout(q, s) {}
app.put("/x", [check, (q, s, n) => {}]);
app.patch("/y", asyncHandler(async (q, s) => {}));
app.get("/z", passport.authenticate("jwt", (err, user) => {}));
app.use((err, q, s, next) => {});
const controller = { show(q, s) {} };
app.get("/c", controller.show);`;
    expect(handlers(code)).toEqual([
      "express post /session request=a,response=b",
      "express delete /session request=q,response=s",
      "express put /x next=n,request=q,response=s",
      "express patch /y request=q,response=s",
      "express use - next=next,request=q,response=s",
      "express get /c request=q,response=s",
    ]);
  });

  it("uses typed application parameters", () => {
    expect(handlers(`import type { Express } from "express";\nexport function routes(app: Express) {\n  app.post("/a", (x, y) => {});\n}`)).toEqual([
      "express post /a request=x,response=y",
    ]);
  });

  it("ignores express settings and non-app members", () => {
    expect(handlers(`import express from "express";\nconst app = express();\napp.get("env");\napp.use(express.json());\nexpress.static("x");`)).toEqual([]);
  });
});

describe("findRouteHandlers: koa, fastify, hono", () => {
  it("koa apps and routers", () => {
    expect(handlers(`import Koa from "koa";\nconst app = new Koa();\napp.use(async (ctx, next) => { await next(); });`)).toEqual(["koa use - context=ctx,next=next"]);
    expect(handlers(`import Router from "@koa/router";\nconst router = new Router();\nrouter.post("/login", async (c) => {});`)).toEqual(["koa post /login context=c"]);
    expect(handlers(`const Router = require("koa-router");\nconst router = new Router();\nrouter.get("named", "/p", (c) => {});`)).toEqual(["koa get named context=c"]);
  });

  it("fastify instances, route objects, hooks, plugins", () => {
    const code = `import Fastify from "fastify";
import fp from "fastify-plugin";
const app = Fastify({ logger: true });
app.post("/login", { schema }, async (rq, rp) => {});
app.get("/opts", { preHandler: [auth], handler: async (a, b) => {} });
app.route({ method: "PUT", url: "/r", handler(c, d) {} });
app.addHook("onRequest", async (e, f) => {});
app.register(async (instance) => {
  instance.delete("/d", async (g, h) => {});
});
export default fp(async function (server) {
  server.patch("/p", (i, j) => {});
});`;
    expect(handlers(code)).toEqual([
      "fastify post /login reply=rp,request=rq",
      "fastify get /opts reply=b,request=a",
      "fastify put /r reply=d,request=c",
      "fastify - - reply=f,request=e",
      "fastify delete /d reply=h,request=g",
      "fastify patch /p reply=j,request=i",
    ]);
  });

  it("fastify typed plugins and instances", () => {
    const code = `import type { FastifyInstance, FastifyPluginAsync } from "fastify";
export const plugin: FastifyPluginAsync = async (f) => { f.post("/a", async (q, r) => {}); };
export async function routes(app: FastifyInstance) { app.get("/b", async (q2, r2) => {}); }`;
    expect(handlers(code).sort()).toEqual(["fastify get /b reply=r2,request=q2", "fastify post /a reply=r,request=q"]);
  });

  it("hono apps, chains, on() and middleware factories", () => {
    const code = `import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
const app = new Hono();
app.get("/a", (c) => c.text("a")).post("/b", async (c2, next) => {});
app.on("PURGE", "/cache", (c3) => {});
const mw = createMiddleware(async (c4, next) => {});`;
    expect(handlers(code)).toEqual([
      "hono get /a context=c",
      "hono post /b context=c2,next=next",
      "hono purge /cache context=c3",
      "hono - - context=c4,next=next",
    ]);
  });
});

describe("findRouteHandlers: decorators and file conventions", () => {
  it("NestJS controllers", () => {
    const code = `import { Controller, Post, Get, Res, Req, Body } from "@nestjs/common";
import type { Response } from "express";
@Controller("auth")
export class AuthController {
  @Post("login")
  login(@Body() body: LoginDto, @Res({ passthrough: true }) res: Response) {}
  @Get()
  me(@Req() req) {}
}`;
    expect(handlers(code)).toEqual(["nest post login response=res", "nest get - request=req"]);
  });

  it("Next.js app router, middleware and pages API", () => {
    expect(handlers(`export async function POST(request: Request) {}\nexport const GET = async (req) => {};`, "app/api/login/route.ts")).toEqual([
      "next post - request=request",
      "next get - request=req",
    ]);
    expect(handlers(`import { NextResponse } from "next/server";\nexport function middleware(request) { return NextResponse.next(); }`, "middleware.ts")).toEqual([
      "next - - request=request",
    ]);
    expect(handlers(`export default async function handler(a, b) {}`, "src/pages/api/login.ts")).toEqual(["next - - request=a,response=b"]);
    expect(handlers(`export default async function handler(req, res) {}`, "src/pages/api/login.ts")).toEqual(["next - - request=req,response=res"]);
  });

  it("SvelteKit endpoints, actions, load and handle", () => {
    expect(handlers(`export const POST = async ({ cookies, request }) => {};`, "src/routes/login/+server.ts")).toEqual(["sveltekit post - request=request"]);
    expect(
      handlers(`export const actions = {\n  default: async (event) => {},\n  logout: async ({ cookies }) => {},\n};\nexport const load = async ({ cookies }) => ({});`, "src/routes/+page.server.ts"),
    ).toEqual(["sveltekit post - event=event", "sveltekit post ?/logout ", "sveltekit get - "]);
    expect(handlers(`export const handle = async ({ event, resolve }) => resolve(event);`, "src/hooks.server.ts")).toEqual(["sveltekit - - event=event"]);
  });

  it("Astro endpoints and middleware", () => {
    expect(handlers(`import type { APIRoute } from "astro";\nexport const POST: APIRoute = async ({ cookies, redirect }) => redirect("/");`)).toEqual(["astro post - "]);
    expect(handlers(`export async function GET(context) {}`, "src/pages/api/me.ts")).toEqual(["astro get - context=context"]);
    expect(handlers(`import { defineMiddleware } from "astro:middleware";\nexport const onRequest = defineMiddleware(async (context, next) => next());`)).toEqual([
      "astro - - context=context,next=next",
    ]);
  });

  it("h3 / Nuxt, hapi, Remix, node http", () => {
    expect(handlers(`import { defineEventHandler } from "h3";\nexport default defineEventHandler(async (event) => {});`)).toEqual(["h3 - - event=event"]);
    expect(handlers(`export default defineEventHandler({ handler: async (e) => {} });`, "server/api/login.post.ts")).toEqual(["h3 - - event=e"]);
    expect(handlers(`function defineEventHandler(f) { return f; }\ndefineEventHandler((x) => {});`)).toEqual([]);
    expect(
      handlers(`import Hapi from "@hapi/hapi";\nconst server = Hapi.server({ port: 3000 });\nserver.route([{ method: "POST", path: "/login", handler: async (request, h) => {} }, { method: "GET", path: "/me", options: { handler(r, t) {} } }]);`),
    ).toEqual(["hapi post /login request=request,toolkit=h", "hapi get /me request=r,toolkit=t"]);
    expect(handlers(`import { json } from "@remix-run/node";\nexport async function action({ request }) {}\nexport const loader = async (args) => json({});`)).toEqual([
      "remix post - request=request",
      "remix get - context=args",
    ]);
    expect(handlers(`import http from "node:http";\nhttp.createServer((q, s) => {}).listen(3000);`)).toEqual(["node-http - - request=q,response=s"]);
  });

  it("conventional handlers by parameter names", () => {
    const code = `exports.login = async (req, res) => {};
export class Ctl { async me(request, reply) {} }
module.exports = async function (ctx, next) {};
function helper(value, other) {}
const errorHandler = (err, req, res, next) => {};`;
    expect(handlers(code)).toEqual([
      "conventional - - request=req,response=res",
      "conventional - - request=request,response=reply",
      "conventional - - context=ctx,next=next",
      "conventional - - next=next,request=req,response=res",
    ]);
  });

  it("typed conventional handlers name their framework", () => {
    expect(handlers(`import type { NextApiRequest, NextApiResponse } from "next";\nexport default function handler(req: NextApiRequest, res: NextApiResponse) {}`)).toEqual([
      "next - - request=req,response=res",
    ]);
    expect(handlers(`import type { Request, Response } from "express";\nexport const login = (req: Request, res: Response) => {};`)).toEqual([
      "express - - request=req,response=res",
    ]);
  });

  it("finds nothing in files without candidates", () => {
    expect(handlers(`const map = new Map();\nmap.set("a", 1);\nfunction add(a, b) { return a + b; }`)).toEqual([]);
  });
});

describe("roleOf / handlerValueOf", () => {
  it("follows handler parameters, aliases and destructuring", () => {
    const code = `import express from "express";
const app = express();
app.post("/login", (req, res) => {
  res.cookie("a", "1");
  const r = res;
  r.cookie("b", "2");
  const { cookie } = res;
  new Map().cookie("c");
});`;
    expect(receiverRoles(code, "cookie")).toEqual(["response/express", "response/express", "-"]);
  });

  it("follows same-file helpers that receive a response", () => {
    const code = `import express from "express";
const app = express();
function setAuthCookie(target, token) { target.cookie("token", token); }
const clear = (out) => { out.cookie("x", ""); };
app.post("/login", (req, res) => { setAuthCookie(res, "t"); clear(res); });
function unused(o) { o.cookie("y", ""); }`;
    expect(receiverRoles(code, "cookie")).toEqual(["response/express", "response/express", "-"]);
  });

  it("reads framework type annotations (imported types only)", () => {
    const code = `import type { Response } from "express";
import type { FastifyReply } from "fastify";
import * as koa from "koa";
import type { Context } from "hono";
export function a(res: Response) { res.cookie("a", "1"); }
export function b(reply: FastifyReply) { reply.cookie("b", "1"); }
export function c(ctx: koa.Context) { ctx.cookie("c"); }
export function d(c: Context) { c.cookie("d"); }
export function e(res: globalThis.Response | undefined) { res.cookie("e"); }
export function f(res: Response2) { res.cookie("f"); }`;
    expect(receiverRoles(code, "cookie")).toEqual(["response/express", "reply/fastify", "context/koa", "context/hono", "-", "-"]);
  });

  it("knows NestJS @Res() / @Req() parameters", () => {
    const code = `import { Controller, Post, Res } from "@nestjs/common";
import type { FastifyReply } from "fastify";
@Controller()
export class C {
  @Post("login") login(@Res() res) { res.cookie("sid", "x"); }
  helper(@Res() reply: FastifyReply) { reply.cookie("b", "y"); }
  other(res) { res.cookie("c", "z"); }
}`;
    expect(receiverRoles(code, "cookie")).toEqual(["response/nest", "reply/nest", "-"]);
  });

  it("gives members of a role and destructured members as paths", () => {
    const code = `export const actions = {
  default: async ({ cookies }) => { cookies.set("a", "1", { path: "/" }); },
  other: async (event) => { event.cookies.set("b", "2", { path: "/" }); const jar = event.cookies; jar.set("c", "3"); const { cookies: c2 } = event; c2.set("d", "4"); },
};`;
    expect(receiverValues(code, "set", "src/routes/+page.server.ts")).toEqual([
      "event/sveltekit/cookies",
      "event/sveltekit/cookies",
      "event/sveltekit/cookies",
      "event/sveltekit/cookies",
    ]);
    expect(receiverRoles(code, "set", "src/routes/+page.server.ts")).toEqual(["-", "-", "-", "-"]);
  });

  it("knows the Astro global and Koa contexts", () => {
    expect(receiverValues(`Astro.cookies.set("a", "1");\nfunction f(Astro) { Astro.cookies.set("b", "2"); }`, "set")).toEqual(["context/astro/cookies", "-"]);
    expect(receiverValues(`import Koa from "koa";\nnew Koa().use(async (ctx) => { ctx.cookies.set("sid", "x"); });`, "set")).toEqual(["context/koa/cookies"]);
  });

  it("never throws and is silent on odd input", () => {
    expect(receiverRoles(`a.b.cookie();\n(function () { this.cookie(); })();\nfoo()[bar].cookie();`, "cookie")).toEqual(["-", "-", "-"]);
    expect(receiverRoles(`function f(res) { f(res); res.cookie("a"); }`, "cookie")).toEqual(["-"]);
  });

  it("enclosingHandler finds the handler around a node", () => {
    const code = `import express from "express";\nconst app = express();\napp.post("/login", (req, res) => { [1].forEach(() => res.cookie("a", "b")); });`;
    const found = analyze(code, (context) => {
      let out: string | undefined;
      walk(context.sourceCode, context.sourceCode.ast, (node) => {
        if (node.type === "CallExpression" && node.callee.type === "MemberExpression" && memberName(node.callee) === "cookie") {
          const handler = enclosingHandler(context, node as TSESTree.Node);
          out = handler ? `${handler.framework} ${handler.path}` : "-";
        }
      });
      return out;
    });
    expect(found).toBe("express /login");
  });
});

describe("roleOf: type parameters and module mentions", () => {
  it("follows the constraint of a type parameter", () => {
    const code = `import type { FastifyReply } from "fastify";\nimport type { Response } from "express";\nexport function a<R extends FastifyReply>(reply: R) { reply.cookie("x", "1"); }\nexport function b<T extends Response | undefined>(res: T) { res!.cookie("y", "2"); }\nexport function c<T>(res: T) { (res as any).cookie("z", "3"); }`;
    expect(receiverRoles(code, "cookie")).toEqual(["reply/fastify", "response/express", "-"]);
  });

  it("finds module specifiers only, in every quoting", () => {
    const pattern = moduleMentionPattern(["express", "@hapi/hapi", "node:http"]);
    for (const text of [`import x from "express";`, `const h = require('@hapi/hapi');`, "const e = await import(`express`);", `import http = require("node:http");`]) {
      expect(pattern.test(text), text).toBe(true);
    }
    for (const text of [`// express`, `import s from "express-session";`, `const expressions = 1;`, `import h from "@hapi/hapi/lib/x";`]) {
      expect(pattern.test(text), text).toBe(false);
    }
  });

  it("still finds conventional handlers in files that import no framework", () => {
    expect(receiverRoles(`// an express controller\nexports.login = (req, res) => { res.cookie("sid", "x"); };`, "cookie")).toEqual(["response/conventional"]);
  });
});
