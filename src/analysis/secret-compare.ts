/**
 * "Is this operand of a comparison a secret whose comparison time matters?" — an HMAC digest or
 * signature computed by the server, an API key, a token, a password hash, a reset or one-time
 * code, read from a name or from the call that produced it. Public values (ids, lengths, types,
 * enum-like strings) and a user's two copies of their own password are not.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { memberName, unwrap, type AnyContext } from "./ast.js";
import { getModuleIndex, RESULT, builderKey, type TrackerConfig } from "./modules.js";
import { isCredentialName, splitWords } from "./names.js";
import { isPasswordName } from "./passwords.js";
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

/** Last words that make the name about the secret rather than the secret: `apiKeyId`, `tokenExpiry`, `signatureAlgorithm`. */
const ABOUT_WORDS = new Set([
  "id",
  "ids",
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
]);

/** Words anywhere in a name that make it a flag or setting about a secret: `ALLOW_CREDENTIALS`, `withCredentials`, `hasToken`. */
const FLAG_WORDS = new Set(["allow", "allowed", "allows", "with", "include", "includes", "use", "uses", "has", "is", "should", "enable", "enabled", "require", "requires", "mode", "policy", "show"]);

export interface SecretOperand {
  /** How the message names it: `"signature"`, `the HMAC digest`, `"req.headers['x-api-key']"`. */
  name: string;
}

function hasPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** True when a name (identifier, property, header) names a secret that must be compared in constant time. */
export function isSecretCompareName(name: string): boolean {
  const words = splitWords(name);
  if (words.length === 0) return false;
  const last = words[words.length - 1];
  if (ABOUT_WORDS.has(last) && !(last === "id" && words.length >= 2 && words[words.length - 2] === "session")) return false;
  if (words.some((word) => FLAG_WORDS.has(word))) return false;
  if (isPasswordName(name)) return true;
  if (words.some((word) => SECRET_WORDS.has(word))) return true;
  if (SECRET_PHRASES.some((phrase) => hasPhrase(words, phrase))) return true;
  return isCredentialName(name);
}

/** `createHmac(alg, key).update(data).digest(enc)`, possibly through a variable holding the HMAC object. */
function isHmacDigest(context: AnyContext, node: TSESTree.Node): boolean {
  const call = unwrap(node);
  if (call.type !== "CallExpression") return false;
  const callee = unwrap(call.callee);
  if (callee.type !== "MemberExpression") return false;
  const method = memberName(callee);
  // `.digest("hex").toString()` / `Buffer.from(digest)` are handled by the caller through `resolveNode`.
  if (method !== "digest") return false;
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

/** The secret a comparison operand carries, if any. */
export function secretOperand(context: AnyContext, node: TSESTree.Node, depth = 0): SecretOperand | undefined {
  if (depth > 3) return undefined;
  const n = unwrap(node);
  if (n.type === "ChainExpression") return secretOperand(context, n.expression, depth + 1);
  if (isHmacDigest(context, n)) return { name: "the HMAC digest" };
  const name = nameOf(context, n);
  if (name !== undefined && isSecretCompareName(name)) return { name: quoted(context.sourceCode.getText(n)) };
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

/**
 * An operand that makes the comparison harmless: `null`, `undefined`, booleans, numbers, the
 * empty string, enum-like words (`"refresh"`, `"Bearer"`), `typeof x`, `x.length`.
 */
export function isTrivialOperand(context: AnyContext, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === "UnaryExpression" && (n.operator === "typeof" || n.operator === "void" || n.operator === "!")) return true;
  if (n.type === "Identifier" && n.name === "undefined") return true;
  if (n.type === "MemberExpression" && (memberName(n) === "length" || memberName(n) === "byteLength")) return true;
  const value = staticValue(context, n);
  if (!value) return false;
  const v = value.value;
  if (v === null || v === undefined || typeof v === "boolean" || typeof v === "number") return true;
  // Enum-like words and header names (`"refresh"`, `"Bearer"`, `"access-control-allow-credentials"`),
  // also when held in a constant whose name sounds secret (`const ALLOW_CREDENTIALS = "…"`).
  return typeof v === "string" && (v.length === 0 || (v.length <= 64 && /^[A-Za-z]+(?:[-_.][A-Za-z0-9]+)*$/u.test(v)));
}
