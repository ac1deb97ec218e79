import rule from "../../rules/require-server-side-logout.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const clientOnly = (where: string, what: string) => ({ messageId: "clientOnlyLogout", data: { where, what }, suggestions: [] });

ruleTester.run("require-server-side-logout", rule as unknown as TesterRule, {
  valid: [
    // --- the session is destroyed: callback and promise forms
    valid(`app.post("/logout", (req, res, next) => {\n  req.session.destroy((err) => {\n    if (err) return next(err);\n    res.clearCookie("sid");\n    res.redirect("/");\n  });\n});`),
    valid(`app.post("/logout", (req, res, next) => {\n  req.logout((err) => {\n    if (err) return next(err);\n    res.clearCookie("connect.sid");\n    res.redirect("/");\n  });\n});`),
    valid(`app.post("/logout", async (req, res) => {\n  await new Promise((resolve) => req.session.destroy(resolve));\n  res.clearCookie("sid").sendStatus(204);\n});`),
    valid(`router.post("/logout", async (ctx) => {\n  ctx.session = null;\n  ctx.cookies.set("token", null);\n});`),
    valid(`export const logout = async (request, reply) => {\n  await request.session.destroy();\n  return reply.redirect("/");\n};`),
    valid(`server.route({ method: "POST", path: "/logout", handler: (request, h) => {\n  request.yar.reset();\n  return h.redirect("/").unstate("session");\n} });`),
    // --- the refresh token is revoked or the JWT denylisted
    valid(`app.post("/auth/logout", async (req, res) => {\n  await prisma.refreshToken.delete({ where: { token: req.cookies.refreshToken } });\n  res.clearCookie("refreshToken");\n  res.sendStatus(204);\n});`),
    valid(`app.post("/logout", async (req, res) => {\n  await redis.del(\`sess:\${req.cookies.sid}\`);\n  res.clearCookie("sid").end();\n});`),
    valid(`app.post("/logout", async (request, reply) => {\n  await denylist.add(request.user.jti);\n  reply.clearCookie("token");\n});`),
    // --- auth libraries whose sign-out ends the session on the server
    valid(`"use server";\nimport { signOut } from "@/auth";\nexport async function logout() {\n  (await cookies()).delete("theme");\n  await signOut({ redirectTo: "/" });\n}`),
    valid(`export async function logout() {\n  const { session } = await validateRequest();\n  await lucia.invalidateSession(session.id);\n  const blank = lucia.createBlankSessionCookie();\n  (await cookies()).set(blank.name, blank.value, blank.attributes);\n}`),
    valid(`export async function signOutAction() {\n  await auth.api.signOut({ headers: await headers() });\n  (await cookies()).delete("better-auth.session_token");\n}`),
    valid(`export async function logout() {\n  await supabase.auth.signOut({ scope: "local" });\n  localStorage.removeItem("profile");\n}`),
    // --- the client asks the server: fetch / axios with a template URL, GraphQL, navigation, hooks, helpers
    valid(`export async function logout() {\n  await fetch("/api/auth/logout", { method: "POST", credentials: "include" });\n  localStorage.removeItem("user");\n}`),
    valid(`const logout = async () => {\n  await axios.post(\`\${API_URL}/auth/logout\`);\n  localStorage.removeItem("accessToken");\n};`),
    valid(`const logout = async () => {\n  await api.post("/auth/revoke", { token: refreshToken });\n  sessionStorage.clear();\n};`),
    valid(`const handleLogout = async () => {\n  await client.mutate({ mutation: LOGOUT_MUTATION });\n  localStorage.removeItem("token");\n};`),
    valid(`function logOut() {\n  localStorage.removeItem("token");\n  window.location.href = "/api/logout";\n}`),
    valid(`export function LogoutButton() {\n  const { mutate } = useLogout();\n  const onLogout = () => {\n    mutate();\n    localStorage.removeItem("token");\n  };\n  return <button onClick={onLogout}>Log out</button>;\n}`, { filename: "LogoutButton.tsx" }),
    valid(`export function handleSignOut() {\n  localStorage.removeItem("token");\n  return signOut({ callbackUrl: "/" });\n}`),
    valid(`app.post("/logout", async (req, res) => {\n  await logoutUser(req);\n  res.clearCookie("sid");\n  res.end();\n});`),
    valid(`app.post("/logout", async (req, res) => {\n  await revokeRefreshTokens(req.user.id);\n  res.clearCookie("refresh");\n  res.end();\n});`),
    // --- js-cookie removal next to a server call, in every import style
    ...validAcrossImports({
      module: "js-cookie",
      code: `export async function logout() {\n  await fetch("/logout", { method: "POST" });\n  $FN.remove("token");\n}`,
    }),
    // --- not logout handlers
    valid(`app.post("/preferences", (req, res) => {\n  res.clearCookie("theme");\n  res.end();\n});`),
    valid(`function resetFilters() {\n  localStorage.removeItem("filters");\n}`),
    // --- logout that clears nothing on the client is not this rule's business
    valid(`app.get("/logout", (req, res) => res.redirect("/"));`),
  ],
  invalid: [
    invalid(`app.post("/logout", (req, res) => {\n  ⟦res.clearCookie("token")⟧;\n  res.redirect("/login");\n});`, [clientOnly("The /logout handler", "the cookie")]),
    invalid(`router.get("/auth/signout", function (req, res) {\n  ⟦res.cookie("session", "", { maxAge: 0 })⟧;\n  res.end();\n});`, [clientOnly("The /auth/signout handler", "the cookie")]),
    invalid(`export function logout() {\n  ⟦localStorage.removeItem("accessToken")⟧;\n  localStorage.removeItem("refreshToken");\n  window.location.href = "/login";\n}`, [
      clientOnly("Logout()", "localStorage"),
    ]),
    invalid(`const handleLogout = () => {\n  ⟦window.sessionStorage.clear()⟧;\n  navigate("/");\n};`, [clientOnly("HandleLogout()", "sessionStorage")]),
    ...invalidAcrossImports({
      module: "js-cookie",
      code: `export const signOut = () => {\n  ⟦$FN.remove("jwt")⟧;\n};`,
      errors: [clientOnly("SignOut()", "the cookie")],
    }),
    invalid(`export async function POST() {\n  return logout();\n}\nasync function logout() {\n  ⟦(await cookies()).delete("session")⟧;\n}`, [clientOnly("Logout()", "the cookie")]),
    invalid(`function logOut() {\n  ⟦document.cookie = "token=; Max-Age=0; path=/"⟧;\n}`, [clientOnly("LogOut()", "a cookie")]),
    invalid(`@Controller("auth")\nclass AuthController {\n  @Post("logout")\n  logout(@Res({ passthrough: true }) res: Response) {\n    ⟦res.clearCookie("access_token")⟧;\n    return { ok: true };\n  }\n}`, [
      clientOnly("The logout handler", "the cookie"),
    ]),
    invalid(`fastify.post("/logout", async (request, reply) => {\n  ⟦reply.clearCookie("token", { path: "/" })⟧;\n  return { ok: true };\n});`, [clientOnly("The /logout handler", "the cookie")]),
    invalid(`router.post("/logout", async (ctx) => {\n  ⟦ctx.cookies.set("jwt", null)⟧;\n  ctx.status = 204;\n});`, [clientOnly("The /logout handler", "the cookie")]),
    invalid(`import { deleteCookie } from "hono/cookie";\napp.post("/logout", (c) => {\n  ⟦deleteCookie(c, "token")⟧;\n  return c.redirect("/");\n});`, [clientOnly("The /logout handler", "the cookie")]),
    invalid(`export const actions = {\n  logout: async ({ cookies }) => {\n    ⟦cookies.delete("session", { path: "/" })⟧;\n    throw redirect(303, "/");\n  },\n};`, [clientOnly("Logout()", "the cookie")]),
    // --- TSX: a client component that only forgets the token
    invalid(`export function Navbar() {\n  const onLogout = () => {\n    ⟦localStorage.removeItem("token")⟧;\n    router.push("/login");\n  };\n  return <button onClick={onLogout}>Log out</button>;\n}`, [
      clientOnly("OnLogout()", "localStorage"),
    ], { filename: "Navbar.tsx" }),
    invalid(`export const logout = (): void => {\n  ⟦(window.localStorage as Storage).removeItem("jwt")⟧;\n  queryClient.clear();\n};`, [
      clientOnly("Logout()", "localStorage"),
    ]),
  ],
});
