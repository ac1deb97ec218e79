/**
 * "Is this comparison a check of a secret, whose running time matters?" — an HMAC digest or
 * signature computed by the server, an API key, a token, a password hash, a reset or one-time
 * code, read from a name or from the call that produced it, compared with something that could
 * be an attacker's guess.
 *
 * Most `token === x` in real code is nothing of the kind (read on the corpus of bench/): lexer
 * tokens (`token === firstToken`), enum members (`kind === SyntaxKind.CommaToken`,
 * `acceptsToken === TokenType.ApiKey`), DI tokens (`dependency.token !== REQUEST`), bookkeeping
 * of the app's own state (`cached.accessToken !== token.accessToken`, `token !== prevToken`),
 * route tables (`pathname === this.routes.accessToken`), sentinels (`queryFn === skipToken`) and
 * session ids (looked up by value in the session store anyway). Those are recognised here, so the
 * rule stays about the comparisons a reviewer would flag.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { memberName, unwrap, walk, type AnyContext } from "./ast.js";
import { chainNames, variableOf } from "./flow.js";
import { getModuleIndex, RESULT, builderKey, type TrackerConfig } from "./modules.js";
import { isCredentialName, splitWords } from "./names.js";
import { isPasswordName } from "./passwords.js";
import { envRead } from "./secrets.js";
import { resolveNode, staticString, staticValue } from "./values.js";

const NODE_CRYPTO = ["crypto", "node:crypto"] as const;

const HMAC_TRACKER: TrackerConfig = {
  modules: new Set(NODE_CRYPTO),
  builders: new Map(NODE_CRYPTO.map((module) => [builderKey(module, ["createHmac", RESULT]), new Set(["update"])] as const)),
};

/** Words that on their own make a compared value a secret (besides the credential vocabulary). */
const SECRET_WORDS = new Set(["signature", "sig", "hmac", "mac", "otp", "totp", "hotp", "passcode"]);

/** Two-word phrases: `resetCode`, `verificationCode`, `passwordHash`, `tokenHash`. */
const SECRET_PHRASES: readonly (readonly string[])[] = [
  ["reset", "code"],
  ["reset", "token"],
  ["reset", "key"],
  ["verification", "token"],
  ["verify", "token"],
  ["confirmation", "token"],
  ["invite", "token"],
  ["invitation", "token"],
  ["magic", "token"],
  ["verification", "code"],
  ["verify", "code"],
  ["confirmation", "code"],
  ["auth", "code"],
  ["magic", "code"],
  ["password", "hash"],
  ["hashed", "password"],
  ["token", "hash"],
  ["hashed", "token"],
  ["key", "hash"],
];

/** Last words that make the name about the secret rather than the secret: `apiKeyId`, `tokenExpiry`, `signatureAlgorithm`, `tokenIssuer`. */
const ABOUT_WORDS = new Set([
  "id",
  "ids",
  "identifier",
  "name",
  "names",
  "prefix",
  "suffix",
  "last4",
  "hint",
  "version",
  "algorithm",
  "alg",
  "header",
  "method",
  "scheme",
  "kind",
  "status",
  "valid",
  "enabled",
  "required",
  "address",
  "addr",
  "issuer",
  "iss",
  "audience",
  "aud",
  "subject",
]);

/**
 * Words anywhere in a name that make it a flag, a setting or a well-known placeholder:
 * `ALLOW_CREDENTIALS`, `withCredentials`, `hasToken`, `DEFAULT_SECRET`, `B64_REDACTED`.
 */
const FLAG_WORDS = new Set([
  "allow",
  "allowed",
  "allows",
  "with",
  "include",
  "includes",
  "use",
  "uses",
  "has",
  "is",
  "should",
  "enable",
  "enabled",
  "require",
  "requires",
  "mode",
  "policy",
  "show",
  "default",
  "defaults",
  "redacted",
  "placeholder",
  "dummy",
  "example",
  "sample",
  "mock",
  "fake",
  "issue",
]);

/**
 * Qualifiers that make "token" a lexer, parser, navigation or DI token, or a sentinel:
 * `firstToken`, `tokenBefore`, `closingCurly`, `operatorToken`, `capturedToken`, `nav_token`,
 * `skipToken`, `stringifiedToken`.
 */
const LEXER_WORDS = new Set([
  "first",
  "last",
  "before",
  "after",
  "start",
  "end",
  "begin",
  "open",
  "opening",
  "close",
  "closing",
  "captured",
  "operator",
  "bracket",
  "brace",
  "paren",
  "curly",
  "comma",
  "semicolon",
  "colon",
  "keyword",
  "punctuator",
  "punctuation",
  "prev",
  "previous",
  "following",
  "preceding",
  "relevant",
  "nav",
  "navigation",
  "skip",
  "stringified",
  "lookahead",
  "peek",
  "char",
]);

/**
 * Words anywhere in a member chain that say the compared values are the app's own bookkeeping
 * (a cache, the previous value, a record fetched again) or a route table, not a guess to check:
 * `this.cachedToken_.accessToken`, `this.lastRefreshFailure.refreshToken`, `this.routes.accessToken`.
 */
const BOOKKEEPING_WORDS = new Set([
  "cached",
  "cache",
  "existing",
  "retrieved",
  "prev",
  "previous",
  "old",
  "still",
  "last",
  "routes",
  "route",
  "paths",
  "path",
  "pathname",
  "url",
  "urls",
  "uri",
  "href",
  "endpoint",
  "endpoints",
]);

/** Words that name a set of constants: `SyntaxKind`, `TokenType`, `JwtErrorCode`, `AST_NODE_TYPES`, `constants_1`. */
const ENUM_WORDS = new Set([
  "type",
  "types",
  "kind",
  "kinds",
  "code",
  "codes",
  "reason",
  "reasons",
  "error",
  "errors",
  "status",
  "statuses",
  "scheme",
  "schemes",
  "constant",
  "constants",
  "const",
  "consts",
  "enum",
  "enums",
  "event",
  "events",
  "action",
  "actions",
  "method",
  "methods",
  "mode",
  "modes",
  "state",
  "states",
  "category",
  "categories",
  "format",
  "formats",
  "role",
  "roles",
  "level",
  "levels",
  "syntax",
  "keyword",
  "keywords",
  "op",
  "ops",
  "opcode",
  "opcodes",
  "tag",
  "tags",
]);

/** Last words of a value that is compared with a named constant: `err.code === JWT_CLAIM_COMPARISON`, `id === VERIFY_TOTP`. */
const DISCRIMINATOR_WORDS = new Set(["code", "kind", "type", "reason", "status", "state", "name", "id", "op", "action", "tag", "mode", "event", "category", "variant", "format", "method"]);

/** Last words of a value that names or identifies something: `token === name`, `item.token === classRef` (DI tokens). */
const IDENTIFYING_WORDS = new Set(["name", "ref", "class", "symbol", "metatype", "instance", "provider", "type", "kind"]);

/** Chain segments that hold request input: the side a guess comes from. */
const REQUEST_WORDS = new Set(["req", "request", "ctx", "headers", "header", "body", "query", "params", "cookies", "cookie", "searchparams", "formdata", "form", "input", "args", "event"]);

/** Handler parameters whose fields hold both request input and server state (`ctx.request.body`, `ctx.state.user`). */
const REQUEST_ROOTS = new Set(["req", "request", "ctx", "context", "c", "event", "evt"]);

/** Globals named like constants that hold run-time values. */
const RUNTIME_GLOBALS = new Set(["Astro", "Bun", "Deno"]);

export interface SecretOperand {
  /** How the message names it: `"signature"`, `the HMAC digest`, `"req.headers['x-api-key']"`. */
  name: string;
}

/**
 * A case-insensitive superset of the vocabulary above: every word or phrase that can make
 * `isSecretCompareName` true contains one of these (`pass`/`pw` for the password words, `api`
 * for `api key`, `verif` for `verify code`…). A name without a match names no secret, and is
 * ruled out without splitting it into words.
 */
const SECRET_HINT = /token|pass|pw|sig|mac|otp|jwt|bearer|sid|session|credential|secret|private|auth|reset|verif|confirm|magic|hash|api/iu;

function hasPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

const SESSION_ID_WORDS = new Set(["sid", "sessid", "sessionid"]);
const SESSION_ID_TAILS = new Set(["id", "token", "key", "cookie", "value"]);
const SESSION_HINT = /sid|session/iu;

/**
 * True when a name names a session id (`sessionId`, `req.sessionID`, `sid`, `sessionToken`,
 * `cookieSessionId`). Session ids are looked up by value in the session store, so comparing one
 * with `===` leaks nothing the lookup does not; weak-randomness rules still care about them.
 */
export function isSessionIdName(name: string): boolean {
  // Every word above contains `sid` or `session`.
  if (!SESSION_HINT.test(name)) return false;
  const words = splitWords(name);
  if (words.some((word) => SESSION_ID_WORDS.has(word))) return true;
  const at = words.lastIndexOf("session");
  return at >= 0 && at < words.length - 1 && words.slice(at + 1).every((word) => SESSION_ID_TAILS.has(word) || word === "encrypted");
}

/** True when a name (identifier, property, header) names a secret that must be compared in constant time. */
export function isSecretCompareName(name: string): boolean {
  if (!SECRET_HINT.test(name)) return false;
  const words = splitWords(name);
  if (words.length === 0) return false;
  const last = words[words.length - 1];
  if (ABOUT_WORDS.has(last)) return false;
  if (words.some((word) => FLAG_WORDS.has(word) || LEXER_WORDS.has(word))) return false;
  // `userIdForWhomTokenWasGenerated`: a user id, whatever follows.
  if (hasPhrase(words, ["user", "id"])) return false;
  if (isSessionIdName(name)) return false;
  if (isPasswordName(name)) return true;
  if (words.some((word) => SECRET_WORDS.has(word))) return true;
  if (SECRET_PHRASES.some((phrase) => hasPhrase(words, phrase))) return true;
  return isCredentialName(name);
}

/** Verdicts on the names of one file: the same names (`token`, `node`, `type`) come back in comparison after comparison. */
interface NameVerdicts {
  secret: Map<string, boolean>;
  lookAlike: Map<string, boolean>;
  bookkeeping: Map<string, boolean>;
}

/** Per AST, so nothing outlives the file. */
const verdictsByAst = new WeakMap<object, NameVerdicts>();

function verdictsOf(context: AnyContext): NameVerdicts {
  const ast = context.sourceCode.ast as object;
  let verdicts = verdictsByAst.get(ast);
  if (!verdicts) {
    verdicts = { secret: new Map(), lookAlike: new Map(), bookkeeping: new Map() };
    verdictsByAst.set(ast, verdicts);
  }
  return verdicts;
}

function remember(verdicts: Map<string, boolean>, name: string, decide: (name: string) => boolean): boolean {
  let verdict = verdicts.get(name);
  if (verdict === undefined) {
    verdict = decide(name);
    verdicts.set(name, verdict);
  }
  return verdict;
}

/** `isSecretCompareName`, remembered per file (names without a `SECRET_HINT` are ruled out first). */
function secretName(context: AnyContext, name: string): boolean {
  return SECRET_HINT.test(name) && remember(verdictsOf(context).secret, name, isSecretCompareName);
}

/**
 * True when a name has a credential word that a qualifier turns into something else: a lexer or
 * navigation token (`firstToken`, `nav_token`), a sentinel (`skipToken`), a placeholder
 * (`DEFAULT_SECRET`). A comparison with such a value is about that thing, not about a secret.
 */
function isLookAlikeName(name: string): boolean {
  const words = splitWords(name);
  if (!words.some((word) => LEXER_WORDS.has(word) || FLAG_WORDS.has(word))) return false;
  return words.some((word) => word === "token" || word === "tokens" || word === "secret" || word === "signature" || word === "key" || word === "password");
}

/** `createHmac(alg, key).update(data).digest(enc)`, possibly through a variable holding the HMAC object. */
function isHmacDigest(context: AnyContext, node: TSESTree.Node): boolean {
  const call = unwrap(node);
  if (call.type !== "CallExpression") return false;
  const callee = unwrap(call.callee);
  if (callee.type !== "MemberExpression") return false;
  // `.digest("hex").toString()` / `Buffer.from(digest)` are handled by the caller through `resolveNode`.
  if (memberName(callee) !== "digest") return false;
  const index = getModuleIndex(context, HMAC_TRACKER);
  for (const module of NODE_CRYPTO) {
    if (!index.imports(module)) continue;
    for (const found of index.calls(module, ["createHmac", RESULT, "digest"])) if (found.node === call) return true;
  }
  return false;
}

/** Where a value's name comes from: identifier, member name, header name in `headers["x-api-key"]` or `req.get("x-api-key")`. */
function nameOf(context: AnyContext, node: TSESTree.Node): string | undefined {
  if (node.type === "Identifier") return node.name;
  if (node.type === "MemberExpression") {
    const name = memberName(node);
    if (name !== null) return name;
    if (node.computed) return staticString(context, node.property);
    return undefined;
  }
  if (node.type === "CallExpression") {
    const callee = unwrap(node.callee);
    const method = callee.type === "MemberExpression" ? memberName(callee) : null;
    if ((method === "get" || method === "header" || method === "getHeader") && node.arguments[0] && node.arguments[0].type !== "SpreadElement") {
      return staticString(context, node.arguments[0]);
    }
  }
  return undefined;
}

/** `"token"`, but `req.headers["x-api-key"]` as it is: it already has quotes of its own. */
function quoted(text: string): string {
  return text.includes('"') ? text : `"${text}"`;
}

/** `session.token`, `session.id`, `ctx.session?.session.token`: the session's own id. */
function isSessionMember(node: TSESTree.Node): boolean {
  if (node.type !== "MemberExpression") return false;
  const name = memberName(node);
  if (name === null || name.length > 6 || !SESSION_ID_TAILS.has(name.toLowerCase())) return false;
  const object = unwrap(node.object);
  const owner = object.type === "ChainExpression" ? unwrap(object.expression) : object;
  const ownerName = owner.type === "Identifier" ? owner.name : owner.type === "MemberExpression" ? memberName(owner) : null;
  return ownerName !== null && splitWords(ownerName).at(-1) === "session";
}

/** Strips calls that keep the value: `x.toLowerCase()`, `x.trim()`, `String(x)`, `x!`, `a?.b`. */
function strip(node: TSESTree.Node): TSESTree.Node {
  let n = unwrap(node);
  for (let i = 0; i < 6; i++) {
    if (n.type === "ChainExpression") {
      n = unwrap(n.expression);
      continue;
    }
    if (n.type === "CallExpression" && n.arguments.length === 0) {
      const callee = unwrap(n.callee);
      const method = callee.type === "MemberExpression" ? memberName(callee) : null;
      if (method === "toLowerCase" || method === "toUpperCase" || method === "trim" || method === "toString") {
        n = unwrap((callee as TSESTree.MemberExpression).object);
        continue;
      }
    }
    break;
  }
  return n;
}

/** The secret a comparison operand carries, if any. */
export function secretOperand(context: AnyContext, node: TSESTree.Node, depth = 0): SecretOperand | undefined {
  if (depth > 3) return undefined;
  const n = unwrap(node);
  if (n.type === "ChainExpression") return secretOperand(context, n.expression, depth + 1);
  if (isHmacDigest(context, n)) return { name: "the HMAC digest" };
  if (isSessionMember(n)) return undefined;
  const name = nameOf(context, n);
  if (name !== undefined && secretName(context, name)) return { name: quoted(context.sourceCode.getText(n)) };
  // `Buffer.from(signature, "hex")`, `String(token)`, `` `Bearer ${token}` ``, `"sha256=" + digest`.
  if (n.type === "CallExpression") {
    const callee = unwrap(n.callee);
    const method = callee.type === "MemberExpression" ? memberName(callee) : callee.type === "Identifier" ? callee.name : null;
    if ((method === "from" || method === "String" || method === "toString" || method === "trim") && n.arguments[0] && n.arguments[0].type !== "SpreadElement") {
      return secretOperand(context, n.arguments[0], depth + 1);
    }
    if ((method === "toString" || method === "trim" || method === "toLowerCase") && callee.type === "MemberExpression") {
      return secretOperand(context, callee.object, depth + 1);
    }
  }
  if (n.type === "TemplateLiteral") {
    for (const expression of n.expressions) {
      const found = secretOperand(context, expression, depth + 1);
      if (found) return found;
    }
  }
  if (n.type === "BinaryExpression" && n.operator === "+") {
    return secretOperand(context, n.left, depth + 1) ?? secretOperand(context, n.right, depth + 1);
  }
  if (n.type === "Identifier") {
    const resolved = resolveNode(context, n);
    if (resolved !== n) return secretOperand(context, resolved, depth + 1);
  }
  return undefined;
}

const SCREAMING = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/u;
const PASCAL = /^[A-Z][A-Z0-9]*[a-z][A-Za-z0-9]*$/u;

function isConstantStyle(name: string): boolean {
  return (SCREAMING.test(name) && name.length > 1) || PASCAL.test(name);
}

/** `import * as oauth from "oauth4webapi"` / `require("pkg")`: a binding of a package (not a relative file). */
function isPackageBinding(context: AnyContext, identifier: TSESTree.Identifier): boolean {
  const def = variableOf(context, identifier)?.defs[0];
  if (!def) return false;
  let source: unknown;
  if (def.type === "ImportBinding") source = (def.parent as TSESTree.ImportDeclaration | undefined)?.source?.value;
  else if (def.type === "Variable") {
    const init = (def.node as TSESTree.VariableDeclarator).init;
    const call = init ? unwrap(init) : undefined;
    if (call?.type === "CallExpression" && call.callee.type === "Identifier" && call.callee.name === "require") {
      const argument = call.arguments[0];
      if (argument?.type === "Literal") source = argument.value;
    }
  }
  return typeof source === "string" && !isLocalSource(source);
}

/** `./config`, `../lib/keys`, `/abs`, `~/env`, `@/env`, `#env`: the app's own files, which may hold its secrets. */
function isLocalSource(source: string): boolean {
  return source.startsWith(".") || source.startsWith("/") || source.startsWith("~/") || source.startsWith("@/") || source.startsWith("#");
}

/**
 * A member of a set of constants: `SyntaxKind.CommaToken`, `TokenType.ApiKey`, `TokenError.codes.invalidSignature`,
 * `utils_1.AST_NODE_TYPES.TSIndexSignature`, `constants_1.VERIFY_TOTP`, `oauth.JWT_CLAIM_COMPARISON` (a package's constant).
 * Environment reads (`process.env.API_KEY`, `Bun.env.X`) are not.
 */
function isEnumMember(context: AnyContext, node: TSESTree.Node): boolean {
  if (node.type !== "MemberExpression" || envRead(context, node)) return false;
  const names = chainNames(node);
  if (names.length < 2 || RUNTIME_GLOBALS.has(names[0])) return false;
  const last = names[names.length - 1];
  for (let i = 0; i < names.length - 1; i++) {
    const segment = names[i];
    const words = splitWords(segment);
    if (!words.some((word) => ENUM_WORDS.has(word))) continue;
    if (isConstantStyle(segment) || isConstantStyle(last)) return true;
  }
  // A package's exported constant: `import * as oauth from "oauth4webapi"; oauth.JWT_CLAIM_COMPARISON`.
  if (names.length === 2 && SCREAMING.test(last)) {
    const root = unwrap(node.object);
    if (root.type === "Identifier" && isPackageBinding(context, root)) return true;
  }
  return false;
}

/**
 * An operand that makes the comparison harmless: `null`, `undefined`, booleans, numbers, the
 * empty string, enum-like words (`"refresh"`, `"Bearer"`), punctuation, URNs and URLs,
 * `typeof x`, `x.length`, members of constant sets, and named constants whose own name is not a secret.
 */
export function isTrivialOperand(context: AnyContext, node: TSESTree.Node): boolean {
  const n = strip(node);
  if (n.type === "UnaryExpression" && (n.operator === "typeof" || n.operator === "void" || n.operator === "!")) return true;
  if (n.type === "Identifier" && n.name === "undefined") return true;
  if (n.type === "MemberExpression" && (memberName(n) === "length" || memberName(n) === "byteLength" || memberName(n) === "size")) return true;
  if (isEnumMember(context, n)) return true;
  const value = staticValue(context, n);
  if (!value) {
    // `REQUEST`, `UNSERIALIZABLE`, `B64_REDACTED` from elsewhere: a named constant that does not name a secret.
    return n.type === "Identifier" && SCREAMING.test(n.name) && n.name.length > 1 && !isSecretCompareName(n.name) && !envRead(context, resolveNode(context, n));
  }
  const v = value.value;
  if (v === null || v === undefined || typeof v === "boolean" || typeof v === "number" || typeof v === "bigint") return true;
  if (typeof v !== "string") return typeof v === "object" || typeof v === "function";
  // Enum-like words and header names (`"refresh"`, `"Bearer"`, `"access-control-allow-credentials"`),
  // also when held in a constant whose name sounds secret (`const ALLOW_CREDENTIALS = "…"`);
  // punctuation (`"("`, `";"`), URNs and URLs (`"urn:ietf:params:oauth:token-type:jwt"`).
  return isTrivialString(v);
}

/**
 * The common case, decided from the node alone (no scope lookup): a literal that cannot be a
 * secret (`null`, numbers, booleans, enum-like or punctuation strings), `typeof x`, `undefined`,
 * `x.length`. Most `===` in a file stop here.
 */
function obviouslyTrivial(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  switch (n.type) {
    case "Literal":
      return typeof n.value !== "string" || isTrivialString(n.value);
    case "UnaryExpression":
      return n.operator === "typeof" || n.operator === "void" || n.operator === "!" || n.operator === "-";
    case "Identifier":
      return n.name === "undefined";
    case "MemberExpression": {
      const name = memberName(n);
      return name === "length" || name === "byteLength" || name === "size";
    }
    case "TemplateLiteral":
      return n.expressions.length === 0 && isTrivialString(n.quasis[0]?.value.cooked ?? "");
    default:
      return false;
  }
}

/** Enum-like words and header names, punctuation, URNs and URLs: strings that are not secrets. */
function isTrivialString(v: string): boolean {
  if (v.length === 0 || (v.length <= 64 && /^[A-Za-z]+(?:[-_.][A-Za-z0-9]+)*$/u.test(v))) return true;
  return !/[A-Za-z0-9]/u.test(v) || /^(?:urn:|[a-z][a-z0-9+.-]*:\/\/)/iu.test(v);
}

/** Names along an operand's member chain (`this.cachedToken_.accessToken` → this, cachedToken_, accessToken), as words. */
function chainWords(node: TSESTree.Node): string[] {
  const n = strip(node);
  if (n.type !== "MemberExpression" && n.type !== "Identifier" && n.type !== "CallExpression") return [];
  return chainNames(n).flatMap((name) => splitWords(name));
}

/** The identifier a member / call chain starts from, following one constant (`const secret = secrets[i]`). */
function rootVariable(context: AnyContext, node: TSESTree.Node): ReturnType<typeof variableOf> {
  let current = strip(node);
  for (let i = 0; i < 16; i++) {
    if (current.type === "ChainExpression") current = unwrap(current.expression);
    else if (current.type === "MemberExpression") current = unwrap(current.object);
    else if (current.type === "CallExpression" && current.callee.type === "MemberExpression") current = unwrap(current.callee.object);
    else break;
  }
  if (current.type !== "Identifier") return null;
  const resolved = resolveNode(context, current);
  if (resolved !== current && (resolved.type === "MemberExpression" || resolved.type === "Identifier")) {
    return rootVariable(context, resolved) ?? variableOf(context, current);
  }
  return variableOf(context, current);
}

/** `token !== token.trim()`, `this.first(token) === token`: one side is computed from the other. */
function derivedFromOther(context: AnyContext, identifier: TSESTree.Node, other: TSESTree.Node): boolean {
  const id = strip(identifier);
  if (id.type !== "Identifier") return false;
  const variable = variableOf(context, id);
  if (!variable) return false;
  let found = false;
  walk(context.sourceCode, other, (n) => {
    if (found) return false;
    if (n.type === "Identifier" && n !== id && n.name === id.name && variableOf(context, n) === variable) found = true;
    return !found;
  });
  return found;
}

/** `b64 = signatureB64; … b64 !== signatureB64`, `prev = token; … token !== prev`: a copy compared with its source. */
function copiedFrom(context: AnyContext, a: TSESTree.Node, b: TSESTree.Node): boolean {
  const left = strip(a);
  const right = strip(b);
  if (left.type !== "Identifier" || right.type !== "Identifier") return false;
  const lv = variableOf(context, left);
  const rv = variableOf(context, right);
  if (!lv || !rv) return false;
  const assignedFrom = (target: typeof lv, source: typeof rv): boolean =>
    target!.references.some((reference) => {
      if (!reference.isWrite()) return false;
      const id = reference.identifier as TSESTree.Node;
      const parent = id.parent;
      const value =
        parent?.type === "AssignmentExpression" && parent.left === id ? parent.right : parent?.type === "VariableDeclarator" && parent.id === id ? parent.init : null;
      const v = value ? unwrap(value) : null;
      return v?.type === "Identifier" && v.name === source!.name && variableOf(context, v) === source;
    });
  return assignedFrom(lv, rv) || assignedFrom(rv, lv);
}

function isRequestLike(words: readonly string[]): boolean {
  return words.some((word) => REQUEST_WORDS.has(word));
}

/**
 * True when the two operands are not "a secret and a guess": both come from the same object, one
 * is computed from or copied from the other, or they are the same field of two records of the app's
 * own state (`stored.refresh_token === current.refresh_token`).
 */
function sameOrigin(context: AnyContext, left: TSESTree.Node, right: TSESTree.Node): boolean {
  if (derivedFromOther(context, left, right) || derivedFromOther(context, right, left) || copiedFrom(context, left, right)) return true;
  const l = strip(left);
  const r = strip(right);
  const lWords = chainWords(l);
  const rWords = chainWords(r);
  if (l.type === "MemberExpression" && r.type === "MemberExpression" && memberName(l) !== null && memberName(l) === memberName(r)) {
    if (!isRequestLike(lWords) && !isRequestLike(rWords)) return true;
  }
  // Two reads of one object (`secrets[i]` and `secrets[0]`); not the request object, whose fields may hold a guess and a stored value.
  const lRoot = rootVariable(context, l);
  if (lRoot && lRoot === rootVariable(context, r) && !REQUEST_ROOTS.has(lRoot.name)) return true;
  return false;
}

/** `err.code === JWT_CLAIM_COMPARISON`, `id === VERIFY_TOTP`: a discriminator compared with a named constant. */
function discriminatorCompare(context: AnyContext, constant: TSESTree.Node, other: TSESTree.Node): boolean {
  const c = strip(constant);
  const name = c.type === "Identifier" ? c.name : c.type === "MemberExpression" ? memberName(c) : null;
  if (name === null || !SCREAMING.test(name) || envRead(context, c)) return false;
  const otherName = nameOf(context, strip(other));
  return otherName !== undefined && DISCRIMINATOR_WORDS.has(splitWords(otherName).at(-1) ?? "");
}

function lookAlike(context: AnyContext, node: TSESTree.Node): boolean {
  const n = strip(node);
  const name = nameOf(context, n);
  const verdicts = verdictsOf(context);
  if (name !== undefined && remember(verdicts.lookAlike, name, isLookAlikeName)) return true;
  // `chainWords(n)` has a bookkeeping word, name by name.
  const chain = strip(n);
  if (chain.type !== "MemberExpression" && chain.type !== "Identifier" && chain.type !== "CallExpression") return false;
  return chainNames(chain).some((segment) => remember(verdicts.bookkeeping, segment, hasBookkeepingWord));
}

function hasBookkeepingWord(name: string): boolean {
  return splitWords(name).some((word) => BOOKKEEPING_WORDS.has(word));
}

/**
 * The secret compared by `left <op> right`, when the comparison is one a timing attack can use;
 * `undefined` for trivial operands, look-alikes and comparisons of the app's own state.
 * Cheap name checks run first: most comparisons in a file never reach the scope lookups.
 */
export function secretComparison(context: AnyContext, left: TSESTree.Node, right: TSESTree.Node): SecretOperand | undefined {
  if (obviouslyTrivial(left) || obviouslyTrivial(right)) return undefined;
  const leftSecret = secretOperand(context, left);
  const rightSecret = leftSecret ? undefined : secretOperand(context, right);
  const secret = leftSecret ?? rightSecret;
  if (!secret) return undefined;
  if (lookAlike(context, left) || lookAlike(context, right)) return undefined;
  const [secretSide, otherSide] = leftSecret ? [left, right] : [right, left];
  // Name checks before the ones that evaluate operands.
  const otherName = nameOf(context, strip(otherSide));
  if (otherName !== undefined && IDENTIFYING_WORDS.has(splitWords(otherName).at(-1) ?? "")) return undefined;
  if (discriminatorCompare(context, secretSide, otherSide)) return undefined;
  if (isTrivialOperand(context, otherSide) || isTrivialOperand(context, secretSide)) return undefined;
  if (sameOrigin(context, left, right)) return undefined;
  return secret;
}
