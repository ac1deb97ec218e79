import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction, walk, type AnyContext } from "../../src/analysis/ast.js";
import {
  identityWrite,
  isLoginName,
  isLogoutName,
  loginEvidence,
  logoutActions,
  logoutEvidence,
  mentionsLogout,
  ownerFunction,
  regeneratedBefore,
  routeOf,
} from "../../src/analysis/auth-handlers.js";
import type { FunctionNode } from "../../src/analysis/flow.js";
import { analyze } from "../helpers/analyze.js";

function functions(context: AnyContext): FunctionNode[] {
  const out: FunctionNode[] = [];
  walk(context.sourceCode, context.sourceCode.ast, (node) => {
    if (isFunction(node)) out.push(node as FunctionNode);
  });
  return out;
}

function writes(context: AnyContext): TSESTree.Node[] {
  const out: TSESTree.Node[] = [];
  walk(context.sourceCode, context.sourceCode.ast, (node) => {
    if (identityWrite(context, node)) out.push(node);
  });
  return out;
}

describe("login and logout names", () => {
  it.each(["login", "handleLogIn", "/auth/signin", "sign_in", "verifyOtp", "/auth/callback", "twoFactorVerify"])("%s is a login", (name) => expect(isLoginName(name)).toBe(true));
  it.each(["logout", "profile", "/users", "blogInfo", "signature"])("%s is not a login", (name) => expect(isLoginName(name)).toBe(false));
  it.each(["logout", "handleSignOut", "/auth/sign-out", "log_off", "LOGOUT"])("%s is a logout", (name) => expect(isLogoutName(name)).toBe(true));
  it.each(["login", "layout", "signup"])("%s is not a logout", (name) => expect(isLogoutName(name)).toBe(false));
  it("pre-checks the text cheaply", () => {
    expect(analyze(`const x = 1; // nothing here`, (context) => mentionsLogout(context))).toBe(false);
    expect(analyze(`router.post("/sign-out", handler);`, (context) => mentionsLogout(context))).toBe(true);
  });
});

describe("routeOf", () => {
  it("reads express, route() chains, fastify objects and NestJS decorators", () => {
    const paths = analyze(
      `app.post("/login", (req, res) => {});\nrouter.route("/logout").post((req, res) => {});\nfastify.route({ method: "POST", url: "/session", handler: async () => {} });\nclass C {\n  @Post("signin")\n  signIn() {}\n}`,
      (context) => functions(context).map((fn) => routeOf(context, fn)?.path),
    );
    expect(paths).toEqual(["/login", "/logout", "/session", "signin"]);
  });
});

describe("identityWrite and regeneration", () => {
  it("finds identity writes on handler sessions, not on local objects or clearing writes", () => {
    const found = analyze(
      `app.post("/login", (req, res) => {\n  req.session.user = user;\n  req.session.cart = [];\n  req.session.user = null;\n  request.session.set("userId", id);\n});\nconst session = {};\nsession.user = 1;`,
      (context) => writes(context).map((node) => context.sourceCode.getText(node)),
    );
    expect(found).toEqual(["req.session.user = user"]);
  });
  it("accepts NestJS @Session() parameters and hapi yar", () => {
    const found = analyze(
      `class C {\n  @Post("login")\n  login(@Session() session: Record<string, unknown>) {\n    session.userId = 1;\n  }\n}\nserver.route({ path: "/login", handler: (request, h) => { request.yar.set("user", u); } });`,
      (context) => writes(context).map((node) => context.sourceCode.getText(node)),
    );
    expect(found).toEqual(["session.userId = 1", 'request.yar.set("user", u)']);
  });
  it("sees regeneration in callbacks, before awaited writes and through yar.reset, but not in passport's custom callback", () => {
    const verdicts = analyze(
      `app.post("/a", (req) => { req.session.regenerate(() => { req.session.user = u; }); });\n` +
        `app.post("/b", async (req) => { await req.session.regenerate(); req.session.user = u; });\n` +
        `server.route({ path: "/c", handler: (request) => { request.yar.reset(); request.yar.set("user", u); } });\n` +
        `app.post("/d", (req, res, next) => { passport.authenticate("local", (err, user) => { req.session.user = user; })(req, res, next); });\n` +
        `app.post("/e", (req) => { req.session.user = u; req.session.save(); });`,
      (context) => writes(context).map((node) => regeneratedBefore(context, node)),
    );
    expect(verdicts).toEqual([true, true, true, false, false]);
  });
  it("explains why a function is a login handler", () => {
    const evidence = analyze(
      `app.post("/login", (req) => {});\nexport async function handleSignIn(req) {}\nasync function check(req) { await bcrypt.compare(a, b); }\nfunction other() {}`,
      (context) => functions(context).map((fn) => loginEvidence(context, fn)),
    );
    expect(evidence).toEqual(["the /login handler", "handleSignIn()", "the handler that calls compare()", undefined]);
  });
  it("ownerFunction is the innermost function", () => {
    const owner = analyze(`function outer() { const f = () => { x = 1; }; }`, (context) => {
      let assignment: TSESTree.Node | undefined;
      walk(context.sourceCode, context.sourceCode.ast, (node) => {
        if (node.type === "AssignmentExpression") assignment = node;
      });
      return ownerFunction(assignment!)?.type;
    });
    expect(owner).toBe("ArrowFunctionExpression");
  });
});

describe("logoutActions", () => {
  const actions = (code: string) =>
    analyze(
      code,
      (context) => {
        const fn = functions(context).find((f) => logoutEvidence(context, f));
        if (!fn) return undefined;
        const found = logoutActions(context, fn);
        return { clears: found.clears.map((c) => c.what), serverSide: found.serverSide };
      },
      "file.tsx",
    );
  it("collects client-side clean-up", () => {
    expect(actions(`function logout() { localStorage.removeItem("t"); document.cookie = "t=; Max-Age=0"; }`)).toEqual({ clears: ["localStorage", "a cookie"], serverSide: false });
    expect(actions(`import Cookies from "js-cookie";\nfunction logout() { Cookies.remove("jwt"); }`)).toEqual({ clears: ["the cookie"], serverSide: false });
    expect(actions(`router.post("/logout", (ctx) => { ctx.cookies.set("jwt", null); });`)).toEqual({ clears: ["the cookie"], serverSide: false });
  });
  it("recognises server-side endings", () => {
    expect(actions(`app.post("/logout", (req, res) => { req.session.destroy(); res.clearCookie("sid"); });`)?.serverSide).toBe(true);
    expect(actions(`async function logout() { await axios.post(\`\${API}/auth/logout\`); localStorage.clear(); }`)?.serverSide).toBe(true);
    expect(actions(`async function logout() { await lucia.invalidateSession(id); }`)?.serverSide).toBe(true);
    expect(actions(`async function logout() { await supabase.auth.signOut(); }`)?.serverSide).toBe(true);
    expect(actions(`function logout() { const { mutate } = useLogout(); mutate(); localStorage.clear(); }`)?.serverSide).toBe(true);
    expect(actions(`function logout() { localStorage.clear(); window.location.href = "/api/logout"; }`)?.serverSide).toBe(true);
  });
});
