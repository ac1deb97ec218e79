import rule from "../../rules/no-unverified-jwt-decode.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
// @typescript-eslint/rule-tester ships its own copy of @typescript-eslint/utils; the types differ only by that copy.
type TesterRule = Parameters<typeof ruleTester.run>[1];

/** The tester names files \`react.tsx\` by default (JSX is enabled); server code gets a \`.ts\` name. */
const TS = { filename: "file.ts" } as const;

const ACCESS = "an access check";
const IDENTITY = "the request identity";
const AUTHENTICATION = "an authentication result";

function decoded(claim: string, use: string) {
  return { messageId: "unverifiedDecode", data: { claim, use }, suggestions: [] };
}
function manual(claim: string, use: string) {
  return { messageId: "manualDecode", data: { claim, use }, suggestions: [] };
}

ruleTester.run("no-unverified-jwt-decode", rule as unknown as TesterRule, {
  valid: [
    // --- the same token is verified in the same function (before or after), or around it
    ...validAcrossImports({
      ...TS,
      module: "jsonwebtoken",
      member: "decode",
      code: `import { verify } from "jsonwebtoken";\nfunction auth(req, res, next) {\n  const token = req.headers.authorization;\n  verify(token, key, { algorithms: ["RS256"] });\n  const decoded = $FN(token);\n  if (decoded.role !== "admin") return res.sendStatus(403);\n  next();\n}`,
      styles: ["esm named alias", "require", "ts import ="],
    }),
    valid(
      `import jwt from "jsonwebtoken";\nfunction auth(req, res, next) {\n  const decoded = jwt.decode(req.cookies.token);\n  if (decoded.role === "admin") {\n    jwt.verify(req.cookies.token, key, { algorithms: ["HS256"] });\n    return next();\n  }\n  res.sendStatus(403);\n}`, TS,
    ),
    valid(
      `import jwt from "jsonwebtoken";\napp.use((req, res, next) => {\n  const token = req.get("authorization");\n  jwt.verify(token, key, { algorithms: ["RS256"] }, (err) => {\n    if (err) return next(err);\n    const claims = jwt.decode(token);\n    req.user = claims;\n    next();\n  });\n});`, TS,
    ),
    // the header picks the key, then the same token is verified
    valid(
      `import { decodeProtectedHeader, jwtVerify } from "jose";\nexport async function check(token: string) {\n  const { kid } = decodeProtectedHeader(token);\n  if (!kid || !keys[kid]) throw new Error("unknown key");\n  return jwtVerify(token, keys[kid], { algorithms: ["ES256"] });\n}`, TS,
    ),
    valid(
      `import jwt from "jsonwebtoken";\nfunction getKey(token) {\n  const { header } = jwt.decode(token, { complete: true });\n  if (header.kid === "v2") return keyV2;\n  return keyV1;\n}`, TS,
    ),
    // decode of a token this code signed or verified
    valid(`import jwt from "jsonwebtoken";\nfunction issue(req, res) {\n  const token = jwt.sign({ sub: user.id }, key, { algorithm: "HS256" });\n  const claims = jwt.decode(token);\n  if (claims.sub) res.json({ token });\n}`, TS),
    valid(`import * as jose from "jose";\nasync function f(req) {\n  const token = await new jose.SignJWT({ sub }).setProtectedHeader({ alg: "ES256" }).sign(key);\n  req.user = jose.decodeJwt(token);\n}`, TS),
    // time claims only: scheduling a refresh, showing the session clock
    ...validAcrossImports({
      ...TS,
      module: "jwt-decode",
      member: "jwtDecode",
      code: `export function scheduleRefresh(token: string) {\n  const { exp } = $FN(token);\n  if (exp * 1000 < Date.now() + 60_000) refresh();\n}`,
      styles: ["esm named", "require destructured"],
    }),
    valid(`import jwt from "jsonwebtoken";\nfunction expired(token) {\n  const decoded = jwt.decode(token);\n  if (!decoded || decoded.exp < Date.now() / 1000 || decoded.iat > now) return true;\n  return false;\n}`, TS),
    // only logged, displayed or returned to an unknown caller
    valid(`import jwt from "jsonwebtoken";\nfunction debug(req) {\n  const decoded = jwt.decode(req.headers.authorization);\n  console.log("token for", decoded.sub, decoded.role);\n  logger.info({ claims: decoded });\n}`, TS),
    valid(`import jwt from "jsonwebtoken";\nexport function claimsOf(token) {\n  return jwt.decode(token);\n}`, TS),
    valid(`import jwt from "jsonwebtoken";\nfunction f(req) {\n  const decoded = jwt.decode(req.headers.authorization);\n  return hasRole(decoded, "admin");\n}`, TS),
    // OIDC ID token from the token endpoint
    valid(`import { jwtDecode } from "jwt-decode";\nasync function login(code) {\n  const tokens = await exchange(code);\n  const profile = jwtDecode(tokens.id_token);\n  if (profile.email_verified) session.user = profile;\n}`, TS),
    valid(`import { decodeJwt } from "jose";\nasync function callback(req) {\n  const { data } = await axios.post(tokenUrl, body);\n  const { id_token } = data;\n  const claims = decodeJwt(id_token);\n  req.user = claims;\n}`, TS),
    // a verifying middleware is mounted in this file
    valid(`import { expressjwt } from "express-jwt";\nimport jwt from "jsonwebtoken";\napp.use(expressjwt({ secret, algorithms: ["HS256"] }));\napp.get("/admin", (req, res) => {\n  const decoded = jwt.decode(req.headers.authorization.slice(7));\n  if (decoded.role !== "admin") return res.sendStatus(403);\n  res.send("ok");\n});`, TS),
    valid(`import passport from "passport";\nimport jwt from "jsonwebtoken";\nrouter.get("/admin", passport.authenticate("jwt", { session: false }), (req, res) => {\n  const { role } = jwt.decode(req.headers.authorization.slice(7));\n  if (role !== "admin") return res.sendStatus(403);\n  res.send("ok");\n});`, TS),
    valid(`import jwt from "jsonwebtoken";\nimport { requireAuth } from "./auth";\napp.delete("/users/:id", requireAuth, async (req, res) => {\n  if (jwt.decode(req.cookies.token).role === "admin") await remove(req.params.id);\n  res.end();\n});`, TS),
    // jwt-simple decode with noVerify is no-jwt-none-algorithm's business
    valid(`import simple from "jwt-simple";\nfunction f(req, res) {\n  const claims = simple.decode(req.query.token, key, true);\n  if (claims.admin) res.send("ok");\n}`, TS),
    // header only: standard header parameters are not claims
    valid(`import { jwtDecode } from "jwt-decode";\nfunction pick(token) {\n  const header = jwtDecode(token, { header: true });\n  if (header.alg === "RS256") return rsaKey;\n  switch (header.kid) { case "a": return keyA; }\n}`, TS),
    valid(`import { jwtDecode } from "jwt-decode";\nfunction f(token, req) {\n  const claims = jwtDecode(token, { header: isHeader });\n  if (claims.role === "admin") req.user = claims;\n}`, TS),
    // React: UI gating on the decoded role is not an access decision (the server decides)
    valid(
      `import { jwtDecode } from "jwt-decode";\nexport function Nav({ token }: { token: string }) {\n  const { role, name } = jwtDecode<{ role: string; name: string }>(token);\n  const isAdmin = role === "admin";\n  return <nav>{name}{isAdmin ? <a href="/admin">Admin</a> : null}</nav>;\n}`,
      { filename: "component.tsx" },
    ),
    valid(
      `import jwtDecode from "jwt-decode";\nexport function useIsAdmin(token) {\n  const claims = jwtDecode(token);\n  if (claims.roles.includes("admin")) return true;\n  return false;\n}`, TS,
    ),
    valid(
      `import { jwtDecode } from "jwt-decode";\nexport function Menu({ token }) {\n  const claims = jwtDecode(token);\n  if (claims.role === "admin") return <AdminMenu />;\n  return <UserMenu />;\n}`,
      { filename: "menu.js" },
    ),
    // look-alikes: other decode functions
    valid(`function decode(token) { return JSON.parse(token); }\nfunction f(req, res) {\n  const claims = decode(req.headers.authorization);\n  if (claims.role === "admin") res.send("ok");\n}`, TS),
    valid(`import { decode } from "./my-jwt";\nfunction f(req) {\n  const claims = decode(req.headers.authorization);\n  if (claims.role === "admin") req.user = claims;\n}`, TS),
    valid(`import querystring from "node:querystring";\nfunction f(req) {\n  const q = querystring.decode(req.url);\n  if (q.role === "admin") req.user = q;\n}`, TS),
    valid(`function f(req, bytes) {\n  const text = new TextDecoder().decode(bytes);\n  if (text.role === "admin") req.user = text;\n}`, TS),
    valid(`function f(require, req) {\n  const claims = require("jsonwebtoken").decode(req.headers.authorization);\n  if (claims.role === "admin") req.user = claims;\n}`, TS),
    valid(`const map = new Map();\nimport jwt from "jsonwebtoken";\nfunction f(token) {\n  const claims = jwt.decode(token);\n  map.set("user", claims);\n}`, TS),
    // an identity-looking property that is not on a request object
    valid(`import jwt from "jsonwebtoken";\nclass Store {\n  load(token) {\n    this.user = jwt.decode(token);\n  }\n}`, TS),
    valid(`import { jwtDecode } from "jwt-decode";\nconst state = {};\nexport function load(token) {\n  state.user = jwtDecode(token);\n}`, TS),
    // hand-written look-alikes: not a JWT segment, or not base64-decoded
    valid(`function f(req, version) {\n  const minor = JSON.parse(version.split(".")[1]);\n  if (minor.role) req.user = minor;\n}`, TS),
    valid(`function f(req, data) {\n  const parsed = JSON.parse(atob(data));\n  if (parsed.role === "admin") req.user = parsed;\n}`, TS),
    valid(`function f(req, token) {\n  const sig = JSON.parse(atob(token.split(".")[2]));\n  if (sig.role) req.user = sig;\n}`, TS),
    // hand-decoded, but the same token is verified
    valid(`import jwt from "jsonwebtoken";\nfunction f(req, res, next) {\n  const token = req.headers.authorization;\n  const claims = JSON.parse(atob(token.split(".")[1]));\n  jwt.verify(token, key, { algorithms: ["HS256"] });\n  if (claims.role === "admin") next();\n}`, TS),
    // unknown options and unknown tokens
    valid(`import jwt from "jsonwebtoken";\nfunction f(req, ...args) {\n  const claims = jwt.decode(...args);\n  if (claims.role === "admin") req.user = claims;\n}`, TS),
    // fast-jwt: decoding a verified token
    valid(`import { createDecoder, createVerifier } from "fast-jwt";\nconst decode = createDecoder();\nconst verify = createVerifier({ key, algorithms: ["HS256"] });\nfunction f(req) {\n  const token = req.headers.authorization;\n  verify(token);\n  const claims = decode(token);\n  if (claims.admin) req.user = claims;\n}`, TS),
    // browser code outside React: a token read from browser storage
    valid(`import { jwtDecode } from "jwt-decode";\nexport class AdminGuard {\n  canActivate() {\n    const claims = jwtDecode(localStorage.getItem("access_token") ?? "");\n    if (claims.role !== "admin") return this.router.parseUrl("/");\n    return true;\n  }\n}`, TS),
    valid(`function role() {\n  const token = document.cookie.split("; ").find((c) => c.startsWith("jwt=")).split("=")[1];\n  const claims = JSON.parse(atob(token.split(".")[1]));\n  return claims.role === "admin" ? "admin" : "user";\n}`, TS),
    // a local helper whose callers verify the token, or pass an ID token
    valid(`import jwt from "jsonwebtoken";\nconst claimsOf = (token) => jwt.decode(token);\nexport function guard(req, res, next) {\n  const token = req.headers.authorization;\n  jwt.verify(token, key, { algorithms: ["HS256"] });\n  if (claimsOf(token).admin) next();\n}`, TS),
    valid(`import jwt from "jsonwebtoken";\nfunction claimsOf(token) {\n  return jwt.decode(token);\n}\nexport async function login(req) {\n  const tokens = await client.callback(req.query.code);\n  req.user = claimsOf(tokens.id_token);\n  if (claimsOf(tokens.id_token).admin) grant();\n}`, TS),
    // header decoded by hand to read the algorithm
    valid(`function alg(token) {\n  const header = JSON.parse(atob(token.split(".")[0]));\n  if (header.alg === "none") throw new Error("unsigned");\n  return header.kid;\n}`, TS),
    // a null check on the whole result is not a claim
    valid(`import jwt from "jsonwebtoken";\nfunction f(req, res, next) {\n  const decoded = jwt.decode(req.headers.authorization);\n  if (!decoded) return res.sendStatus(401);\n  next();\n}`, TS),
    // options through constants and spreads
    valid(`import { jwtDecode } from "jwt-decode";\nconst HEADER = { header: true } as const;\nfunction pick(token) {\n  const { kid, typ } = jwtDecode(token, { ...HEADER });\n  if (typ !== "JWT") throw new Error("type");\n  return keys[kid];\n}`, TS),
    // Buffer decoding that is not base64
    valid(`function f(req, token) {\n  const claims = JSON.parse(Buffer.from(token.split(".")[1], "hex").toString());\n  if (claims.admin) req.user = claims;\n}`, TS),
    // shadowed globals
    valid(`function f(req, token, atob) {\n  const claims = JSON.parse(atob(token.split(".")[1]));\n  if (claims.admin) req.user = claims;\n}`, TS),
    // verified by a call named like a verifier that receives the same token
    valid(`import { jwtDecode } from "jwt-decode";\nexport async function auth(req, res, next) {\n  const token = req.headers.authorization.slice(7);\n  const { iss } = jwtDecode(token);\n  if (iss === "https://accounts.google.com") req.user = await google.verifyIdToken({ idToken: token, audience });\n  else req.user = await verifyLocal(token);\n  next();\n}`, TS),
    valid(`import jwt from "jsonwebtoken";\nexport async function auth(req, res, next) {\n  const decoded = jwt.decode(req.body.token);\n  if (decoded.firebase) await admin.auth().verifyIdToken(req.body.token);\n  req.user = decoded;\n  next();\n}`, TS),
  ],
  invalid: [
    // --- jsonwebtoken, every import style: express middleware (function) with an access check
    ...invalidAcrossImports({
      ...TS,
      module: "jsonwebtoken",
      member: "decode",
      code: `function requireAdmin(req, res, next) {\n  const token = req.headers.authorization.split(" ")[1];\n  const decoded = ⟦$FN⟧(token);\n  if (decoded.role !== "admin") return res.status(403).end();\n  next();\n}`,
      errors: [decoded("role", ACCESS)],
    }),
    // arrow middleware writing the request identity
    ...invalidAcrossImports({
      ...TS,
      module: "jsonwebtoken",
      member: "decode",
      code: `export const auth = (req, res, next) => {\n  req.user = ⟦$FN⟧(req.cookies.token);\n  next();\n};`,
      errors: [decoded("all claims", IDENTITY)],
    }),
    // --- jwt-decode v4 (named), every import style
    ...invalidAcrossImports({
      ...TS,
      module: "jwt-decode",
      member: "jwtDecode",
      code: `export function guard(req, res, next) {\n  const { sub, role } = ⟦$FN⟧(req.headers["x-token"]);\n  if (role === "admin") return next();\n  res.sendStatus(403);\n}`,
      errors: [decoded("role", ACCESS)],
    }),
    // jwt-decode before v4 (default export), every import style
    ...invalidAcrossImports({
      ...TS,
      module: "jwt-decode",
      code: `export function attach(req, res, next) {\n  const claims = ⟦$FN⟧(req.query.token);\n  res.locals.user = { id: claims.sub, admin: claims.admin };\n  next();\n}`,
      errors: [decoded("sub", IDENTITY)],
    }),
    // --- jose decodeJwt in a Next.js middleware
    invalid(
      `import { NextResponse, type NextRequest } from "next/server";\nimport { decodeJwt } from "jose";\nexport function middleware(request: NextRequest) {\n  const token = request.cookies.get("session")?.value;\n  if (!token) return NextResponse.redirect(new URL("/login", request.url));\n  const payload = ⟦decodeJwt⟧(token);\n  if (payload.role !== "admin") return NextResponse.redirect(new URL("/", request.url));\n  return NextResponse.next();\n}`,
      [decoded("role", ACCESS)],
      { filename: "middleware.ts" },
    ),
    // jose decodeProtectedHeader: a replicated claim in the header is still a claim
    invalid(
      `import * as jose from "jose";\nfunction f(req, token) {\n  const header = ⟦jose.decodeProtectedHeader⟧(token);\n  req.userId = header.sub;\n}`,
      [decoded("sub", IDENTITY)], TS,
    ),
    // --- NestJS guard with JwtService#decode
    invalid(
      `import { Injectable, type CanActivate, type ExecutionContext, ForbiddenException } from "@nestjs/common";\nimport { JwtService } from "@nestjs/jwt";\n@Injectable()\nexport class AdminGuard implements CanActivate {\n  constructor(private readonly jwtService: JwtService) {}\n  canActivate(context: ExecutionContext): boolean {\n    const request = context.switchToHttp().getRequest();\n    const token = request.headers.authorization?.replace("Bearer ", "");\n    const payload = ⟦this.jwtService.decode⟧(token);\n    if (!payload?.roles?.includes("admin")) throw new ForbiddenException();\n    return true;\n  }\n}`,
      [decoded("roles", ACCESS)], TS,
    ),
    invalid(
      `import { JwtService } from "@nestjs/jwt";\nexport class AuthGuard {\n  constructor(private jwt: JwtService) {}\n  canActivate(context) {\n    const request = context.switchToHttp().getRequest();\n    request["user"] = ⟦this.jwt.decode⟧(request.headers.authorization);\n    return true;\n  }\n}`,
      [decoded("all claims", IDENTITY)], TS,
    ),
    // --- hono/jwt decode returns { header, payload }
    invalid(
      `import { decode } from "hono/jwt";\napp.use("/admin/*", async (c, next) => {\n  const { payload } = ⟦decode⟧(c.req.header("Authorization")!.slice(7));\n  if (payload.role !== "admin") return c.text("Forbidden", 403);\n  await next();\n});`,
      [decoded("role", ACCESS)], TS,
    ),
    // --- fast-jwt createDecoder() → decoder(token)
    invalid(
      `import { createDecoder } from "fast-jwt";\nconst decoder = createDecoder();\nexport async function hook(request, reply) {\n  const claims = ⟦decoder⟧(request.headers.authorization);\n  switch (claims.scope) {\n    case "admin": return;\n    default: reply.code(403).send();\n  }\n}`,
      [decoded("scope", ACCESS)], TS,
    ),
    // --- jsonwebtoken complete: true
    invalid(
      `import jwt from "jsonwebtoken";\nfunction f(req, res, next) {\n  const decoded = ⟦jwt.decode⟧(req.headers.authorization, { complete: true });\n  if (decoded.header.alg === "HS256" && decoded.payload.admin) return next();\n  res.sendStatus(401);\n}`,
      [decoded("admin", ACCESS)], TS,
    ),
    // time claims are fine, but not when another claim decides too
    invalid(
      `import jwt from "jsonwebtoken";\nfunction f(req, res, next) {\n  const decoded = ⟦jwt.decode⟧(req.headers.authorization);\n  if (decoded.exp < Date.now() / 1000) return res.sendStatus(401);\n  if (decoded.tenant !== req.params.tenant) return res.sendStatus(403);\n  next();\n}`,
      [decoded("tenant", ACCESS)], TS,
    ),
    // conditions of every kind
    invalid(
      `import jwt from "jsonwebtoken";\nfunction f(req, res) {\n  const { role } = ⟦jwt.decode⟧(req.headers.authorization);\n  return ["admin", "owner"].includes(role) ? res.send(secret) : res.sendStatus(403);\n}`,
      [decoded("role", ACCESS)], TS,
    ),
    invalid(
      `import jwt from "jsonwebtoken";\nfunction f(req, res, next) {\n  const claims = ⟦jwt.decode⟧(req.headers.authorization);\n  const role = claims.role;\n  const allowed = role === "admin";\n  allowed || res.sendStatus(403);\n}`,
      [decoded("role", ACCESS)], TS,
    ),
    invalid(
      `import jwt from "jsonwebtoken";\nfunction f(req, res) {\n  let user;\n  try {\n    user = ⟦jwt.decode⟧(req.headers.authorization);\n  } catch {}\n  if (user?.isAdmin) deleteEverything();\n}`,
      [decoded("isAdmin", ACCESS)], TS,
    ),
    // Koa / context identity slots
    invalid(
      `import jwt from "jsonwebtoken";\nexport default async function auth(ctx, next) {\n  ctx.state.user = ⟦jwt.decode⟧(ctx.get("authorization"));\n  await next();\n}`,
      [decoded("all claims", IDENTITY)], TS,
    ),
    // TypeScript syntax: as, satisfies, !, generics
    invalid(
      `import jwt, { type JwtPayload } from "jsonwebtoken";\nfunction f(req: Request & { auth?: unknown }, token: string) {\n  const decoded = ⟦jwt.decode⟧(token!) as JwtPayload;\n  req.auth = decoded satisfies JwtPayload;\n}`,
      [decoded("all claims", IDENTITY)], TS,
    ),
    invalid(
      `import { jwtDecode } from "jwt-decode";\ninterface Claims { role: string }\nexport function check(req, token: string) {\n  if (⟦jwtDecode⟧<Claims>(token).role === "admin") req.isAdmin = true;\n}`,
      [decoded("role", ACCESS)], TS,
    ),
    // a function that promises verification but only decodes
    invalid(
      `import jwt from "jsonwebtoken";\nexport function verifyToken(token) {\n  return ⟦jwt.decode⟧(token);\n}`,
      [decoded("all claims", AUTHENTICATION)], TS,
    ),
    // a local helper that decodes, used by a guard
    invalid(
      `import { jwtDecode } from "jwt-decode";\nconst parseToken = (token) => ⟦jwtDecode⟧(token);\nexport function guard(req, res, next) {\n  const claims = parseToken(req.headers.authorization);\n  if (claims.role === "admin") return next();\n  res.sendStatus(403);\n}`,
      [decoded("role", ACCESS)], TS,
    ),
    // TSX file: identity assignment is still reported
    invalid(
      `import { jwtDecode } from "jwt-decode";\nexport async function handler(req, res) {\n  req.user = ⟦jwtDecode⟧(req.cookies.token);\n  return <div>{req.user.name}</div>;\n}`,
      [decoded("all claims", IDENTITY)],
      { filename: "component.tsx" },
    ),

    // --- hand-written decoding
    invalid(
      `function auth(req, res, next) {\n  const token = req.headers.authorization.split(" ")[1];\n  const payload = ⟦JSON.parse⟧(atob(token.split(".")[1]));\n  if (payload.role !== "admin") return res.sendStatus(403);\n  next();\n}`,
      [manual("role", ACCESS)], TS,
    ),
    invalid(
      `function auth(req, res, next) {\n  const payload = ⟦JSON.parse⟧(Buffer.from(req.cookies.jwt.split(".")[1], "base64url").toString("utf8"));\n  req.user = { id: payload.sub };\n  next();\n}`,
      [manual("sub", IDENTITY)], TS,
    ),
    invalid(
      `export function auth(req, res, next) {\n  const [, body] = String(req.headers.authorization).split(".");\n  const claims = ⟦JSON.parse⟧(Buffer.from(body, "base64").toString());\n  if (claims.admin) next();\n}`,
      [manual("admin", ACCESS)], TS,
    ),
    invalid(
      `function parseJwt(token) {\n  const base64Url = token.split(".")[1];\n  const base64 = base64Url.replace(/-/g, "+").replace(/_/g, "/");\n  const json = decodeURIComponent(\n    window.atob(base64).split("").map((c) => "%" + ("00" + c.charCodeAt(0).toString(16)).slice(-2)).join(""),\n  );\n  return ⟦JSON.parse⟧(json);\n}\nexport function requireAdmin(req, res, next) {\n  if (parseJwt(req.headers.authorization).role === "admin") return next();\n  res.sendStatus(403);\n}`,
      [manual("role", ACCESS)], TS,
    ),
    invalid(
      `function auth(req, res, next) {\n  const part = req.headers.authorization.split(".").at(1);\n  const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));\n  const claims = ⟦JSON.parse⟧(new TextDecoder().decode(bytes));\n  req.user = claims;\n  next();\n}`,
      [manual("all claims", IDENTITY)], TS,
    ),
    invalid(
      `function auth(req, res, next) {\n  const claims = ⟦JSON.parse⟧(decodeURIComponent(escape(atob(req.cookies.token.split(".")[1]))));\n  if (claims.scope.split(" ").includes("write")) next();\n}`,
      [manual("scope", ACCESS)], TS,
    ),
    invalid(
      `export const verifySession = (token: string) => ⟦JSON.parse⟧(Buffer.from(token.split(".")[1], "base64").toString());`,
      [manual("all claims", AUTHENTICATION)], TS,
    ),
    // more condition shapes
    invalid(
      `import jwt from "jsonwebtoken";\nfunction f(req, res, next) {\n  const decoded = ⟦jwt.decode⟧(req.headers.authorization);\n  decoded.role === "admin" && next();\n}`,
      [decoded("role", ACCESS)], TS,
    ),
    invalid(
      `import jwt from "jsonwebtoken";\nfunction f(req, res, next) {\n  for (const group of ⟦jwt.decode⟧(req.headers.authorization).groups) {\n    if (group === "staff") return next();\n  }\n  res.sendStatus(403);\n}`,
      [decoded("groups", ACCESS)], TS,
    ),
    // options in a variable and through Object.assign
    invalid(
      `import jwt from "jsonwebtoken";\nconst opts = Object.assign({}, { complete: true });\nfunction f(req, res, next) {\n  const { payload } = ⟦jwt.decode⟧(req.headers.authorization, opts);\n  if (payload.sub !== req.params.userId) return res.sendStatus(403);\n  next();\n}`,
      [decoded("sub", ACCESS)], TS,
    ),
    // hono/utils/jwt/jwt decode
    invalid(
      `import { decode } from "hono/utils/jwt/jwt";\nexport const whoami = (c) => {\n  const { payload } = ⟦decode⟧(c.req.header("x-token"));\n  c.user = payload;\n};`,
      [decoded("all claims", IDENTITY)], TS,
    ),
    // the same code in a server .ts file is reported, in a .tsx component it is not (see valid)
    invalid(
      `import { jwtDecode } from "jwt-decode";\nexport function canSeeReports(req, token: string) {\n  const { role } = ⟦jwtDecode⟧<{ role: string }>(token);\n  const isAdmin = role === "admin";\n  return isAdmin ? reports(req) : [];\n}`,
      [decoded("role", ACCESS)], TS,
    ),
    // a helper that decodes, called by a guard: reported once, at the decode
    invalid(
      `import jwt from "jsonwebtoken";\nfunction claimsOf(token: string) {\n  const decoded = ⟦jwt.decode⟧(token);\n  return decoded;\n}\nexport function guard(req, res, next) {\n  const claims = claimsOf(req.headers.authorization);\n  req.user = claims;\n  if (claimsOf(req.cookies.t).admin) next();\n}`,
      [decoded("all claims", IDENTITY)], TS,
    ),
    // NextAuth credentials provider: authorize() returns decoded claims as the user
    invalid(
      `import { jwtDecode } from "jwt-decode";\nexport const provider = {\n  async authorize(credentials) {\n    return ⟦jwtDecode⟧(credentials.token);\n  },\n};`,
      [decoded("all claims", AUTHENTICATION)], TS,
    ),
    // a JSX component that also writes the request identity (server-side rendering handler)
    invalid(
      `import jwt from "jsonwebtoken";\nexport function Page({ req }) {\n  req.auth = ⟦jwt.decode⟧(req.cookies.token);\n  return <main />;\n}`,
      [decoded("all claims", IDENTITY)], { filename: "page.jsx" },
    ),
    // a verifier-named call that gets another value does not count
    invalid(
      `import jwt from "jsonwebtoken";\nexport async function auth(req, res, next) {\n  const decoded = ⟦jwt.decode⟧(req.body.token);\n  await verifyCaptcha(req.body.captcha);\n  if (decoded.admin) next();\n}`,
      [decoded("admin", ACCESS)], TS,
    ),
    // a verifying middleware elsewhere in the file does not protect an exported middleware that only decodes
    invalid(
      `import { expressjwt } from "express-jwt";\nimport jwt from "jsonwebtoken";\nexport const requireApiClient = expressjwt({ secret, algorithms: ["RS256"] });\nexport function requireLegacy(req, res, next) {\n  const claims = ⟦jwt.decode⟧(req.headers.authorization);\n  if (claims?.role !== "admin") return res.sendStatus(403);\n  next();\n}\napi.get("/reports", validateQuery(schema), (req, res) => {\n  const { tenant } = ⟦jwt.decode⟧(req.headers.authorization);\n  if (tenant !== req.query.tenant) return res.sendStatus(403);\n  res.json(reports);\n});`,
      [decoded("role", ACCESS), decoded("tenant", ACCESS)], TS,
    ),
  ],
});
