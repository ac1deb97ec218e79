/**
 * Session ids, tokens, reset codes and API keys are only as strong as the randomness behind them.
 * `Math.random()` is a fast PRNG whose internal state can be recovered from a handful of outputs,
 * timestamps and counters are guessable, uuid v1 is a timestamp plus a MAC address, and a CSPRNG
 * asked for 8 bytes gives 64 bits. Plain `Math.random()` for jitter or colours is not reported:
 * only values that end up as a credential (by name, or through `genid` / a generator function).
 *
 * Policy only: the sources are in src/models/randomness.ts, the secret vocabulary in src/analysis.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { mayNameSecretOrCredential, spellsCredentialWord } from "../src/analysis/credential-words.js";
import { textSearch } from "../src/analysis/text.js";
import { codeText, isFunction, memberName, propertyName, unwrap, walk } from "../src/analysis/ast.js";
import { replaceNode } from "../src/analysis/fix.js";
import { functionName, variableOf } from "../src/analysis/flow.js";
import { splitWords } from "../src/analysis/names.js";
import { isSecretCompareName, isSessionIdName } from "../src/analysis/secret-compare.js";
import { staticString } from "../src/analysis/values.js";
import { counterSource, GLOBAL_SOURCE_METHODS, importsRandomModule, mayCallGlobalSource, weakSource, type WeakSource } from "../src/models/randomness.js";

export type Options = [];
export type MessageIds = "weakId" | "useMinimum";

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/** Options and functions whose return value is a session id. */
const ID_GENERATORS = new Set(["genid", "idGenerator", "generateId", "generateSessionId", "genSessionId", "generateSessionToken"]);
/**
 * The `ID_GENERATORS` that spell no credential word (`genid`, `idGenerator`, `generateId`: the
 * others spell `Session`), searched for in the code of files without a credential or secret word.
 */
const ID_GENERATOR_TEXTS = [...ID_GENERATORS].filter((name) => !spellsCredentialWord(name)).map((name) => textSearch(name));

export default createRule<MessageIds, Options>({
  name: "no-weak-session-id",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow session ids, tokens, reset codes and API keys made from predictable or short random values",
      recommended: "recommended",
      owasp: [
        "session#session-id-entropy",
        "session#session-id-length",
        "session#session-id-content-or-value",
        "cryptoStorage#secure-random-number-generation",
        "cryptoStorage#uuids-and-guids",
      ],
      cwe: [330, 331, 338],
      asvs: ["v5.0.0-7.2.3", "v5.0.0-11.5.1", "v4.0.3-3.2.2", "v4.0.3-3.2.4", "v4.0.3-6.3.1"],
      rfc: ["RFC 6265 §8.4", "draft-ietf-httpbis-rfc6265bis §8.4"],
      securitySeverity: 7.5,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      weakId:
        "{{sink}} is made from {{source}}, which an attacker can predict or brute-force: generate it with crypto.randomBytes(32) or crypto.randomUUID() (at least 128 bits from a CSPRNG).",
      useMinimum: "Use {{minimum}}.",
    },
    messageReferences: {
      weakId: { owasp: "session#session-id-entropy", cwe: 330 },
    },
  },
  defaultOptions: [],
  create(context) {
    // Every report needs a sink named like a secret (`isSecretName`, a cookie named `session`) or an
    // id generator (`ID_GENERATORS`).
    if (!mayNameSecretOrCredential(context) && !ID_GENERATOR_TEXTS.some((search) => search.in(codeText(context)))) return {};
    /** Sink values already reported: one finding per id, however many weak parts it has. */
    const reported = new Set<TSESTree.Node>();
    // Module-based sources (`randomBytes(8)`, uuid `v1()`, `nanoid(10)`) need an imported random module.
    const modules = importsRandomModule(context);
    const report = (source: WeakSource): void => {
      const found = sinkOf(context, source.node, true) ?? callbackSink(context, source.node);
      if (!found || reported.has(found.top) || mixesStrongRandomness(context, found.top, source.node)) return;
      reported.add(found.top);
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      const size = source.size;
      if (size && unwrap(size.node).type === "Literal") {
        const minimum = String(size.minimum);
        suggest.push({ messageId: "useMinimum", data: { minimum }, fix: (fixer) => replaceNode(fixer, size.node, minimum) });
      }
      context.report({ node: source.node, messageId: "weakId", data: { sink: found.sink, source: describe(source) }, suggest });
    };
    const onCall = (node: TSESTree.CallExpression): void => {
      const callee = unwrap(node.callee);
      if (callee.type === "MemberExpression") {
        if (!modules) {
          const name = memberName(callee);
          if (name === null || !GLOBAL_SOURCE_METHODS.has(name)) return;
        }
      } else if (callee.type === "Identifier" || callee.type === "CallExpression") {
        if (!modules) return;
      } else {
        return;
      }
      const source = weakSource(context, node, modules);
      if (source) report(source);
    };
    const onUpdate = (node: TSESTree.UpdateExpression): void => {
      // `i++;` and `for (…; …; i++)`: the value goes nowhere.
      if (node.parent.type === "ExpressionStatement" || node.parent.type === "ForStatement") return;
      const source = counterSource(context, node);
      if (source) report(source);
    };
    // Without a random module, only the globals can be sources: no call needs a look when the
    // text spells none of them. Otherwise a plain node-type listener: `onCall` rules out most calls
    // by their callee's name at once, which costs less than ESLint matching an attribute selector.
    if (!modules && !mayCallGlobalSource(context)) return { UpdateExpression: onUpdate };
    return { CallExpression: onCall, UpdateExpression: onUpdate };
  },
});

function describe(source: WeakSource): string {
  return source.label;
}

/**
 * Names of values that must be unguessable: the secret vocabulary, session ids, nonces, and CSRF
 * tokens (not credentials for the storage rules, but a guessable one defeats the defence).
 */
function isSecretName(name: string): boolean {
  if (isSecretCompareName(name) || isSessionIdName(name)) return true;
  if (!NONCE_HINT.test(name)) return false;
  const words = splitWords(name);
  return words.includes("nonce") || ((words.includes("csrf") || words.includes("xsrf")) && !words.some((word) => word === "header" || word === "name"));
}

const NONCE_HINT = /nonce|[cx]srf/iu;

/** Names of times and durations: `const expiration = Date.now() + ttl` is a timestamp, whatever it is passed to later. */
const TIME_WORDS = new Set(["exp", "expires", "expiry", "expiration", "iat", "nbf", "time", "timestamp", "ts", "now", "date", "created", "updated", "at", "ttl", "age", "deadline", "until", "elapsed", "duration", "delay", "timeout", "started", "ms", "seconds", "epoch"]);

function isTimeName(name: string): boolean {
  return splitWords(name).some((word) => TIME_WORDS.has(word));
}

/**
 * Calls whose result still carries the argument's predictability: conversions (`String(x)`,
 * `Math.floor(x)`, `Buffer.from(x)`), encodings and plain digests (`md5(x)`, `hash.update(x)`,
 * `base64(x)`). Anything else (`encrypt(data, key, exp)`, `jwt.setExpirationTime(exp)`) makes
 * something new out of it: the flow stops there.
 */
const CARRIER_CALLS = new Set([
  "String",
  "Number",
  "BigInt",
  "parseInt",
  "parseFloat",
  "btoa",
  "encodeURIComponent",
  "encodeURI",
  "escape",
  "floor",
  "round",
  "ceil",
  "abs",
  "trunc",
  "from",
  "stringify",
  "update",
  "concat",
  "join",
  "replace",
  "padStart",
  "padEnd",
  "encode",
  "toString",
  "toFixed",
]);
const CARRIER_WORDS = new Set(["hash", "md5", "sha", "sha1", "sha256", "sha512", "digest", "encode", "base64", "b64", "hex", "base36", "base62"]);

function isCarrierCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  const name = callee.type === "MemberExpression" ? memberName(callee) : callee.type === "Identifier" ? callee.name : null;
  if (name === null) return false;
  return CARRIER_CALLS.has(name) || splitWords(name).some((word) => CARRIER_WORDS.has(word));
}

/**
 * Where the value ends up, as message text (`"resetToken"`, `the id returned by genid`), when that
 * is a credential; follows the value through string building and one variable.
 */
function sinkOf(context: Context, start: TSESTree.Node, followVariable: boolean): { sink: string; top: TSESTree.Node } | undefined {
  let current: TSESTree.Node = start;
  const at = (sink: string | undefined): { sink: string; top: TSESTree.Node } | undefined => (sink ? { sink, top: current } : undefined);
  for (let depth = 0; depth < 12; depth++) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return undefined;
    switch (parent.type) {
      case "MemberExpression":
        if (parent.object !== current) return undefined;
        current = parent.parent?.type === "CallExpression" && parent.parent.callee === parent ? parent.parent : parent;
        continue;
      case "CallExpression": {
        if (parent.callee === current) return undefined;
        const cookie = cookieSink(context, parent, current);
        if (cookie) return at(cookie);
        // `Math.floor(x)`, `String(x)`, `md5(x)`: the result carries the value; other calls make something else of it.
        if (!isCarrierCall(parent)) return undefined;
        current = parent;
        continue;
      }
      case "BinaryExpression":
      case "TemplateLiteral":
      case "TSAsExpression":
      case "TSNonNullExpression":
      case "TSSatisfiesExpression":
      case "AwaitExpression":
      case "ChainExpression":
      case "UnaryExpression":
        current = parent;
        continue;
      case "LogicalExpression":
        if (parent.right !== current) return undefined;
        current = parent;
        continue;
      case "ArrayExpression": {
        // `[Date.now(), Math.random()].join("-")`
        const outer = parent.parent;
        if (outer?.type !== "MemberExpression" || memberName(outer) !== "join") return undefined;
        current = parent;
        continue;
      }
      case "VariableDeclarator": {
        if (parent.init !== current || parent.id.type !== "Identifier") return undefined;
        if (isSecretName(parent.id.name)) return at(`"${parent.id.name}"`);
        return followVariable && !isTimeName(parent.id.name) ? throughVariable(context, parent.id) : undefined;
      }
      case "AssignmentExpression": {
        if (parent.right !== current) return undefined;
        const left = unwrap(parent.left);
        const name = left.type === "Identifier" ? left.name : left.type === "MemberExpression" ? memberName(left) : null;
        return at(name !== null && isSecretName(name) ? `"${name}"` : undefined);
      }
      case "Property": {
        if (parent.value !== current) return undefined;
        const name = propertyName(parent);
        return at(name !== null && isSecretName(name) ? `"${name}"` : undefined);
      }
      case "PropertyDefinition": {
        const name = propertyName(parent);
        return at(name !== null && isSecretName(name) ? `"${name}"` : undefined);
      }
      case "ReturnStatement":
        return at(generatorSink(enclosingFunctionOf(parent)));
      case "ArrowFunctionExpression":
        return parent.body === current ? at(generatorSink(parent)) : undefined;
      default:
        return undefined;
    }
  }
  return undefined;
}

/** `randomBytes(8, (err, buf) => { const token = buf.toString("hex"); })`: the bytes arrive in the callback. */
function callbackSink(context: Context, source: TSESTree.Node): { sink: string; top: TSESTree.Node } | undefined {
  if (source.type !== "CallExpression") return undefined;
  const callback = source.arguments.find((argument): argument is TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression => isFunction(argument));
  const bytes = callback?.params[1];
  if (!callback || bytes?.type !== "Identifier") return undefined;
  for (const variable of context.sourceCode.getDeclaredVariables(callback)) {
    if (variable.name !== bytes.name) continue;
    for (const reference of variable.references) {
      if (reference.init || !reference.isRead()) continue;
      const found = sinkOf(context, reference.identifier as TSESTree.Node, true);
      if (found) return found;
    }
  }
  return undefined;
}

/** `const r = Math.random().toString(36); const token = prefix + r;` — one hop through a variable. */
function throughVariable(context: Context, id: TSESTree.Identifier): { sink: string; top: TSESTree.Node } | undefined {
  const variable = variableOf(context, id);
  if (!variable) return undefined;
  let checked = 0;
  for (const reference of variable.references) {
    if (reference.init || !reference.isRead()) continue;
    if (++checked > 10) break;
    const found = sinkOf(context, reference.identifier as TSESTree.Node, false);
    if (found) return found;
  }
  return undefined;
}

/** Callees that add real randomness: `${Date.now()}-${crypto.randomUUID()}` is a fine token. */
const STRONG = /^(?:randomUUID|randomBytes|getRandomValues|nanoid|uuid|uuidv4|v4|v7|createId|cuid2?|ulid|randomString|generateRandomString)$/u;

function mixesStrongRandomness(context: Context, top: TSESTree.Node, weak: TSESTree.Node): boolean {
  let found = false;
  walk(context.sourceCode, top, (n) => {
    if (found || n === weak) return false;
    if (n.type === "CallExpression") {
      const callee = unwrap(n.callee);
      const name = callee.type === "MemberExpression" ? memberName(callee) : callee.type === "Identifier" ? callee.name : null;
      if (name !== null && STRONG.test(name) && !weakSource(context, n)) found = true;
    }
    return !found;
  });
  return found;
}

/** `res.cookie("sid", value)`, `setCookie(c, "session", value)`: a cookie whose name is a credential. */
function cookieSink(context: Context, call: TSESTree.CallExpression, argument: TSESTree.Node): string | undefined {
  const callee = unwrap(call.callee);
  const method = callee.type === "MemberExpression" ? memberName(callee) : callee.type === "Identifier" ? callee.name : null;
  if (method !== "cookie" && method !== "setCookie" && method !== "set") return undefined;
  const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  if (index < 1) return undefined;
  const nameNode = call.arguments[index - 1];
  const name = nameNode && nameNode.type !== "SpreadElement" ? staticString(context, nameNode) : undefined;
  // A cookie named `session` / `connect.sess` holds the session id.
  const named = name !== undefined && (isSecretName(name) || splitWords(name).some((word) => word === "session" || word === "sess"));
  if (!named || (method === "set" && !/cookie/iu.test(context.sourceCode.getText(callee)))) return undefined;
  return `cookie "${name}"`;
}

function enclosingFunctionOf(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  let current = node.parent;
  while (current && !isFunction(current)) current = current.parent;
  return current ?? undefined;
}

/** A function that generates ids: the `genid` / `idGenerator` option, or named like `generateToken`. */
function generatorSink(fn: TSESTree.FunctionLike | undefined): string | undefined {
  if (!fn) return undefined;
  const parent = fn.parent;
  if ((parent?.type === "Property" || parent?.type === "MethodDefinition") && parent.value === fn) {
    const key = propertyName(parent);
    if (key !== null && ID_GENERATORS.has(key)) return `the session id returned by ${key}`;
  }
  const name = functionName(fn);
  if (name && (ID_GENERATORS.has(name) || isSecretName(name))) return `the value returned by ${name}()`;
  return undefined;
}
