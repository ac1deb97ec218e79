/**
 * "Is this code a login (or logout) handler, and what does it do to the session?"
 *
 * Login and logout are recognised from what a reviewer looks at: the route path it is registered
 * under (`app.post("/login", …)`, NestJS `@Post("logout")`), the function's name (`login`,
 * `handleSignOut`), and what it calls (`bcrypt.compare`, `passport.authenticate`). Session
 * operations are read from member chains rooted at a handler parameter (`req.session.user = …`,
 * `ctx.session = null`, `request.session.set("user", …)`).
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { codeText, isFunction, memberName, unwrap, walk, type AnyContext } from "./ast.js";
import { chainNames, enclosingFunctions, functionName, isParameterRooted, variableOf, type FunctionNode } from "./flow.js";
import { getModuleIndex, type TrackerConfig } from "./modules.js";
import { mayNameCredential } from "./credential-words.js";
import { isIdentityName, splitWords } from "./names.js";
import { staticString, staticValue } from "./values.js";

const LOGIN_WORDS = new Set(["login", "signin", "logon", "authenticate", "callback", "verify", "mfa", "otp", "totp", "twofactor", "2fa"]);
const LOGIN_PHRASES: readonly (readonly string[])[] = [
  ["log", "in"],
  ["sign", "in"],
  ["two", "factor"],
  ["auth", "callback"],
];
const LOGOUT_WORDS = new Set(["logout", "signout", "logoff"]);
const LOGOUT_PHRASES: readonly (readonly string[])[] = [
  ["log", "out"],
  ["sign", "out"],
  ["log", "off"],
];

function hasPhrase(words: readonly string[], phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((phrase) => {
    outer: for (let i = 0; i + phrase.length <= words.length; i++) {
      for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
      return true;
    }
    return false;
  });
}

export function isLoginName(name: string): boolean {
  const words = splitWords(name);
  return words.some((word) => LOGIN_WORDS.has(word)) || hasPhrase(words, LOGIN_PHRASES);
}

export function isLogoutName(name: string): boolean {
  const words = splitWords(name);
  return words.some((word) => LOGOUT_WORDS.has(word)) || hasPhrase(words, LOGOUT_PHRASES);
}

export interface Route {
  /** The static path (`"/login"`), when the function is registered under one. */
  path?: string;
  /** The registration call or decorator. */
  registration?: TSESTree.CallExpression | TSESTree.Decorator;
}

const ROUTE_DECORATORS = new Set(["Get", "Post", "Put", "Patch", "Delete", "All"]);

/**
 * The route a handler is registered under: `app.post("/login", …, fn)`, `router.route("/login").post(fn)`,
 * `fastify.route({ url, handler: fn })`, a NestJS `@Post("login")` method.
 */
export function routeOf(context: AnyContext, fn: FunctionNode): Route | undefined {
  const parent = fn.parent;
  if (parent?.type === "CallExpression" && parent.callee !== fn) {
    const first = parent.arguments[0];
    const path = first && first !== fn && first.type !== "SpreadElement" ? staticString(context, first) : undefined;
    if (path !== undefined && path.startsWith("/")) return { path, registration: parent };
    // `router.route("/login").post(handler)`
    const callee = unwrap(parent.callee);
    if (callee.type === "MemberExpression") {
      const object = unwrap(callee.object);
      const routeCallee = object.type === "CallExpression" ? unwrap(object.callee) : undefined;
      if (object.type === "CallExpression" && routeCallee?.type === "MemberExpression" && memberName(routeCallee) === "route") {
        const routePath = object.arguments[0] && object.arguments[0].type !== "SpreadElement" ? staticString(context, object.arguments[0]) : undefined;
        if (routePath !== undefined) return { path: routePath, registration: parent };
      }
    }
    return undefined;
  }
  if (parent?.type === "Property" && parent.value === fn) {
    const object = parent.parent;
    if (object?.type !== "ObjectExpression") return undefined;
    for (const property of object.properties) {
      if (property.type !== "Property" || property.key.type !== "Identifier" || (property.key.name !== "url" && property.key.name !== "path")) continue;
      const path = staticString(context, property.value);
      if (path !== undefined) return { path };
    }
    return undefined;
  }
  if (parent?.type === "MethodDefinition" && parent.value === fn) {
    for (const decorator of parent.decorators ?? []) {
      const expression = unwrap(decorator.expression);
      if (expression.type !== "CallExpression") continue;
      const callee = unwrap(expression.callee);
      if (callee.type !== "Identifier" || !ROUTE_DECORATORS.has(callee.name)) continue;
      const argument = expression.arguments[0];
      const path = argument && argument.type !== "SpreadElement" ? staticString(context, argument) : "";
      return { path: path ?? "", registration: decorator };
    }
  }
  return undefined;
}

/** Calls that check credentials: `bcrypt.compare`, `argon2.verify`, `verifyPassword`, `authenticate`, `signIn`. */
const CHECK_CALLS = /^(?:compare|compareSync|verify|verifyPassword|checkPassword|validatePassword|comparePassword|authenticate|validateUser|signIn|login|logIn|verifyTotp|verifyOtp|verifyCode)$/u;

/** The handler's evidence that it logs a user in, as text for messages; `undefined` when there is none. */
export function loginEvidence(context: AnyContext, fn: FunctionNode): string | undefined {
  for (const outer of [fn, ...enclosingFunctions(fn)]) {
    const route = routeOf(context, outer);
    if (route?.path !== undefined && isLoginName(route.path)) return `the ${route.path || "login"} handler`;
    const name = functionName(outer);
    if (name && isLoginName(name)) return `${name}()`;
  }
  let found: string | undefined;
  walk(context.sourceCode, fn.body ?? fn, (n) => {
    if (found) return false;
    if (n.type === "CallExpression") {
      const callee = unwrap(n.callee);
      const name = callee.type === "MemberExpression" ? memberName(callee) : callee.type === "Identifier" ? callee.name : null;
      if (name !== null && CHECK_CALLS.test(name)) found = `the handler that calls ${name}()`;
    }
    return !found;
  });
  return found;
}

/** Member names that hold a request's server-side session: `req.session`, hapi yar's `request.yar`. */
const SESSION_MEMBERS = new Set(["session", "yar"]);

/**
 * `req.session` / `ctx.session` / `request.session` / `request.yar`: the session object of a handler
 * parameter; or a NestJS parameter decorated with `@Session()`.
 */
export function isSessionObject(context: AnyContext, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === "Identifier") return isSessionParameter(context, n);
  return n.type === "MemberExpression" && SESSION_MEMBERS.has(memberName(n) ?? "") && isParameterRooted(context, n);
}

/** `login(@Session() session: Record<string, unknown>)`: NestJS hands the handler the request's session. */
function isSessionParameter(context: AnyContext, identifier: TSESTree.Identifier): boolean {
  const def = variableOf(context, identifier)?.defs[0];
  if (def?.type !== "Parameter") return false;
  const declared = def.name as TSESTree.Node;
  const holder = declared.parent?.type === "TSParameterProperty" ? declared.parent : declared;
  const decorators = (holder as { decorators?: TSESTree.Decorator[] }).decorators ?? [];
  return decorators.some((decorator) => {
    const expression = unwrap(decorator.expression);
    const callee = expression.type === "CallExpression" ? unwrap(expression.callee) : expression;
    return callee.type === "Identifier" && callee.name === "Session";
  });
}

export interface IdentityWrite {
  node: TSESTree.Node;
  /** `req.session.user`, `request.session.set("userId")`. */
  target: string;
  /** The session expression: `req.session`, `request.yar`, or a `@Session()` parameter. */
  session: TSESTree.Node;
}

const SESSION_PREFIX: ReadonlySet<string> = new Set([".", "@", '"', "'", "`"]);

/**
 * A per-file pre-check for `identityWrite`: identity writes go through a `….session` / `….yar`
 * member (`req.session`, `req?.session`, `req["session"]`, `request.yar`) or a NestJS `@Session()`
 * parameter, so the file spells `.session`, a quoted `session` or `@Session`, or `yar`. Each of
 * those `session`s is a session word of the shared credential-word test, which comes first.
 */
export function mayWriteIdentity(context: AnyContext): boolean {
  // The code, not the comments (`codeText`), like the other per-file text tests.
  const text = codeText(context);
  // `.session`, `@Session`, `"session"`: found from each "ession" (indexOf skips far faster than a
  // regular expression that starts with `.`, one of the commonest characters of code).
  if (mayNameCredential(context)) {
    for (let at = text.indexOf("ession", 2); at !== -1; at = text.indexOf("ession", at + 6)) {
      const initial = text[at - 1];
      if ((initial === "s" || initial === "S") && SESSION_PREFIX.has(text[at - 2])) return true;
    }
  }
  return text.includes("yar") && /session|\.yar\b/iu.test(text);
}

/**
 * `req.session.user = user`, `req.session.userId = id`, `ctx.session.user = …`,
 * `request.session.set("user", …)`, `Object.assign(req.session, { user })`, `req.session.passport = { user }`.
 * Clearing writes (`= null` / `undefined`) and copies from the session itself are not identity writes.
 */
export function identityWrite(context: AnyContext, node: TSESTree.Node): IdentityWrite | undefined {
  if (node.type === "AssignmentExpression" && node.operator === "=") {
    const left = unwrap(node.left);
    if (left.type !== "MemberExpression") return undefined;
    const session = unwrap(left.object);
    // Cheapest test first: `….session.x = …` / `….yar.x = …`, or a plain identifier (a `@Session()` parameter).
    if (session.type === "MemberExpression" ? !SESSION_MEMBERS.has(memberName(session) ?? "") : session.type !== "Identifier") return undefined;
    const name = memberName(left);
    if (name === null || (!isIdentityName(name) && name !== "passport") || !isSessionObject(context, session)) return undefined;
    if (isClearing(context, node.right) || readsSession(context, node.right)) return undefined;
    return { node, target: context.sourceCode.getText(left), session };
  }
  if (node.type === "CallExpression") {
    const callee = unwrap(node.callee);
    if (callee.type !== "MemberExpression") return undefined;
    const method = memberName(callee);
    const object = unwrap(callee.object);
    if (method === "set" && (object.type === "MemberExpression" || object.type === "Identifier") && isSessionObject(context, object)) {
      const key = node.arguments[0] && node.arguments[0].type !== "SpreadElement" ? staticString(context, node.arguments[0]) : undefined;
      const value = node.arguments[1];
      if (key === undefined || !isIdentityName(key) || !value || value.type === "SpreadElement" || isClearing(context, value)) return undefined;
      return { node, target: `${context.sourceCode.getText(object)}.set(${JSON.stringify(key)})`, session: object };
    }
    if (method === "assign" && object.type === "Identifier" && object.name === "Object") {
      const target = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
      if ((target?.type !== "MemberExpression" && target?.type !== "Identifier") || !isSessionObject(context, target)) return undefined;
      for (const source of node.arguments.slice(1)) {
        const s = unwrap(source);
        if (s.type !== "ObjectExpression") continue;
        for (const property of s.properties) {
          if (property.type === "Property" && property.key.type === "Identifier" && isIdentityName(property.key.name)) {
            return { node, target: `${context.sourceCode.getText(target)}.${property.key.name}`, session: target };
          }
        }
      }
    }
  }
  return undefined;
}

function isClearing(context: AnyContext, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === "Identifier" && n.name === "undefined") return true;
  const value = staticValue(context, n);
  return value !== null && (value.value === null || value.value === undefined || value.value === false);
}

/** `{ ...req.session.user, name }`: an update of the signed-in user, not a sign-in. */
function readsSession(context: AnyContext, node: TSESTree.Node): boolean {
  let found = false;
  walk(context.sourceCode, node, (n) => {
    if (found) return false;
    if ((n.type === "MemberExpression" || n.type === "Identifier") && isSessionObject(context, n)) found = true;
    return !found;
  });
  return found;
}

/** Names that regenerate the session id: `req.session.regenerate`, koa `ctx.regenerateSession`, a `regenerateSession(req)` helper. */
function regenerates(name: string | null): boolean {
  return name !== null && /regenerate/iu.test(name);
}

/** hapi yar's `request.yar.reset()`: clears the session and assigns a new id (yar 11). */
function isYarReset(node: TSESTree.Node): boolean {
  if (node.type !== "CallExpression") return false;
  const callee = unwrap(node.callee);
  if (callee.type !== "MemberExpression" || memberName(callee) !== "reset") return false;
  const owner = unwrap(callee.object);
  return owner.type === "MemberExpression" && memberName(owner) === "yar";
}

/**
 * passport's `req.login` / `req.logIn` regenerate the session (passport >= 0.6), so a write in
 * their callback is safe. `passport.authenticate(strategy, callback)` is not on this list: with a
 * custom callback passport calls neither `req.logIn` nor `regenerate`, the callback has to.
 */
const PASSPORT_LOGIN = new Set(["login", "logIn"]);

/**
 * True when the session id is regenerated before `write` on its path: the write sits in a callback
 * of a regenerating call, or such a call comes earlier in an enclosing function (awaited or not:
 * `await req.session.regenerate()`, `await promisify(req.session.regenerate.bind(req.session))()`),
 * or the route runs `passport.authenticate(...)` first.
 */
export function regeneratedBefore(context: AnyContext, write: TSESTree.Node): boolean {
  for (let current = write.parent; current; current = current.parent) {
    if (current.type === "CallExpression") {
      const callee = unwrap(current.callee);
      const name = callee.type === "MemberExpression" ? memberName(callee) : callee.type === "Identifier" ? callee.name : null;
      if (regenerates(name) || (name !== null && PASSPORT_LOGIN.has(name))) return true;
    }
  }
  for (const fn of enclosingFunctions(write)) {
    let found = false;
    walk(context.sourceCode, fn.body ?? fn, (n) => {
      if (found || n.range[0] >= write.range[0]) return false;
      if (n.type === "MemberExpression" || n.type === "Identifier") {
        const names = n.type === "Identifier" ? [n.name] : chainNames(n);
        if (names.some((name) => regenerates(name))) found = true;
      }
      if (n.type === "CallExpression") {
        const callee = unwrap(n.callee);
        const name = callee.type === "MemberExpression" ? memberName(callee) : null;
        if (name !== null && (name === "login" || name === "logIn") && isParameterRooted(context, callee)) found = true;
        if (isYarReset(n)) found = true;
      }
      return !found;
    });
    if (found) return true;
    const route = routeOf(context, fn);
    if (route?.registration?.type === "CallExpression" && route.registration.arguments.some((argument) => argument !== fn && mentionsAuthenticate(context, argument))) return true;
  }
  return false;
}

function mentionsAuthenticate(context: AnyContext, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type !== "CallExpression") return false;
  const callee = unwrap(n.callee);
  return callee.type === "MemberExpression" && memberName(callee) === "authenticate";
}

/** The innermost function around a node. */
export function ownerFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunction(current)) return current as FunctionNode;
  return undefined;
}

/** Cheap pre-check: the file spells a logout word somewhere (`logout`, `signOut`, `log_off`, `/sign-out`). */
export function mentionsLogout(context: AnyContext): boolean {
  return /log[-_ ]?(?:out|off)|sign[-_ ]?out/iu.test(context.sourceCode.text);
}

/** The handler's evidence that it logs a user out (route path or name), as text for messages. */
export function logoutEvidence(context: AnyContext, fn: FunctionNode): string | undefined {
  const route = routeOf(context, fn);
  if (route?.path !== undefined && isLogoutName(route.path)) return `the ${route.path || "logout"} handler`;
  const name = functionName(fn);
  if (name && isLogoutName(name)) return `${name}()`;
  return undefined;
}

export interface LogoutActions {
  /** Client-side clean-up: cookie deletion, storage removal. */
  clears: { node: TSESTree.Node; what: string }[];
  /** True when the handler also ends the session or token on the server (or asks the server to). */
  serverSide: boolean;
}

const STORAGE = new Set(["localStorage", "sessionStorage"]);
const SERVER_METHODS = /^(?:destroy|destroySession|revoke\w*|invalidate\w*|blacklist\w*|denylist\w*|blocklist\w*|del|delete\w*|remove\w*|expire\w*|logout|logOut|signOut|signout|endSession)$/u;
const SERVER_SUBJECT = /session|token|refresh|jti|sid|auth/iu;

/** What a logout handler does: the client-side clean-up it performs and whether anything ends server state. */
export function logoutActions(context: AnyContext, fn: FunctionNode): LogoutActions {
  const actions: LogoutActions = { clears: [], serverSide: false };
  walk(context.sourceCode, fn.body ?? fn, (n) => {
    if (n.type === "AssignmentExpression") {
      const left = unwrap(n.left);
      // `ctx.session = null`, `req.session = null` (cookie sessions): the session is ended.
      if (left.type === "MemberExpression" && memberName(left) === "session" && staticValue(context, n.right)?.value == null) actions.serverSide = true;
      // `window.location.href = "/logout"`: the browser asks the server to log out.
      if (left.type === "MemberExpression" || left.type === "Identifier") {
        const target = chainNames(left);
        if ((target.includes("location") || target.at(-1) === "href") && LOGOUT_REQUEST.test(context.sourceCode.getText(n.right))) actions.serverSide = true;
      }
      // `document.cookie = "token=; Max-Age=0"`
      if (left.type === "MemberExpression" && memberName(left) === "cookie" && unwrap(left.object).type === "Identifier" && (unwrap(left.object) as TSESTree.Identifier).name === "document") {
        actions.clears.push({ node: n, what: "a cookie" });
      }
      return true;
    }
    if (n.type !== "CallExpression") return true;
    const callee = unwrap(n.callee);
    const method = callee.type === "MemberExpression" ? memberName(callee) : callee.type === "Identifier" ? callee.name : null;
    if (method === null) return true;
    const receiver = callee.type === "MemberExpression" ? unwrap(callee.object) : undefined;
    const receiverNames = receiver ? chainNames(receiver) : [];
    // Client-side clean-up
    if (method === "clearCookie" || method === "deleteCookie" || method === "destroyCookie" || method === "removeCookie") {
      actions.clears.push({ node: n, what: "the cookie" });
      return true;
    }
    if (receiverNames.some((name) => STORAGE.has(name)) && (method === "removeItem" || method === "clear")) {
      actions.clears.push({ node: n, what: receiverNames.find((name) => STORAGE.has(name))! });
      return true;
    }
    if ((method === "delete" || method === "remove") && (receiverNames.some((name) => /cookies?$/iu.test(name)) || isClientCookieLibrary(context, callee))) {
      actions.clears.push({ node: n, what: "the cookie" });
      return true;
    }
    if (method === "cookie" && n.arguments.length >= 2 && staticValue(context, n.arguments[1] as TSESTree.Node)?.value === "") {
      actions.clears.push({ node: n, what: "the cookie" });
      return true;
    }
    // Koa `ctx.cookies.set("token", null)`, SvelteKit / Astro `cookies.set("session", "", …)`.
    if (method === "set" && /cookies$/iu.test(receiverNames.at(-1) ?? "") && n.arguments.length >= 2) {
      const value = n.arguments[1].type === "SpreadElement" ? null : staticValue(context, n.arguments[1]);
      if (value && (value.value === null || value.value === "")) {
        actions.clears.push({ node: n, what: "the cookie" });
        return true;
      }
    }
    // Server-side end of the session or token, or a request that asks the server to do it
    if (receiverNames.some((name) => /deny|block|black|revoke/iu.test(name) || isLogoutName(name))) {
      actions.serverSide = true;
      return true;
    }
    const text = context.sourceCode.getText(n);
    if (SERVER_METHODS.test(method) && (SERVER_SUBJECT.test(text) || method === "logout" || method === "logOut" || method === "signOut" || method === "signout")) {
      actions.serverSide = true;
      return true;
    }
    // A helper the file cannot see into (`logoutUser(req)`, `revokeTokens(id)`, `authApi.signOutEverywhere()`),
    // or a hook's mutation (`const { mutate } = useLogout()`): it may well end the session; never report on unknown.
    if (isLogoutName(method) || SERVER_VERBS.test(method) || (callee.type === "Identifier" && boundToLogoutCall(context, callee))) {
      actions.serverSide = true;
      return true;
    }
    // `fetch("/api/logout")`, `` axios.post(`${API}/auth/revoke`) ``, `client.mutate({ mutation: LOGOUT })`.
    for (const argument of n.arguments) {
      if (argument.type === "SpreadElement") continue;
      const url = staticString(context, argument) ?? context.sourceCode.getText(argument);
      if (LOGOUT_REQUEST.test(url)) actions.serverSide = true;
    }
    return true;
  });
  return actions;
}

/** Browser cookie libraries whose `remove` deletes a cookie: js-cookie 3 (`Cookies.remove`), universal-cookie 7 (`new Cookies().remove`), tiny-cookie 2. */
const CLIENT_COOKIE_TRACKER: TrackerConfig = { modules: new Set(["js-cookie", "universal-cookie", "tiny-cookie"]) };

function isClientCookieLibrary(context: AnyContext, callee: TSESTree.Node): boolean {
  return getModuleIndex(context, CLIENT_COOKIE_TRACKER).resolve(callee) !== undefined;
}

/** Words in a call's arguments that name the server's logout or revocation endpoint. */
const LOGOUT_REQUEST = /log[-_]?out|sign[-_]?out|log[-_]?off|revoke/iu;

/** Verbs that end server state in a helper's name: `revokeRefreshToken`, `invalidateAllSessions`, `destroyUserSessions`. */
const SERVER_VERBS = /^(?:revoke|invalidate|destroy|terminate|kill|expire|blacklist|denylist|blocklist)[A-Z_]/u;

/** `const { mutate } = useLogout()` / `const [signOut] = useSignOutMutation()`: a function handed out by a logout hook. */
function boundToLogoutCall(context: AnyContext, identifier: TSESTree.Identifier): boolean {
  const def = variableOf(context, identifier)?.defs[0];
  if (def?.type !== "Variable") return false;
  const init = (def.node as TSESTree.VariableDeclarator).init;
  const call = init ? unwrap(init) : undefined;
  if (call?.type !== "CallExpression") return false;
  const callee = unwrap(call.callee);
  const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? memberName(callee) : null;
  return name !== null && (isLogoutName(name) || /revoke/iu.test(name));
}
