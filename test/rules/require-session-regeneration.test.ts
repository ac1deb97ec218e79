import rule from "../../rules/require-session-regeneration.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const missing = (target: string, where: string) => ({ messageId: "missingRegeneration", data: { target, where }, suggestions: [] });

ruleTester.run("require-session-regeneration", rule as unknown as TesterRule, {
  valid: [
    // --- regenerate first: callback, awaited, promisified, helper, .then
    valid(`app.post("/login", async (req, res, next) => {\n  const user = await users.check(req.body);\n  req.session.regenerate((err) => {\n    if (err) return next(err);\n    req.session.userId = user.id;\n    res.redirect("/");\n  });\n});`),
    valid(`app.post("/login", async (req, res) => {\n  const user = await verifyPassword(req.body);\n  await new Promise((resolve, reject) => req.session.regenerate((e) => (e ? reject(e) : resolve(undefined))));\n  req.session.user = user;\n  res.sendStatus(204);\n});`),
    valid(`import { promisify } from "node:util";\nrouter.post("/login", async function (req, res) {\n  const user = await authenticate(req.body);\n  await promisify(req.session.regenerate.bind(req.session))();\n  req.session.user = { id: user.id };\n  res.end();\n});`),
    valid(`export async function login(request, reply) {\n  const user = await check(request.body);\n  await request.session.regenerate();\n  request.session.set("user", user.id);\n  return reply.send({ ok: true });\n}`),
    valid(`app.post("/login", async (req, res) => {\n  const user = await check(req.body);\n  await regenerateSession(req);\n  req.session.user = user;\n});`),
    valid(`app.post("/login", (req, res) => {\n  regenerateAsync(req).then(() => {\n    req.session.user = req.body.user;\n    res.end();\n  });\n});`),
    // regenerate, write, then save: the usual express-session sequence
    valid(`app.post("/login", (req, res, next) => {\n  req.session.regenerate((err) => {\n    if (err) return next(err);\n    req.session.user = req.body.user;\n    req.session.save((err) => (err ? next(err) : res.redirect("/")));\n  });\n});`),
    // --- passport: authenticate as middleware, and req.logIn in a custom callback, regenerate (>= 0.6)
    valid(`app.post("/login", passport.authenticate("local"), (req, res) => {\n  req.session.user = req.user;\n  res.redirect("/");\n});`),
    valid(`app.post("/login", (req, res, next) => {\n  req.login(user, (err) => {\n    req.session.userId = user.id;\n    res.redirect("/");\n  });\n});`),
    valid(`app.post("/login", (req, res, next) => {\n  passport.authenticate("local", (err, user) => {\n    if (err || !user) return res.sendStatus(401);\n    req.logIn(user, (error) => {\n      req.session.user = user;\n      res.redirect("/");\n    });\n  })(req, res, next);\n});`),
    // --- NestJS @Session() and hapi yar with regeneration
    valid(`@Controller("auth")\nexport class AuthController {\n  @Post("login")\n  async login(@Session() session: Record<string, any>, @Body() body: LoginDto) {\n    const user = await this.auth.check(body);\n    await new Promise((resolve) => session.regenerate(resolve));\n    session.userId = user.id;\n  }\n}`),
    valid(`server.route({ method: "POST", path: "/login", handler: async (request, h) => {\n  const user = await check(request.payload);\n  request.yar.reset();\n  request.yar.set("user", user.id);\n  return h.redirect("/");\n} });`),
    // --- not a login: profile update copies the session user, logout clears it, no evidence
    valid(`app.post("/profile", (req, res) => {\n  req.session.user = { ...req.session.user, name: req.body.name };\n  res.end();\n});`),
    valid(`app.post("/logout", (req, res) => {\n  req.session.user = null;\n  res.redirect("/");\n});`),
    valid(`app.post("/cart", (req, res) => {\n  req.session.cart = req.body.items;\n  res.end();\n});`),
    valid(`function setTheme(req, theme) {\n  req.session.user = theme;\n}`),
    valid(`@Controller("prefs")\nexport class PrefsController {\n  @Post("theme")\n  theme(@Session() session: Record<string, unknown>, @Body() body: { theme: string }) {\n    session.theme = body.theme;\n  }\n}`),
    // --- cookie-only sessions have no server-side id to fix, in every import style
    ...validAcrossImports({
      module: "cookie-session",
      code: `app.use($FN({ keys }));\napp.post("/login", async (req, res) => {\n  const user = await verifyPassword(req.body);\n  req.session.user = user.id;\n});`,
    }),
    valid(`router.post("/login", async (ctx) => {\n  const user = await verifyPassword(ctx.request.body);\n  ctx.session.userId = user.id;\n});`),
    valid(`"use server";\nimport { getIronSession } from "iron-session";\nexport async function login(formData: FormData) {\n  const session = await getIronSession(await cookies(), options);\n  session.user = await check(formData);\n  await session.save();\n}`, {
      filename: "actions.tsx",
    }),
    // --- not a session of a handler parameter
    valid(`const session = { user: null };\nexport function login(user) {\n  session.user = user;\n}`),
    valid(`export function login(store: Map<string, unknown>, user: User) {\n  store.set("user", user);\n}`),
  ],
  invalid: [
    invalid(`app.post("/login", async (req, res) => {\n  const user = await users.findByEmail(req.body.email);\n  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) return res.sendStatus(401);\n  ⟦req.session.userId = user.id⟧;\n  res.redirect("/");\n});`, [
      missing("req.session.userId", "the /login handler"),
    ]),
    invalid(`router.post("/auth/signin", function (req, res) {\n  ⟦req.session.user = { id: req.body.id }⟧;\n  res.end();\n});`, [missing("req.session.user", "the /auth/signin handler")]),
    invalid(`app.route("/login").post((req, res) => {\n  ⟦req.session.user = user⟧;\n});`, [missing("req.session.user", "the /login handler")]),
    invalid(`export async function handleLogin(req: Request, res: Response) {\n  const user = await authService.validateUser(req.body.email, req.body.password);\n  ⟦req.session!.user = user as SessionUser⟧;\n  res.json({ ok: true });\n}`, [
      missing("req.session!.user", "handleLogin()"),
    ]),
    invalid(`export async function handleLogin(req: Request) {\n  ⟦(req.session as SessionData).user = await check<User>(req.body)⟧;\n}`, [missing("(req.session as SessionData).user", "handleLogin()")], { filename: "file.ts" }),
    invalid(`app.post("/session", async (req, res) => {\n  const ok = await argon2.verify(hash, req.body.password);\n  if (ok) ⟦Object.assign(req.session, { userId: id })⟧;\n});`, [missing("req.session.userId", "the handler that calls verify()")]),
    // --- the server session library in every import style
    ...invalidAcrossImports({
      module: "express-session",
      code: `app.use($FN({ secret, store }));\napp.post("/login", async (req, res) => {\n  const user = await check(req.body);\n  ⟦req.session.user = user⟧;\n  res.end();\n});`,
      errors: [missing("req.session.user", "the /login handler")],
    }),
    invalid(`import fastifySession from "@fastify/session";\napp.post("/login", async (request, reply) => {\n  const user = await check(request.body);\n  ⟦request.session.set("user", user.id)⟧;\n});`, [
      missing('request.session.set("user")', "the /login handler"),
    ]),
    invalid(`import session from "koa-generic-session";\nrouter.post("/login", async (ctx) => {\n  const user = await verifyPassword(ctx.request.body);\n  ⟦ctx.session.userId = user.id⟧;\n});`, [missing("ctx.session.userId", "the /login handler")]),
    // --- NestJS: @Req() and @Session()
    invalid(`@Controller("auth")\nexport class AuthController {\n  @Post("login")\n  async login(@Req() req: Request, @Body() body: LoginDto) {\n    ⟦req.session.user = await this.auth.check(body)⟧;\n  }\n}`, [
      missing("req.session.user", "the login handler"),
    ]),
    invalid(`@Controller("auth")\nexport class AuthController {\n  @Post("login")\n  async login(@Session() session: Record<string, any>, @Body() body: LoginDto) {\n    const user = await this.auth.check(body);\n    ⟦session.userId = user.id⟧;\n    return { ok: true };\n  }\n}`, [
      missing("session.userId", "the login handler"),
    ]),
    invalid(`@Controller()\nexport class LoginController {\n  @Post("signin")\n  signIn(@Session() s: Record<string, unknown>, @Body() body: { id: string }) {\n    ⟦s.user = body.id⟧;\n  }\n}`, [
      missing("s.user", "the signin handler"),
    ]),
    // --- hapi yar
    invalid(`server.route({ method: "POST", path: "/login", handler: async (request, h) => {\n  const user = await check(request.payload);\n  ⟦request.yar.set("user", user.id)⟧;\n  return h.redirect("/");\n} });`, [
      missing('request.yar.set("user")', "the /login handler"),
    ]),
    // --- passport's custom callback logs nobody in: storing the user there skips regeneration
    invalid(`app.post("/login", (req, res, next) => {\n  passport.authenticate("local", (err, user) => {\n    if (err || !user) return res.redirect("/login");\n    ⟦req.session.user = user⟧;\n    res.redirect("/");\n  })(req, res, next);\n});`, [
      missing("req.session.user", "the /login handler"),
    ]),
    // --- save() stores the session; it does not change its id
    invalid(`app.post("/login", async (req, res, next) => {\n  const user = await check(req.body);\n  ⟦req.session.user = user⟧;\n  req.session.save((err) => (err ? next(err) : res.redirect("/")));\n});`, [missing("req.session.user", "the /login handler")]),
    invalid(`app.get("/auth/callback", async (req, res) => {\n  const profile = await oauth.exchange(req.query.code);\n  ⟦req.session.account = profile⟧;\n  res.redirect("/");\n});`, [missing("req.session.account", "the /auth/callback handler")]),
    invalid(`app.post("/login", (req, res) => {\n  req.session.destroy(() => {});\n  ⟦req.session.user = req.body.user⟧;\n});`, [missing("req.session.user", "the /login handler")]),
    invalid(`export const verifyOtp = async (req, res) => {\n  if (!(await totp.check(req.body.code))) return res.sendStatus(401);\n  ⟦req.session.user = pending⟧;\n};`, [
      missing("req.session.user", "verifyOtp()"),
    ]),
  ],
});
