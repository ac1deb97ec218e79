/**
 * Passwords need a slow, salted hash: a fast digest (MD5, SHA-1, SHA-256, HMAC) lets a stolen
 * table be brute-forced at billions of guesses per second, and a slow algorithm with a low work
 * factor is not much better. Fast digests are reported only when what they hash is a password
 * (by name, or by flow: a parameter of `hashPassword`, a result stored as `passwordHash`);
 * bcrypt and Argon2 are password hashes by purpose, so their work factor is always checked.
 *
 * Policy only: which APIs exist, their argument positions and defaults live in src/models/passwords.ts.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { mayNameSecretOrCredential } from "../src/analysis/credential-words.js";
import { argumentAt, argumentsUnknownFrom, unwrap } from "../src/analysis/ast.js";
import { insertArgument, replaceNode } from "../src/analysis/fix.js";
import { enclosingFunctions, functionName } from "../src/analysis/flow.js";
import { mayNamePassword, mentionsPassword, passwordIn, resultName } from "../src/analysis/passwords.js";
import { readOption, resolveNode, staticString, staticValue } from "../src/analysis/values.js";
import { textSearch } from "../src/analysis/text.js";
import {
  BCRYPT_MIN_COST,
  PBKDF2_FLOOR,
  argon2MeetsMinimum,
  argon2Variant,
  digestLabel,
  findPasswordHashCalls,
  mayCallWorkFactorApi,
  pbkdf2Minimum,
  scryptMeetsMinimum,
  streamingFactory,
  webCryptoPbkdf2,
  type Argon2Api,
  type Argon2Parameters,
  type Argon2Variant,
  type PasswordHashCall,
  type ScryptApi,
  type ScryptParameters,
} from "../src/models/passwords.js";

export type Options = [];
export type MessageIds =
  | "fastHash"
  | "bcryptCost"
  | "pbkdf2Iterations"
  | "weakScrypt"
  | "weakArgon2"
  | "argon2Variant"
  | "raiseCost"
  | "raiseIterations"
  | "addScryptOptions"
  | "useArgon2id";

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

/** Parameters that reach the first OWASP scrypt row; 128·N·r = 128 MiB, so `maxmem` must grow too. */
const SCRYPT_SUGGESTION = "{ N: 131072, r: 8, p: 1, maxmem: 256 * 1024 * 1024 }";

const DERIVE_BITS_TEXT = textSearch("deriveBits");
const DERIVE_KEY_TEXT = textSearch("deriveKey");

export default createRule<MessageIds, Options>({
  name: "no-weak-password-hash",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow hashing passwords with fast digests or with work factors below the OWASP Password Storage minimums",
      recommended: "recommended",
      owasp: [
        "passwordStorage#password-hashing-algorithms",
        "passwordStorage#argon2id",
        "passwordStorage#scrypt",
        "passwordStorage#bcrypt",
        "passwordStorage#pbkdf2",
        "passwordStorage#using-work-factors",
        "passwordStorage#salting",
      ],
      cwe: [916, 759],
      asvs: [],
      securitySeverity: 7.5,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      fastHash:
        "Password {{password}} is hashed with {{algorithm}}, a fast digest that stolen hashes are brute-forced with at billions of guesses per second: use Argon2id (or scrypt / bcrypt) with a per-password salt.",
      bcryptCost: "bcrypt cost {{cost}} is below the minimum of {{minimum}}: raise the cost to at least {{minimum}}.",
      pbkdf2Iterations:
        "PBKDF2{{digest}} with {{iterations}} iterations is below the minimum of {{minimum}}: raise the iteration count (or move to Argon2id).",
      weakScrypt:
        "scrypt with N={{cost}}, r={{blockSize}}, p={{parallelism}}{{defaults}} is below the minimum (N=2^17, r=8, p=1, or an equivalent row): pass stronger parameters and raise maxmem to fit them.",
      weakArgon2:
        "Argon2 with memoryCost {{memory}} KiB and timeCost {{time}}{{defaults}} is below the minimum (19456 KiB with 2 passes, or an equivalent row): raise memoryCost / timeCost.",
      argon2Variant:
        "{{variant}} is not the Argon2 variant for passwords (Argon2d leaks through side channels, Argon2i resists GPU cracking less): use Argon2id.",
      raiseCost: "Use cost {{minimum}}.",
      raiseIterations: "Use {{minimum}} iterations.",
      addScryptOptions: "Pass N=2^17, r=8, p=1 with maxmem 256 MiB.",
      useArgon2id: "Use Argon2id.",
    },
    messageReferences: {
      fastHash: { owasp: "passwordStorage#password-hashing-algorithms", cwe: 916 },
      bcryptCost: { owasp: "passwordStorage#bcrypt", cwe: 916 },
      pbkdf2Iterations: { owasp: "passwordStorage#pbkdf2", cwe: 916 },
      weakScrypt: { owasp: "passwordStorage#scrypt", cwe: 916 },
      weakArgon2: { owasp: "passwordStorage#argon2id", cwe: 916 },
      argon2Variant: { owasp: "passwordStorage#argon2id", cwe: 916 },
    },
  },
  defaultOptions: [],
  create(context) {
    // A report needs a password name (`pw`, `pass`, `password`…: credential or secret words) or a
    // password-hashing library or API (bcrypt, argon2, PBKDF2, scrypt, `deriveBits`: secret words).
    if (!mayNameSecretOrCredential(context)) return {};
    // Then this rule's own words: a digest is reported only for a password, and the work-factor
    // APIs (Web Crypto's `deriveBits` / `deriveKey` among them) are named by their libraries and
    // functions. Spares building the module index of every file that imports node:crypto for
    // something else.
    const text = context.sourceCode.text;
    const webCrypto = DERIVE_BITS_TEXT.in(text) || DERIVE_KEY_TEXT.in(text);
    if (!webCrypto && !mayNamePassword(text) && !mayCallWorkFactorApi(text)) return {};
    const listeners: TSESLint.RuleListener = {};
    if (webCrypto) {
      listeners.CallExpression = (node) => {
        const callee = node.callee;
        if (callee.type !== "MemberExpression" || callee.property.type !== "Identifier") return;
        if (callee.property.name === "deriveBits" || callee.property.name === "deriveKey") checkWebCrypto(context, node);
      };
    }
    // The modelled calls come from the module index (cached per file): none when no hashing module is imported.
    const calls = findPasswordHashCalls(context);
    if (calls.length > 0) {
      listeners["Program:exit"] = () => {
        for (const found of calls) check(context, found);
      };
    }
    return listeners;
  },
});

function check(context: Context, found: PasswordHashCall): void {
  const { api, node } = found;
  switch (api.kind) {
    case "digest": {
      const input = argumentAt(node, api.input);
      const password = input ? passwordOf(context, input, node) : undefined;
      if (!password) return;
      const algorithm = typeof api.algorithm === "string" ? api.algorithm : algorithmAt(context, node, api.algorithm.arg);
      context.report({ node, messageId: "fastHash", data: { password, algorithm: digestLabel(algorithm) } });
      return;
    }
    case "streaming-digest": {
      const input = argumentAt(node, 0);
      const password = input ? passwordOf(context, input, node) : undefined;
      if (!password) return;
      const factory = streamingFactory(context, node, (n) => resolveNode(context, n));
      const algorithm = factory ? algorithmAt(context, factory, api.algorithm) : undefined;
      const hmac = factory !== undefined && isHmacFactory(factory);
      context.report({
        node: factory ?? node,
        messageId: "fastHash",
        data: { password, algorithm: digestLabel(algorithm, hmac) },
      });
      return;
    }
    case "bcrypt": {
      const argument = argumentAt(node, api.cost);
      if (!argument) return;
      const cost = staticValue(context, argument)?.value;
      if (typeof cost !== "number" || cost >= BCRYPT_MIN_COST) return;
      const minimum = String(BCRYPT_MIN_COST);
      const suggest: Suggestion[] = isLiteral(argument)
        ? [{ messageId: "raiseCost", data: { minimum }, fix: (fixer) => replaceNode(fixer, argument, minimum) }]
        : [];
      context.report({ node: argument, messageId: "bcryptCost", data: { cost: String(cost), minimum }, suggest });
      return;
    }
    case "pbkdf2": {
      const input = argumentAt(node, api.input);
      if (!input || !passwordOf(context, input, node)) return;
      const iterations = readIterations(context, node, api.iterations);
      if (!iterations) return;
      const digest = typeof api.digest === "number" ? algorithmAt(context, node, api.digest) : hashFunctionName(context, argumentAt(node, api.digest.hashFunction));
      reportPbkdf2(context, iterations.node, iterations.value, digest);
      return;
    }
    case "scrypt":
      checkScrypt(context, api, node);
      return;
    case "argon2":
      checkArgon2(context, api, node);
      return;
  }
}

/** The iteration count of a PBKDF2 call, when it is a known number. */
function readIterations(
  context: Context,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  at: number | { options: number; name: string },
): { node: TSESTree.Node; value: number } | undefined {
  let node: TSESTree.Node | undefined;
  if (typeof at === "number") node = argumentAt(call, at);
  else {
    const options = argumentAt(call, at.options);
    const read = options ? readOption(context, options, at.name) : undefined;
    node = read?.kind === "present" ? read.node : undefined;
  }
  if (!node) return undefined;
  const value = staticValue(context, node)?.value;
  return typeof value === "number" ? { node, value } : undefined;
}

/** `sha256` / `sha512` / `sha1` passed as @noble/hashes' hash function → its digest name. */
function hashFunctionName(context: Context, node: TSESTree.Node | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  const name = n.type === "Identifier" ? n.name : n.type === "MemberExpression" && n.property.type === "Identifier" ? n.property.name : undefined;
  const match = name ? /^sha(1|256|384|512)$/iu.exec(name) : null;
  return match ? `sha${match[1]}` : undefined;
}

function reportPbkdf2(context: Context, argument: TSESTree.Node, iterations: number, digest: string | undefined): void {
  const minimum = digest === undefined ? PBKDF2_FLOOR : pbkdf2Minimum(digest);
  if (minimum === undefined || iterations >= minimum) return;
  const text = String(minimum);
  const suggest: Suggestion[] =
    isLiteral(argument) && digest !== undefined
      ? [{ messageId: "raiseIterations", data: { minimum: formatNumber(minimum) }, fix: (fixer) => replaceNode(fixer, argument, text) }]
      : [];
  context.report({
    node: argument,
    messageId: "pbkdf2Iterations",
    data: { digest: digest ? `-${digestLabel(digest)}` : "", iterations: formatNumber(iterations), minimum: formatNumber(minimum) },
    suggest,
  });
}

/** WebCrypto `subtle.deriveBits({ name: "PBKDF2", iterations, hash }, key, …)` over a password. */
function checkWebCrypto(context: Context, call: TSESTree.CallExpression): void {
  const found = webCryptoPbkdf2(context, call);
  if (!found || found.iterations.kind !== "present") return;
  if (!passwordOf(context, found.keyData ?? found.algorithm, call)) return;
  const value = (found.iterations.value ?? staticValue(context, found.iterations.node))?.value;
  if (typeof value !== "number") return;
  reportPbkdf2(context, found.iterations.node, value, found.digest);
}

function checkScrypt(context: Context, api: ScryptApi, node: TSESTree.CallExpression | TSESTree.NewExpression): void {
  const input = argumentAt(node, api.input);
  if (!input || !passwordOf(context, input, node)) return;
  if (argumentsUnknownFrom(node, 0)) return;
  let options = api.options === undefined ? undefined : argumentAt(node, api.options);
  // `scrypt(password, salt, 64, callback)`: the callback takes the options position.
  if (options && isFunctionLike(context, options)) options = undefined;
  const parameters: Partial<ScryptParameters> = {};
  let usedDefaults = false;
  for (const key of ["cost", "blockSize", "parallelism"] as const) {
    let value: number | undefined;
    if (api.positional) {
      const argument = argumentAt(node, api.positional[key]);
      const known = argument ? staticValue(context, argument)?.value : undefined;
      if (typeof known !== "number") return;
      value = known;
    }
    for (const name of api.optionNames?.[key] ?? []) {
      const read = readOption(context, options, name);
      if (read.kind === "unknown") return;
      if (read.kind !== "present") continue;
      const known = read.value ?? staticValue(context, read.node);
      if (typeof known?.value !== "number") return;
      value = known.value;
    }
    if (value === undefined) {
      // A parameter the library requires is missing: the call throws, nothing to judge.
      if (!api.defaults) return;
      value = api.defaults[key];
      usedDefaults = true;
    }
    parameters[key] = value;
  }
  const full = parameters as ScryptParameters;
  if (scryptMeetsMinimum(full)) return;
  const suggest: Suggestion[] = [];
  if (!options && api.options !== undefined && canInsertOptions(context, node, api.options)) {
    const at = api.options;
    suggest.push({ messageId: "addScryptOptions", fix: (fixer) => insertArgument(context, fixer, node, at, SCRYPT_SUGGESTION) });
  }
  context.report({
    node: api.positional ? (argumentAt(node, api.positional.cost) ?? node) : (options ?? node),
    messageId: "weakScrypt",
    data: {
      cost: String(full.cost),
      blockSize: String(full.blockSize),
      parallelism: String(full.parallelism),
      defaults: usedDefaults ? " (with Node's defaults filled in)" : "",
    },
    suggest,
  });
}

function checkArgon2(context: Context, api: Argon2Api, node: TSESTree.CallExpression | TSESTree.NewExpression): void {
  if (argumentsUnknownFrom(node, 0)) return;
  const options = argumentAt(node, api.options);
  checkArgon2Variant(context, api, node, options);
  const parameters: Partial<Argon2Parameters> = {};
  let usedDefaults = false;
  for (const key of ["memoryKiB", "iterations"] as const) {
    const read = readOption(context, options, api.optionNames[key]);
    if (read.kind === "unknown") return;
    if (read.kind === "absent") {
      if (!api.defaults) return;
      parameters[key] = api.defaults[key];
      usedDefaults = true;
      continue;
    }
    const known = read.value ?? staticValue(context, read.node);
    if (typeof known?.value !== "number") return;
    parameters[key] = known.value;
  }
  const full = parameters as Argon2Parameters;
  if (argon2MeetsMinimum(full)) return;
  context.report({
    node: options ?? node,
    messageId: "weakArgon2",
    data: { memory: String(full.memoryKiB), time: String(full.iterations), defaults: usedDefaults ? " (defaults filled in)" : "" },
  });
}

/** Argon2d / Argon2i picked by the function (`argon2i(...)`) or by `type` / `algorithm`. */
function checkArgon2Variant(context: Context, api: Argon2Api, call: TSESTree.CallExpression | TSESTree.NewExpression, options: TSESTree.Node | undefined): void {
  if (api.variant) {
    if (api.variant !== "argon2id") context.report({ node: call.callee, messageId: "argon2Variant", data: { variant: variantLabel(api.variant) } });
    return;
  }
  if (!api.variantOption || !options) return;
  const read = readOption(context, options, api.variantOption);
  if (read.kind !== "present") return;
  const variant = argon2Variant(context, read.node);
  if (!variant || variant === "argon2id") return;
  const value = unwrap(read.node);
  const suggest: Suggestion[] = [];
  if (value.type === "MemberExpression" && !value.computed && value.property.type === "Identifier") {
    const property = value.property;
    const replacement = property.name.startsWith("A") ? "Argon2id" : "argon2id";
    suggest.push({ messageId: "useArgon2id", fix: (fixer) => replaceNode(fixer, property, replacement) });
  } else if (value.type === "Literal" && typeof value.value === "number") {
    suggest.push({ messageId: "useArgon2id", fix: (fixer) => replaceNode(fixer, value, "2") });
  }
  context.report({ node: read.node, messageId: "argon2Variant", data: { variant: variantLabel(variant) }, suggest });
}

function variantLabel(variant: Argon2Variant): string {
  return variant === "argon2d" ? "Argon2d" : variant === "argon2i" ? "Argon2i" : "Argon2id";
}

/**
 * The password a hashing call takes, as a name for the message: the input names a password, or
 * the result is stored as one (`const passwordHash = …`), or the call sits in a function whose
 * name says it hashes passwords (`hashPassword(plain)`).
 */
function passwordOf(context: Context, input: TSESTree.Node, call: TSESTree.Node): string | undefined {
  const found = passwordIn(context, input);
  if (found) return `"${found.name}"`;
  const stored = resultName(outermostCall(call));
  if (stored && mentionsPassword(stored)) return `stored as "${stored}"`;
  for (const fn of enclosingFunctions(call)) {
    const name = functionName(fn);
    if (name && mentionsPassword(name)) return `in ${name}()`;
  }
  return undefined;
}

/** `createHash(a).update(p).digest("hex")`: the whole chain, whose result gets the name. */
function outermostCall(call: TSESTree.Node): TSESTree.Node {
  let current = call;
  for (let depth = 0; depth < 6; depth++) {
    const parent = current.parent;
    if (parent?.type === "MemberExpression" && parent.object === current && parent.parent?.type === "CallExpression" && parent.parent.callee === parent) {
      current = parent.parent;
      continue;
    }
    break;
  }
  return current;
}

function algorithmAt(context: Context, call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): string | undefined {
  const argument = argumentAt(call, index);
  return argument ? staticString(context, argument) : undefined;
}

function isHmacFactory(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" && callee.property.type === "Identifier" ? callee.property.name : "";
  return name === "createHmac";
}

function isLiteral(node: TSESTree.Node): boolean {
  return unwrap(node).type === "Literal";
}

function isFunctionLike(context: Context, node: TSESTree.Node): boolean {
  const resolved = resolveNode(context, node);
  return resolved.type === "ArrowFunctionExpression" || resolved.type === "FunctionExpression" || resolved.type === "FunctionDeclaration";
}

/** The options slot is free: the call stops right before it, or a callback sits in it. */
function canInsertOptions(context: Context, call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): boolean {
  if (call.arguments.length === index) return true;
  const at = call.arguments[index];
  return call.arguments.length === index + 1 && at !== undefined && at.type !== "SpreadElement" && isFunctionLike(context, at);
}

function formatNumber(value: number): string {
  return value.toLocaleString("en-US");
}
