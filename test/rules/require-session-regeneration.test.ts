import rule from "../../rules/require-session-regeneration.js";
import { createRuleTester, invalid, valid } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const missing = (target: string, where: string) => ({ messageId: "missingRegeneration", data: { target, where }, suggestions: [] });

ruleTester.run("require-session-regeneration", rule as unknown as TesterRule, {
  valid: [
    // regenerate first: callback, awaited, promisified, helper
    valid(`app.post("/login", async (req, res, next) => {\n  const user = await users.check(req.body);\n  req.session.regenerate((err) => {\n    if (err) return next(err);\n    req.session.userId = user.id;\n    res.redirect("/");\n  });\n});`),
    valid(`app.post("/login", async (req, res) => {\n  const user = await verifyPassword(req.body);\n  await new Promise((resolve, reject) => req.session.regenerate((e) => (e ? reject(e) : resolve(undefined))));\n  req.session.user = user;\n  res.sendStatus(204);\n});`),
    valid(`import { promisify } from "node:util";\nrouter.post("/login", async function (req, res) {\n  const user = await authenticate(req.body);\n  await promisify(req.session.regenerate.bind(req.session))();\n  req.session.user = { id: user.id };\n  res.end();\n});`),
    valid(`export async function login(request, reply) {\n  const user = await check(request.body);\n  await request.session.regenerate();\n  request.session.set("user", user.id);\n  return reply.send({ ok: true });\n}`),
    valid(`app.post("/login", async (req, res) => {\n  const user = await check(req.body);\n  await regenerateSession(req);\n  req.session.user = user;\n});`),
    // passport regenerates on login (>= 0.6)
    valid(`app.post("/login", passport.authenticate("local"), (req, res) => {\n  req.session.user = req.user;\n  res.redirect("/");\n});`),
    valid(`app.post("/login", (req, res, next) => {\n  req.login(user, (err) => {\n    req.session.userId = user.id;\n    res.redirect("/");\n  });\n});`),
    // not a login: profile update copies the session user, logout clears it, no evidence
    valid(`app.post("/profile", (req, res) => {\n  req.session.user = { ...req.session.user, name: req.body.name };\n  res.end();\n});`),
    valid(`app.post("/logout", (req, res) => {\n  req.session.user = null;\n  res.redirect("/");\n});`),
    valid(`app.post("/cart", (req, res) => {\n  req.session.cart = req.body.items;\n  res.end();\n});`),
    valid(`function setTheme(req, theme) {\n  req.session.user = theme;\n}`),
    // cookie-only sessions have no server-side id to fix
    valid(`import cookieSession from "cookie-session";\napp.use(cookieSession({ keys }));\napp.post("/login", async (req, res) => {\n  const user = await verifyPassword(req.body);\n  req.session.user = user.id;\n});`),
    valid(`router.post("/login", async (ctx) => {\n  const user = await verifyPassword(ctx.request.body);\n  ctx.session.userId = user.id;\n});`),
    // not a session of a handler parameter
    valid(`const session = { user: null };\nexport function login(user) {\n  session.user = user;\n}`),
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
    invalid(`app.post("/session", async (req, res) => {\n  const ok = await argon2.verify(hash, req.body.password);\n  if (ok) ⟦Object.assign(req.session, { userId: id })⟧;\n});`, [missing("req.session.userId", "the handler that calls verify()")]),
    invalid(`import fastifySession from "@fastify/session";\napp.post("/login", async (request, reply) => {\n  const user = await check(request.body);\n  ⟦request.session.set("user", user.id)⟧;\n});`, [
      missing('request.session.set("user")', "the /login handler"),
    ]),
    invalid(`import session from "koa-generic-session";\nrouter.post("/login", async (ctx) => {\n  const user = await verifyPassword(ctx.request.body);\n  ⟦ctx.session.userId = user.id⟧;\n});`, [
      missing("ctx.session.userId", "the /login handler"),
    ]),
    invalid(`@Controller("auth")\nexport class AuthController {\n  @Post("login")\n  async login(@Req() req: Request, @Body() body: LoginDto) {\n    ⟦req.session.user = await this.auth.check(body)⟧;\n  }\n}`, [
      missing("req.session.user", "the login handler"),
    ]),
    invalid(`app.get("/auth/callback", async (req, res) => {\n  const profile = await oauth.exchange(req.query.code);\n  ⟦req.session.account = profile⟧;\n  res.redirect("/");\n});`, [missing("req.session.account", "the /auth/callback handler")]),
    invalid(`app.post("/login", (req, res) => {\n  req.session.destroy(() => {});\n  ⟦req.session.user = req.body.user⟧;\n});`, [missing("req.session.user", "the /login handler")]),
  ],
});
