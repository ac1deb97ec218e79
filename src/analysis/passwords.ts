/**
 * "Is this value a user's password?" — by the words of its name, or by where it comes from
 * (a parameter of `hashPassword(plain)`, a constant initialised from `req.body.password`, a
 * string built from one). Hashing file contents, tokens or ids with a fast digest is fine; only
 * passwords need a slow, salted hash, so the password rules ask here first.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { memberName, unwrap, type AnyContext } from "./ast.js";
import { functionName, variableOf, type FunctionNode } from "./flow.js";
import { splitWords } from "./names.js";
import { resolveNode } from "./values.js";

export const PASSWORD_WORDS: ReadonlySet<string> = new Set(["password", "passwd", "passphrase", "pwd", "pass", "pw", "passcode"]);
/** Every word of `PASSWORD_WORDS` spells one of these, in any case (the tests check). */
const PASSWORD_TEXT = /pass|pw/iu;

/** False when no name of the text can be a password name (`isPasswordName`, `mentionsPassword`): a per-file pre-check. */
export function mayNamePassword(text: string): boolean {
  return PASSWORD_TEXT.test(text);
}

/**
 * Words that turn a password name into something else: its hash or salt, metadata about it
 * (`passwordChangedAt`, `passwordLength`, `hasPassword`), UI (`passwordField`), a reset token
 * (`passwordResetToken` is a random token: a fast hash is the right way to store it).
 */
const NOT_PASSWORD_WORDS = new Set([
  "hash",
  "hashed",
  "digest",
  "salt",
  "token",
  "policy",
  "length",
  "strength",
  "hint",
  "changed",
  "updated",
  "created",
  "at",
  "date",
  "expires",
  "expiry",
  "expired",
  "required",
  "has",
  "is",
  "should",
  "show",
  "visible",
  "field",
  "label",
  "placeholder",
  "input",
  "min",
  "max",
  "count",
  "attempts",
  "rule",
  "rules",
  "regex",
  "pattern",
  "error",
  "errors",
  "match",
  "matches",
  "valid",
  "invalid",
  "type",
  "url",
  "path",
  "route",
  "key",
  "manager",
  "reset",
  "forgot",
  "store",
  "storage",
  "version",
  "algorithm",
  "iterations",
  "rounds",
  "encoder",
  "hasher",
  "compare",
]);

/** True when a name (identifier, property) names a plaintext password. */
export function isPasswordName(name: string): boolean {
  const words = splitWords(name);
  let found = false;
  for (const word of words) {
    if (NOT_PASSWORD_WORDS.has(word)) return false;
    if (PASSWORD_WORDS.has(word)) found = true;
  }
  // "pass" / "pw" alone are too short to trust inside longer names ("passThrough", "bypass").
  if (found && !words.some((word) => word !== "pass" && word !== "pw" && PASSWORD_WORDS.has(word))) {
    return words.length <= 2 && (words[words.length - 1] === "pass" || words[words.length - 1] === "pw");
  }
  return found;
}

/** A function whose name says it hashes a password: `hashPassword`, `encryptPwd`, `password_hash`. */
function isPasswordHashingFunction(fn: FunctionNode): boolean {
  const name = functionName(fn);
  if (!name) return false;
  const words = splitWords(name);
  return words.some((word) => PASSWORD_WORDS.has(word) && word !== "pass" && word !== "pw");
}

export interface PasswordInput {
  /** The name that gave it away (`password`, `req.body.password`, `plain` in `hashPassword`). */
  name: string;
  node: TSESTree.Node;
}

/** Data-shaping calls whose result still carries the password: `Buffer.from(p)`, `p.normalize()`, `encoder.encode(p)`. */
const CARRIERS = new Set(["from", "normalize", "trim", "toString", "encode", "concat", "toLowerCase", "String"]);

/**
 * The password the expression carries, if any: a password-named identifier or member, a constant
 * holding one, a parameter of a password-hashing function, or a string / buffer built from one.
 */
export function passwordIn(context: AnyContext, node: TSESTree.Node, depth = 0): PasswordInput | undefined {
  if (depth > 4) return undefined;
  const n = unwrap(node);
  switch (n.type) {
    case "Identifier": {
      if (isPasswordName(n.name)) return { name: n.name, node: n };
      const resolved = resolveNode(context, n);
      if (resolved !== n) return passwordIn(context, resolved, depth + 1);
      const variable = variableOf(context, n);
      const def = variable?.defs[0];
      if (variable?.defs.length === 1 && def?.type === "Parameter") {
        const fn = def.node as FunctionNode;
        if (isPasswordHashingFunction(fn) && fn.params[0] === def.name) return { name: n.name, node: n };
      }
      return undefined;
    }
    case "MemberExpression": {
      const name = memberName(n);
      if (name !== null && isPasswordName(name)) return { name: context.sourceCode.getText(n), node: n };
      return undefined;
    }
    case "TemplateLiteral":
      for (const expression of n.expressions) {
        const found = passwordIn(context, expression, depth + 1);
        if (found) return found;
      }
      return undefined;
    case "BinaryExpression":
      if (n.operator !== "+") return undefined;
      return passwordIn(context, n.left, depth + 1) ?? passwordIn(context, n.right, depth + 1);
    case "AwaitExpression":
      return passwordIn(context, n.argument, depth + 1);
    case "CallExpression": {
      const callee = unwrap(n.callee);
      const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? memberName(callee) : null;
      if (name === null || !CARRIERS.has(name)) return undefined;
      if (callee.type === "MemberExpression" && name !== "from" && name !== "encode" && name !== "concat") {
        const found = passwordIn(context, callee.object, depth + 1);
        if (found) return found;
      }
      for (const argument of n.arguments) {
        if (argument.type === "SpreadElement") continue;
        const found = passwordIn(context, argument, depth + 1);
        if (found) return found;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** True when a name mentions a password at all (`passwordHash`, `hashedPwd`): used for the names of results. */
export function mentionsPassword(name: string): boolean {
  return splitWords(name).some((word) => PASSWORD_WORDS.has(word) && word !== "pass" && word !== "pw");
}

/**
 * The name a call's result is stored under, through `await`, TypeScript wrappers and trailing
 * method calls: `const passwordHash = (await scrypt(p, s, 64)).toString("hex")` → `passwordHash`;
 * `user.password = hash(...)` → `password`; `{ passwordHash: hash(...) }` → `passwordHash`.
 */
export function resultName(node: TSESTree.Node): string | undefined {
  let current: TSESTree.Node = node;
  for (let depth = 0; depth < 8; depth++) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) break;
    if (
      parent.type === "AwaitExpression" ||
      parent.type === "TSAsExpression" ||
      parent.type === "TSNonNullExpression" ||
      parent.type === "TSSatisfiesExpression" ||
      parent.type === "ChainExpression"
    ) {
      current = parent;
      continue;
    }
    if (parent.type === "MemberExpression" && parent.object === current && parent.parent?.type === "CallExpression" && parent.parent.callee === parent) {
      current = parent.parent;
      continue;
    }
    break;
  }
  const parent = current.parent;
  if (parent?.type === "VariableDeclarator" && parent.init === current && parent.id.type === "Identifier") return parent.id.name;
  if (parent?.type === "AssignmentExpression" && parent.right === current) {
    const left = unwrap(parent.left);
    if (left.type === "Identifier") return left.name;
    if (left.type === "MemberExpression") return memberName(left) ?? undefined;
  }
  if (parent?.type === "Property" && parent.value === current && parent.key.type === "Identifier") return parent.key.name;
  return undefined;
}
