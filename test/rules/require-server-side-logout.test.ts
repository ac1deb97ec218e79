import rule from "../../rules/require-server-side-logout.js";
import { createRuleTester, invalid, valid } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const clientOnly = (where: string, what: string) => ({ messageId: "clientOnlyLogout", data: { where, what }, suggestions: [] });

ruleTester.run("require-server-side-logout", rule as unknown as TesterRule, {
  valid: [
    valid(`app.post("/logout", (req, res, next) => {\n  req.session.destroy((err) => {\n    if (err) return next(err);\n    res.clearCookie("sid");\n    res.redirect("/");\n  });\n});`),
    valid(`app.post("/logout", (req, res, next) => {\n  req.logout((err) => {\n    if (err) return next(err);\n    res.clearCookie("connect.sid");\n    res.redirect("/");\n  });\n});`),
    valid(`router.post("/logout", async (ctx) => {\n  ctx.session = null;\n  ctx.cookies.set("token", null);\n});`),
    valid(`app.post("/auth/logout", async (req, res) => {\n  await prisma.refreshToken.delete({ where: { token: req.cookies.refreshToken } });\n  res.clearCookie("refreshToken");\n  res.sendStatus(204);\n});`),
    valid(`app.post("/logout", async (req, res) => {\n  await redis.del(\`sess:\${req.cookies.sid}\`);\n  res.clearCookie("sid").end();\n});`),
    valid(`app.post("/logout", async (request, reply) => {\n  await denylist.add(request.user.jti);\n  reply.clearCookie("token");\n});`),
    valid(`export async function logout() {\n  await fetch("/api/auth/logout", { method: "POST", credentials: "include" });\n  localStorage.removeItem("user");\n}`),
    valid(`export function handleSignOut() {\n  localStorage.removeItem("token");\n  return signOut({ callbackUrl: "/" });\n}`),
    valid(`const logout = async () => {\n  await api.post("/auth/revoke", { token: refreshToken });\n  sessionStorage.clear();\n};`),
    valid(`export const logout = async (request, reply) => {\n  await request.session.destroy();\n  return reply.redirect("/");\n};`),
    // not logout handlers
    valid(`app.post("/preferences", (req, res) => {\n  res.clearCookie("theme");\n  res.end();\n});`),
    valid(`function resetFilters() {\n  localStorage.removeItem("filters");\n}`),
    // logout that clears nothing on the client is not this rule's business
    valid(`app.get("/logout", (req, res) => res.redirect("/"));`),
  ],
  invalid: [
    invalid(`app.post("/logout", (req, res) => {\n  ⟦res.clearCookie("token")⟧;\n  res.redirect("/login");\n});`, [clientOnly("The /logout handler", "the cookie")]),
    invalid(`router.get("/auth/signout", function (req, res) {\n  ⟦res.cookie("session", "", { maxAge: 0 })⟧;\n  res.end();\n});`, [clientOnly("The /auth/signout handler", "the cookie")]),
    invalid(`export function logout() {\n  ⟦localStorage.removeItem("accessToken")⟧;\n  localStorage.removeItem("refreshToken");\n  window.location.href = "/login";\n}`, [
      clientOnly("Logout()", "localStorage"),
    ]),
    invalid(`const handleLogout = () => {\n  ⟦window.sessionStorage.clear()⟧;\n  navigate("/");\n};`, [clientOnly("HandleLogout()", "sessionStorage")]),
    invalid(`import Cookies from "js-cookie";\nexport const signOut = () => {\n  ⟦Cookies.remove("jwt")⟧;\n};`, [clientOnly("SignOut()", "the cookie")]),
    invalid(`export async function POST() {\n  return logout();\n}\nasync function logout() {\n  ⟦(await cookies()).delete("session")⟧;\n}`, [clientOnly("Logout()", "the cookie")]),
    invalid(`function logOut() {\n  ⟦document.cookie = "token=; Max-Age=0; path=/"⟧;\n}`, [clientOnly("LogOut()", "a cookie")]),
    invalid(`@Controller("auth")\nclass AuthController {\n  @Post("logout")\n  logout(@Res({ passthrough: true }) res: Response) {\n    ⟦res.clearCookie("access_token")⟧;\n    return { ok: true };\n  }\n}`, [
      clientOnly("The logout handler", "the cookie"),
    ]),
    invalid(`fastify.post("/logout", async (request, reply) => {\n  ⟦reply.clearCookie("token", { path: "/" })⟧;\n  return { ok: true };\n});`, [clientOnly("The /logout handler", "the cookie")]),
  ],
});
