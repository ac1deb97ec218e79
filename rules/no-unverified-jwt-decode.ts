/**
 * A decoded JWT is only base64: until the signature is checked, every claim in it is whatever
 * the sender wrote. This rule follows the result of a decode call (or a hand-written
 * `JSON.parse(atob(token.split(".")[1]))`) through the function and reports it when a claim
 * decides an access check or becomes the request identity, unless the same token is verified
 * nearby. Reading time claims, picking a `kid` from the header, OIDC `id_token`s from the token
 * endpoint, logging, display, and UI gating in React code are left alone.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { contains, memberName, unwrap, walk } from "../src/analysis/ast.js";
import {
  callSitesOf,
  chainNames,
  enclosingFunctions,
  findManualJwtDecodes,
  functionName,
  isParameterRooted,
  isParseCall,
  isUiComponentCode,
  mayHaveManualJwtDecode,
  memberOrigin,
  parameterIndex,
  readsBrowserStorage,
  sameValue,
  traceValue,
  type FunctionNode,
} from "../src/analysis/flow.js";
import { isIdentityName, splitWords } from "../src/analysis/names.js";
import { resolveNode, staticValue } from "../src/analysis/values.js";
import { JOSE_HEADER_PARAMETERS, JWT_TIME_CLAIMS, findJwtCalls, mayUseJwtLibrary, readLocation, type JwtCall } from "../src/models/jwt.js";

export type Options = [];
export type MessageIds = "unverifiedDecode" | "manualDecode";

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
type Shape = "claims" | "header" | "complete";

const USES = {
  access: "an access check",
  identity: "the request identity",
  authentication: "an authentication result",
} as const;

type UseName = keyof typeof USES;

/** What a decoded value is used for, and the first claim involved ("all claims" for the whole payload). */
interface Finding {
  use: UseName;
  claim: string;
}

/** Words in a callee name that say it checks a token: `verifyIdToken`, `validateToken`, `authenticate`. */
const VERIFY_WORDS = new Set(["verify", "validate", "authenticate", "introspect"]);

/** Words in a route middleware's name that say it authenticates the request: `verifyToken`, `requireAuth`, `checkJwt`, `passport.authenticate(...)`. */
const MIDDLEWARE_WORDS = new Set(["verify", "authenticate", "authenticated", "auth", "jwt"]);

/** Words that, starting a function name, promise the caller an authenticated result. */
const AUTH_VERBS = new Set(["verify", "validate", "authenticate", "authorize", "authorise"]);

/** Names in a member chain that mean the value comes from the incoming request, not from a token endpoint. */
const REQUEST_WORDS = new Set(["req", "request", "headers", "header", "query", "body", "cookies", "cookie", "params", "search", "form", "location", "hash"]);

const ID_TOKEN_NAMES = new Set(["id_token", "idToken", "IdToken"]);

const WHOLE = "all claims";

/** What the file tells about verification, gathered once. */
interface Verification {
  /** Verify calls with a token argument (jwt-simple with noVerify excluded). */
  verifiers: readonly JwtCall[];
  /** Calls whose result is a token this code issued or verified. */
  issued: ReadonlySet<TSESTree.Node>;
  /** Calls that create a verifying middleware or strategy (express-jwt, koa-jwt, passport-jwt, hono `jwt()`). */
  middleware: ReadonlySet<TSESTree.Node>;
}

interface Source {
  /** Where to report. */
  report: TSESTree.Node;
  messageId: MessageIds;
  /** The expression whose value is the decoded object. */
  value: TSESTree.Node;
  token: TSESTree.Node | undefined;
  shape: Shape;
}

export default createRule<MessageIds, Options>({
  name: "no-unverified-jwt-decode",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow trusting JWT claims that were decoded without verifying the signature",
      recommended: "recommended",
      owasp: ["rest#jwt", "jwt#token-structure"],
      cwe: [347, 345],
      asvs: ["v5.0.0-9.1.1", "v4.0.3-3.5.3"],
      rfc: ["RFC 7519 §7.2", "RFC 8725 §3.3", "RFC 8725 §3.10"],
      securitySeverity: 8.1,
    },
    schema: [],
    messages: {
      unverifiedDecode:
        "Claims decoded without checking the signature ({{claim}}) are used for {{use}}, so anyone can forge them: verify the token (e.g. jwt.verify(token, key, { algorithms })) before trusting it.",
      manualDecode:
        "Claims parsed by hand from the token ({{claim}}) are used for {{use}} without checking the signature, so anyone can forge them: verify the token with a JWT library (e.g. jwt.verify(token, key, { algorithms })) instead of parsing it.",
    },
  },
  defaultOptions: [],
  create(context) {
    const byHand = mayHaveManualJwtDecode(context.sourceCode.text);
    const library = mayUseJwtLibrary(context);
    // Nothing to check in a file that names no JWT library and cannot hold a hand-written decode.
    if (!byHand && !library) return {};
    /** `x.parse(...)` calls, candidates for a hand-written decode, in traversal order. */
    const parseCalls: TSESTree.CallExpression[] = [];
    const listener: TSESLint.RuleListener = {
      "Program:exit"() {
        const sources: Source[] = [];
        for (const jwtCall of library ? findJwtCalls(context, (api) => api.operation === "decode" && !api.returnsWorker) : []) {
          const shape = decodeShape(context, jwtCall);
          if (!shape) continue;
          const token = jwtCall.api.token ? readLocation(context, jwtCall, jwtCall.api.token) : undefined;
          sources.push({
            report: jwtCall.call.callee,
            messageId: "unverifiedDecode",
            value: jwtCall.call.node,
            token: token?.kind === "present" ? token.node : undefined,
            shape,
          });
        }
        for (const manual of byHand ? findManualJwtDecodes(context, parseCalls) : []) {
          sources.push({
            report: manual.call.callee,
            messageId: "manualDecode",
            value: manual.call,
            token: manual.token,
            shape: manual.part === "header" ? "header" : "claims",
          });
        }

        if (sources.length === 0) return;

        const verifiers = library ? findJwtCalls(context, (api) => api.operation === "verify") : [];
        const verification: Verification = {
          verifiers: verifiers.filter((verifier) => verifier.api.token && !disablesVerification(context, verifier)),
          middleware: new Set(verifiers.filter((verifier) => verifier.api.verifiesRequests).map((verifier) => verifier.call.node)),
          issued: new Set(
            (library ? findJwtCalls(context, (api) => api.operation === "sign" || api.operation === "verify") : []).map((jwtCall) => jwtCall.call.node),
          ),
        };

        const reported = new Set<TSESTree.Node>();
        for (const source of sources) {
          if (!source.token || reported.has(source.report)) continue;
          const finding = classify(context, source, source.value, source.token, verification, true);
          if (!finding) continue;
          reported.add(source.report);
          context.report({
            node: source.report,
            messageId: source.messageId,
            data: { claim: finding.claim, use: USES[finding.use] },
          });
        }
      },
    };
    if (byHand) {
      listener.CallExpression = (node) => {
        if (isParseCall(node)) parseCalls.push(node);
      };
    }
    return listener;
  },
});

/** What the decode call returns, or undefined when an option makes it unknowable. */
function decodeShape(context: Context, jwtCall: JwtCall): Shape | undefined {
  const api = jwtCall.api;
  let shape: Shape = api.decodes ?? "claims";
  for (const [location, when] of [
    [api.headerOption, "header"],
    [api.completeOption, "complete"],
  ] as const) {
    if (!location) continue;
    const found = readLocation(context, jwtCall, location);
    if (found.kind === "unknown") return when === "header" ? undefined : shape;
    if (found.kind !== "present") continue;
    const value = found.value ?? staticValue(context, found.node);
    if (!value) return when === "header" ? undefined : shape;
    if (value.value) shape = when;
  }
  return shape;
}

/** jwt-simple `decode(token, key, noVerify)` with a flag that is not known to be false. */
function disablesVerification(context: Context, verifier: JwtCall): boolean {
  const location = verifier.api.noVerify;
  if (!location) return false;
  const found = readLocation(context, verifier, location);
  if (found.kind === "absent") return false;
  if (found.kind === "unknown") return true;
  const value = found.value ?? staticValue(context, found.node);
  return !value || !!value.value;
}

/** A token this code just issued or verified, or an OIDC ID token read from a token-endpoint response. */
function isTrustedToken(context: Context, token: TSESTree.Node, issued: ReadonlySet<TSESTree.Node>): boolean {
  let resolved = resolveNode(context, token);
  while (resolved.type === "AwaitExpression") resolved = unwrap(resolved.argument);
  if (issued.has(resolved)) return true;
  const origin = memberOrigin(context, token);
  if (!origin || !ID_TOKEN_NAMES.has(origin.property)) return false;
  const names = chainNames(origin.object);
  return !names.some((name) => splitWords(name).some((word) => REQUEST_WORDS.has(word)));
}

/**
 * The same token is verified in the function that decodes it, or in a function around it: by a
 * modelled verify API, or by a call named like a verifier that receives it (Firebase
 * `verifyIdToken(token)`, `client.verifyIdToken({ idToken: token })`, a local `verifyLocal(token)`).
 */
function isVerifiedNear(context: Context, verification: Verification, at: TSESTree.Node, token: TSESTree.Node): boolean {
  const scopes: TSESTree.Node[] = enclosingFunctions(at);
  if (scopes.length === 0) scopes.push(context.sourceCode.ast);
  for (const verifier of verification.verifiers) {
    if (!scopes.some((scope) => contains(scope, verifier.call.node))) continue;
    const verified = verifier.api.token ? readLocation(context, verifier, verifier.api.token) : undefined;
    if (verified?.kind === "present" && sameValue(context, verified.node, token)) return true;
  }
  let found = false;
  walk(context.sourceCode, scopes[scopes.length - 1], (node) => {
    if (found) return false;
    if (node.type === "CallExpression" && isVerifierName(node.callee) && node.arguments.some((argument) => carries(context, argument, token))) {
      found = true;
    }
    return !found;
  });
  return found;
}

const ROUTE_RECEIVER_METHODS = new Set(["use", "get", "post", "put", "patch", "delete", "all", "options", "head", "route", "on"]);

/**
 * The decoding function is a route handler registered behind a verifying middleware:
 * `app.get("/x", expressjwt({...}), handler)`, `router.post("/x", passport.authenticate("jwt"), handler)`,
 * `app.get("/x", verifyToken, handler)`, or `app.use(expressjwt({...}))` on the same receiver.
 */
function isBehindVerifyingMiddleware(context: Context, verification: Verification, at: TSESTree.Node): boolean {
  for (const fn of enclosingFunctions(at)) {
    const call = fn.parent;
    if (call?.type !== "CallExpression" || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) continue;
    const callee = unwrap(call.callee);
    if (callee.type !== "MemberExpression" || !ROUTE_RECEIVER_METHODS.has(memberName(callee) ?? "")) continue;
    const before = call.arguments.slice(0, call.arguments.indexOf(fn as TSESTree.CallExpressionArgument));
    if (before.some((argument) => isVerifyingMiddleware(context, verification, argument))) return true;
    // `app.use(verifier)` anywhere in the file on the same receiver
    const receiver = callee.object;
    let mounted = false;
    walk(context.sourceCode, context.sourceCode.ast, (node) => {
      if (mounted) return false;
      if (node.type !== "CallExpression") return true;
      const target = unwrap(node.callee);
      if (target.type === "MemberExpression" && memberName(target) === "use" && sameValue(context, target.object, receiver)) {
        mounted = node.arguments.some((argument) => isVerifyingMiddleware(context, verification, argument));
      }
      return !mounted;
    });
    if (mounted) return true;
  }
  return false;
}

/** A verifying middleware: a modelled one (also through a constant), or a value named like a verifier. */
function isVerifyingMiddleware(context: Context, verification: Verification, argument: TSESTree.Node): boolean {
  if (argument.type === "SpreadElement") return false;
  const resolved = resolveNode(context, argument);
  if (verification.middleware.has(resolved)) return true;
  if (resolved.type === "CallExpression") return hasNameWord(resolved.callee, MIDDLEWARE_WORDS);
  const name = unwrap(argument);
  return (name.type === "Identifier" || name.type === "MemberExpression") && hasNameWord(name, MIDDLEWARE_WORDS);
}

function isVerifierName(callee: TSESTree.Node): boolean {
  return hasNameWord(callee, VERIFY_WORDS);
}

/** The identifier or last property name of `node` contains one of `words`. */
function hasNameWord(node: TSESTree.Node, words: ReadonlySet<string>): boolean {
  const target = unwrap(node);
  const name = target.type === "Identifier" ? target.name : target.type === "MemberExpression" ? memberName(target) : null;
  return name !== null && splitWords(name).some((word) => words.has(word));
}

/** The argument is the token, or an object literal with the token as a property value. */
function carries(context: Context, argument: TSESTree.Node, token: TSESTree.Node): boolean {
  const value = unwrap(argument);
  if (value.type === "SpreadElement") return false;
  if (value.type === "ObjectExpression") {
    return value.properties.some((property) => property.type === "Property" && sameValue(context, property.value, token));
  }
  return sameValue(context, value, token);
}

/**
 * The claim a path reads from the decoded value: `undefined` when it is not a claim (a header
 * parameter, the signature), `""` for the whole payload.
 */
function claimOf(path: readonly string[], shape: Shape): string | undefined {
  if (shape === "header") {
    // Only non-standard header fields can carry claims (replicated `iss`, `sub`, ...).
    if (path.length === 0) return undefined;
    return JOSE_HEADER_PARAMETERS.has(path[0]) ? undefined : path[0];
  }
  if (shape === "complete" || path.length > 1) {
    if (path[0] === "payload") return claimOf(path.slice(1), "claims");
    if (path[0] === "header") return claimOf(path.slice(1), "header");
    if (shape === "complete") return path.length === 0 ? "" : undefined;
  }
  return path[0] ?? "";
}

/** `req.user`, `res.locals.user`, `ctx.state.user`, `request["userId"]`: a property of a request-like parameter. */
function isIdentitySlot(context: Context, target: TSESTree.Node | undefined): boolean {
  if (!target || target.type !== "MemberExpression") return false;
  const name = memberName(target);
  return name !== null && isIdentityName(name) && unwrap(target.object).type !== "ThisExpression" && isParameterRooted(context, target.object);
}

function promisesAuthentication(fn: FunctionNode | undefined): boolean {
  const name = fn ? functionName(fn) : undefined;
  const first = name ? splitWords(name)[0] : undefined;
  return first !== undefined && AUTH_VERBS.has(first);
}

/**
 * The first use of the decoded value that decides access or identity, unless the token is
 * trusted or verified nearby. With `followHelpers`, a decode returned from a local helper
 * (`function parseJwt(token) { return decode(token) }`) is followed once into its callers.
 */
function classify(
  context: Context,
  source: Source,
  value: TSESTree.Node,
  token: TSESTree.Node,
  verification: Verification,
  followHelpers: boolean,
): Finding | undefined {
  if (isTrustedToken(context, token, verification.issued)) return undefined;
  if (isVerifiedNear(context, verification, value, token)) return undefined;
  if (isBehindVerifyingMiddleware(context, verification, value)) return undefined;
  // Browser code: a React component or hook, a .tsx/.jsx file, or a token from browser storage.
  const ui = isUiComponentCode(context, value) || readsBrowserStorage(context, token);
  for (const use of traceValue(context, value)) {
    const claim = claimOf(use.path, source.shape);
    if (claim === undefined || JWT_TIME_CLAIMS.has(claim)) continue;
    switch (use.kind) {
      case "condition":
        if (!ui && claim !== "") return { use: "access", claim };
        break;
      case "assigned":
        if (isIdentitySlot(context, use.target)) return { use: "identity", claim: claim || WHOLE };
        break;
      case "returned": {
        if (use.derived || claim !== "" || ui) break;
        if (promisesAuthentication(use.fn)) return { use: "authentication", claim: WHOLE };
        if (!followHelpers || !use.fn) break;
        const index = parameterIndex(context, use.fn, token);
        if (index === undefined) break;
        for (const call of callSitesOf(context, use.fn)) {
          const argument = call.arguments[index];
          if (!argument || argument.type === "SpreadElement") continue;
          const found = classify(context, source, call, argument, verification, false);
          if (found) return found;
        }
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}
