/**
 * What a secret-holding expression is made of: "is this key written in the source?"
 *
 * `classifySecret` starts at the expression a library receives as its key and follows it
 * through constants, TypeScript wrappers, `await`, member paths of constant objects, string
 * building (`"a" + "b"`, templates without dynamic parts), the key wrappers of the platform
 * (`Buffer.from(x[, enc])`, `Uint8Array.from([...])`, `new TextEncoder().encode(x)`,
 * `String(x)`) and of the libraries the caller models (node `createSecretKey`, jose
 * `importJWK`), conditionals and arrays. It returns the parts that matter for a review:
 *
 * - `literal`: a secret written in the source (the narrowest node holding it);
 * - `fallback`: a literal used when a configuration read is missing (`process.env.X || "dev"`,
 *   `const { X = "dev" } = process.env`);
 * - `privateKey`: a private key written in the source (PEM `PRIVATE KEY`, a JWK with `d`);
 * - `random`: a key generated at run time, with its size in bytes (`randomBytes(16)`).
 *
 * Public keys, certificates, empty strings and values it cannot determine produce nothing.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { memberName, staticKeyName, unwrap, type AnyContext, type Node } from "./ast.js";
import { type TrackerConfig } from "./modules.js";
import { moduleIndexOf } from "./module-gate.js";
import { isPem, isPemPrivateKey, looksLikeJwt, splitWords } from "./names.js";
import { resolveNode, staticValue } from "./values.js";
import { isGlobal, isGlobalMember, isGlobalRef, variableOf } from "./flow.js";

export type SecretValue =
  /** A secret written in the source; `node` is the narrowest expression that holds it. */
  | { readonly kind: "literal"; readonly node: Node; readonly value: string | readonly number[] }
  /**
   * A literal used when a configuration read is missing. `whole` is the expression (or the
   * destructuring default) that falls back, `kept` the part that reads the configuration
   * (replacing `whole` by `kept` removes the fallback), `source` the text of that read.
   */
  | { readonly kind: "fallback"; readonly node: Node; readonly whole: Node; readonly kept: Node; readonly source: string }
  /** A private key in the source: a PEM `PRIVATE KEY` block or a JWK with its private part `d`. */
  | { readonly kind: "privateKey"; readonly node: Node }
  /** A key generated at run time, `bytes` long (of random data). */
  | { readonly kind: "random"; readonly node: Node; readonly bytes: number };

/** A library call that returns a key made from one of its arguments (`createSecretKey(x)`, `importJWK(jwk)`). */
export interface KeyWrapper {
  readonly module: string;
  readonly path: readonly string[];
  readonly arg: number;
}

/** A library call that generates random key material; `bytes` reads its size from the call. */
export interface RandomSource {
  readonly module: string;
  readonly path: readonly string[];
  readonly bytes: (context: AnyContext, call: TSESTree.CallExpression) => number | undefined;
}

/** The library knowledge `classifySecret` needs (see `src/models/secrets.ts`). */
export interface SecretValueModel {
  /** Tracker for the wrappers' and random sources' modules (a module constant). */
  readonly tracker: TrackerConfig;
  readonly wrappers: readonly KeyWrapper[];
  readonly randoms: readonly RandomSource[];
}

const EMPTY_MODEL: SecretValueModel = { tracker: { modules: new Set() }, wrappers: [], randoms: [] };

const MAX_DEPTH = 10;

/** Properties of a key object that hold key material (jsonwebtoken `{ key, passphrase }`, @fastify/jwt `{ private }`). */
const KEY_OBJECT_PROPERTIES = new Set(["key", "passphrase", "private", "privatekey", "secret", "password"]);

/** Every part of the expression that a reviewer would call hard-coded, fallback, private or generated key material. */
export function classifySecret(context: AnyContext, node: Node, model: SecretValueModel = EMPTY_MODEL): SecretValue[] {
  const out: SecretValue[] = [];
  classify(context, node, model, out, 0);
  return out;
}

function classify(context: AnyContext, node: Node, model: SecretValueModel, out: SecretValue[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  const start = unwrap(node);
  if (start.type === "Identifier") {
    const fallback = destructuredEnvDefault(context, start);
    if (fallback) {
      pushFallback(context, model, out, depth, fallback);
      return;
    }
  }
  const resolved = resolveNode(context, start);
  switch (resolved.type) {
    case "Literal":
    case "TemplateLiteral":
    case "BinaryExpression": {
      if (resolved.type === "TemplateLiteral" && resolved.expressions.length === 1 && resolved.quasis.every((q) => q.value.cooked === "")) {
        classify(context, resolved.expressions[0], model, out, depth + 1);
        return;
      }
      if (resolved.type === "BinaryExpression" && resolved.operator !== "+") return;
      const value = staticValue(context, resolved);
      if (value && typeof value.value === "string") pushString(out, resolved, value.value);
      return;
    }
    case "AwaitExpression":
      classify(context, resolved.argument, model, out, depth + 1);
      return;
    case "ChainExpression":
      classify(context, resolved.expression, model, out, depth + 1);
      return;
    case "LogicalExpression": {
      if (resolved.operator !== "||" && resolved.operator !== "??") return;
      pushFallback(context, model, out, depth, {
        whole: resolved,
        kept: resolved.left,
        source: context.sourceCode.getText(resolved.left),
        fallback: resolved.right,
      });
      return;
    }
    case "ConditionalExpression":
      classify(context, resolved.consequent, model, out, depth + 1);
      classify(context, resolved.alternate, model, out, depth + 1);
      return;
    case "ArrayExpression":
      for (const element of resolved.elements) {
        if (element && element.type !== "SpreadElement") classify(context, element, model, out, depth + 1);
      }
      return;
    case "ObjectExpression":
      classifyObject(context, resolved, model, out, depth);
      return;
    case "CallExpression":
    case "NewExpression":
      classifyCall(context, resolved, model, out, depth);
      return;
    default:
      return;
  }
}

function pushString(out: SecretValue[], node: Node, value: string): void {
  if (value === "") return;
  if (isPem(value)) {
    // Public keys and certificates are meant to be published.
    if (isPemPrivateKey(value)) out.push({ kind: "privateKey", node });
    return;
  }
  out.push({ kind: "literal", node, value });
}

/** A fallback before classification: see `SecretValue` `fallback`; `fallback` is the expression used when the read is missing. */
export interface FallbackShape {
  whole: Node;
  kept: Node;
  source: string;
  fallback: Node;
}

function pushFallback(context: AnyContext, model: SecretValueModel, out: SecretValue[], depth: number, shape: FallbackShape): void {
  const inner: SecretValue[] = [];
  classify(context, shape.fallback, model, inner, depth + 1);
  for (const part of inner) {
    out.push(part.kind === "literal" ? { kind: "fallback", node: part.node, whole: shape.whole, kept: shape.kept, source: shape.source } : part);
  }
}

/** `{ kty: "oct", k }` (a secret), `{ kty: "RSA", d, ... }` (a private key), or a key object / password map. */
function classifyObject(context: AnyContext, object: TSESTree.ObjectExpression, model: SecretValueModel, out: SecretValue[], depth: number): void {
  const properties = new Map<string, TSESTree.Property>();
  for (const property of object.properties) {
    if (property.type !== "Property" || property.kind !== "init" || property.method) continue;
    const name = staticKeyName(property.key, property.computed);
    if (name !== null) properties.set(name, property);
  }
  const kty = properties.get("kty");
  if (kty) {
    const type = staticValue(context, kty.value);
    if (!type || typeof type.value !== "string") return;
    if (type.value === "oct") {
      const k = properties.get("k");
      if (k) classify(context, k.value, model, out, depth + 1);
      return;
    }
    const d = properties.get("d");
    if (d) {
      const value = staticValue(context, d.value);
      if (value && typeof value.value === "string" && value.value !== "") out.push({ kind: "privateKey", node: resolveNode(context, d.value) });
    }
    return;
  }
  for (const [name, property] of properties) {
    // iron-session password maps `{ 1: "...", 2: "..." }` and key objects; never `public*`, `format`, `type`, ...
    if (!/^\d+$/u.test(name) && !KEY_OBJECT_PROPERTIES.has(name.toLowerCase())) continue;
    classify(context, property.value, model, out, depth + 1);
  }
}

function classifyCall(
  context: AnyContext,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  model: SecretValueModel,
  out: SecretValue[],
  depth: number,
): void {
  const callee = unwrap(call.callee);
  const first = call.arguments[0] && call.arguments[0].type !== "SpreadElement" ? call.arguments[0] : undefined;

  if (call.type === "CallExpression") {
    // Platform wrappers: Buffer.from(x[, enc]), Uint8Array.from([...]), String(x), new TextEncoder().encode(x).
    if (isGlobalMember(context, callee, "Buffer", "from") || isGlobalMember(context, callee, "Uint8Array", "from")) {
      if (first) classifyBytes(context, first, model, out, depth);
      return;
    }
    if (callee.type === "Identifier" && callee.name === "String" && isGlobal(context, callee)) {
      if (first) classify(context, first, model, out, depth + 1);
      return;
    }
    if (callee.type === "MemberExpression" && memberName(callee) === "encode" && isTextEncoder(context, callee.object)) {
      if (first) classify(context, first, model, out, depth + 1);
      return;
    }
    // `randomBytes(32).toString("hex")`, `Buffer.from("x").toString("base64")`: same key material.
    if (callee.type === "MemberExpression" && memberName(callee) === "toString") {
      classify(context, callee.object, model, out, depth + 1);
      return;
    }
    // Web Crypto: crypto.getRandomValues(new Uint8Array(n)), crypto.randomUUID().
    if (isGlobalMember(context, callee, "crypto", "getRandomValues")) {
      const bytes = first ? typedArrayLength(context, first) : undefined;
      if (bytes !== undefined) out.push({ kind: "random", node: call, bytes });
      return;
    }
    if (isGlobalMember(context, callee, "crypto", "randomUUID")) {
      out.push({ kind: "random", node: call, bytes: 16 });
      return;
    }
  } else if (isGlobalRef(context, callee, "Uint8Array")) {
    if (first) classifyBytes(context, first, model, out, depth, true);
    return;
  }

  if (model.wrappers.length === 0 && model.randoms.length === 0) return;
  const target = moduleIndexOf(context, model.tracker).resolve(call.callee);
  if (!target || call.type !== "CallExpression") return;
  for (const wrapper of model.wrappers) {
    if (wrapper.module !== target.module || !samePath(wrapper.path, target.path)) continue;
    const argument = call.arguments[wrapper.arg];
    if (argument && argument.type !== "SpreadElement") classifyBytes(context, argument, model, out, depth);
    return;
  }
  for (const source of model.randoms) {
    if (source.module !== target.module || !samePath(source.path, target.path)) continue;
    const bytes = source.bytes(context, call);
    if (bytes !== undefined) out.push({ kind: "random", node: call, bytes });
    return;
  }
}

/** Key bytes: a string, or an array of numbers (`Buffer.from([1, 2, 3])`). `new Uint8Array(n)` (zeros, usually filled later) is not a literal. */
function classifyBytes(context: AnyContext, node: Node, model: SecretValueModel, out: SecretValue[], depth: number, constructed = false): void {
  const resolved = resolveNode(context, node);
  if (resolved.type === "ArrayExpression") {
    const value = staticValue(context, resolved);
    if (value && Array.isArray(value.value) && value.value.length > 0 && value.value.every((item) => typeof item === "number")) {
      out.push({ kind: "literal", node: resolved, value: value.value as number[] });
    }
    return;
  }
  if (constructed) return;
  classify(context, node, model, out, depth + 1);
}

/** The length of `new Uint8Array(n)` (also `Uint16Array` / `Uint32Array`, in bytes). */
function typedArrayLength(context: AnyContext, node: Node): number | undefined {
  const resolved = resolveNode(context, node);
  if (resolved.type !== "NewExpression") return undefined;
  const sizes: Record<string, number> = { Uint8Array: 1, Int8Array: 1, Uint16Array: 2, Int16Array: 2, Uint32Array: 4, Int32Array: 4 };
  const callee = unwrap(resolved.callee);
  if (callee.type !== "Identifier" || !(callee.name in sizes) || !isGlobal(context, callee)) return undefined;
  const argument = resolved.arguments[0];
  if (!argument || argument.type === "SpreadElement") return undefined;
  const value = staticValue(context, argument);
  return typeof value?.value === "number" ? value.value * sizes[callee.name] : undefined;
}

function isTextEncoder(context: AnyContext, node: Node): boolean {
  const resolved = resolveNode(context, node);
  return resolved.type === "NewExpression" && isGlobalRef(context, resolved.callee, "TextEncoder");
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}





// ---------------------------------------------------------------------------------------------
// Environment reads

/** Modules whose export `env` is the process environment (SvelteKit's dynamic env, node:process). */
const ENV_MODULES = new Set(["$env/dynamic/private", "$env/dynamic/public", "process", "node:process"]);

export interface EnvRead {
  /** The variable name, `JWT_SECRET`. */
  readonly name: string;
}

/**
 * A read of one environment variable: `process.env.X`, `process.env["X"]`, `import.meta.env.X`,
 * `Bun.env.X`, `Deno.env.get("X")`, `env.X` with `env` from `$env/dynamic/private` or a constant
 * holding `process.env`.
 */
export function envRead(context: AnyContext, node: Node): EnvRead | undefined {
  let current = unwrap(node);
  if (current.type === "ChainExpression") current = unwrap(current.expression);
  if (current.type === "MemberExpression") {
    const name = memberName(current);
    if (name === null || !isEnvObject(context, current.object)) return undefined;
    return { name };
  }
  if (current.type === "CallExpression") {
    const callee = unwrap(current.callee);
    if (callee.type !== "MemberExpression" || memberName(callee) !== "get") return undefined;
    const owner = unwrap(callee.object);
    if (owner.type !== "MemberExpression" || memberName(owner) !== "env" || !isGlobalRef(context, owner.object, "Deno")) return undefined;
    const argument = current.arguments[0];
    if (!argument || argument.type === "SpreadElement") return undefined;
    const value = staticValue(context, argument);
    return typeof value?.value === "string" ? { name: value.value } : undefined;
  }
  return undefined;
}

/** `process.env`, `import.meta.env`, `Bun.env`, or a binding of one of them. */
export function isEnvObject(context: AnyContext, node: Node): boolean {
  const start = unwrap(node);
  if (start.type === "Identifier" && isImportedEnv(context, start)) return true;
  const resolved = resolveNode(context, start);
  if (resolved.type === "Identifier") return isImportedEnv(context, resolved);
  if (resolved.type !== "MemberExpression" || memberName(resolved) !== "env") return false;
  const owner = unwrap(resolved.object);
  if (owner.type === "MetaProperty") return owner.meta.name === "import" && owner.property.name === "meta";
  if (owner.type !== "Identifier") return false;
  if (owner.name === "Bun") return isGlobal(context, owner);
  if (owner.name !== "process") return false;
  const variable = variableOf(context, owner);
  if (!variable || variable.defs.length === 0) return true;
  // `import process from "node:process"`
  const def = variable.defs[0];
  return def.type === "ImportBinding" && def.parent?.type === "ImportDeclaration" && ENV_MODULES.has(String(def.parent.source.value));
}

function isImportedEnv(context: AnyContext, identifier: TSESTree.Identifier): boolean {
  const variable = variableOf(context, identifier);
  const def = variable?.defs[0];
  if (!def || def.type !== "ImportBinding" || def.node.type !== "ImportSpecifier") return false;
  const imported = def.node.imported;
  const name = imported.type === "Identifier" ? imported.name : String(imported.value);
  return name === "env" && def.parent?.type === "ImportDeclaration" && ENV_MODULES.has(String(def.parent.source.value));
}

/** A read of environment variables chained with `||` / `??` (`process.env.A || process.env.B`): their names. */
export function envReadChain(context: AnyContext, node: Node): string[] | undefined {
  const current = unwrap(node);
  if (current.type === "LogicalExpression" && (current.operator === "||" || current.operator === "??")) {
    const left = envReadChain(context, current.left);
    const right = envReadChain(context, current.right);
    return left && right ? [...left, ...right] : undefined;
  }
  const read = envRead(context, current);
  return read ? [read.name] : undefined;
}

/**
 * `const { JWT_SECRET = "dev" } = process.env` (also renamed, `{ JWT_SECRET: secret = "dev" }`):
 * the default the binding `identifier` falls back to.
 */
export function destructuredEnvDefault(context: AnyContext, identifier: TSESTree.Identifier): FallbackShape | undefined {
  const variable = variableOf(context, identifier);
  if (!variable || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0];
  if (def.type !== "Variable") return undefined;
  for (const reference of variable.references) if (!reference.init && reference.isWrite()) return undefined;
  const name = def.name as TSESTree.Identifier;
  const pattern = name.parent;
  if (pattern?.type !== "AssignmentPattern" || pattern.left !== name) return undefined;
  const property = pattern.parent;
  if (property?.type !== "Property" || property.value !== pattern) return undefined;
  const objectPattern = property.parent;
  const declarator = def.node as TSESTree.VariableDeclarator;
  if (objectPattern?.type !== "ObjectPattern" || declarator.id !== objectPattern || !declarator.init) return undefined;
  if (!isEnvObject(context, declarator.init)) return undefined;
  const key = staticKeyName(property.key, property.computed);
  if (key === null) return undefined;
  return { whole: pattern, kept: pattern.left, source: `${context.sourceCode.getText(declarator.init)}.${key}`, fallback: pattern.right };
}

/** The environment variable a destructuring default belongs to: `{ JWT_SECRET = "dev" } = process.env` → `JWT_SECRET`. */
export function destructuredEnvName(context: AnyContext, pattern: TSESTree.AssignmentPattern): string | undefined {
  const property = pattern.parent;
  if (property?.type !== "Property" || property.value !== pattern) return undefined;
  const objectPattern = property.parent;
  const declarator = objectPattern?.parent;
  if (objectPattern?.type !== "ObjectPattern" || declarator?.type !== "VariableDeclarator" || declarator.id !== objectPattern || !declarator.init) {
    return undefined;
  }
  if (!isEnvObject(context, declarator.init)) return undefined;
  return staticKeyName(property.key, property.computed) ?? undefined;
}

// ---------------------------------------------------------------------------------------------
// Names and texts

/** Words that make a variable name about something else than the secret itself (its path, its length, a public key). */
const NOT_SECRET_WORDS = new Set([
  "public",
  "publishable",
  "pub",
  "path",
  "file",
  "dir",
  "url",
  "uri",
  "id",
  "name",
  "length",
  "len",
  "algorithm",
  "alg",
  "issuer",
  "audience",
  "expires",
  "expiry",
  "expiration",
  "ttl",
  "version",
  "header",
  "rotation",
]);
export const KEY_QUALIFIERS: ReadonlySet<string> = new Set(["jwt", "jws", "jwe", "signing", "sign", "session", "cookie", "hmac", "private", "auth", "secret"]);
const PASSWORD_QUALIFIERS = new Set(["session", "cookie", "iron"]);

/**
 * True when an environment variable (or constant) name says it holds a signing or session
 * secret: `JWT_SECRET`, `NEXTAUTH_SECRET`, `SECRET_KEY_BASE`, `JWT_PRIVATE_KEY`, `SESSION_KEY`,
 * `SESSION_PASSWORD`, `COOKIE_PASSPHRASE`. Not: `JWT_PUBLIC_KEY`, `JWT_SECRET_PATH`, `API_KEY`,
 * `DB_PASSWORD`, `JWT_ALGORITHM`.
 */
export function isSigningSecretName(name: string): boolean {
  const words = splitWords(name);
  if (words.length === 0 || words.some((word) => NOT_SECRET_WORDS.has(word))) return false;
  if (words.includes("secret") || words.includes("passphrase")) return true;
  for (let i = 1; i < words.length; i++) {
    if (words[i] === "key" && KEY_QUALIFIERS.has(words[i - 1])) return true;
    if ((words[i] === "password" || words[i] === "passwd") && PASSWORD_QUALIFIERS.has(words[i - 1])) return true;
  }
  return false;
}

/** The `KEY_QUALIFIERS` keys that spell no credential word (`mayNameCredential`): `JWS_KEY`, `jweKey`, `SIGN_KEY`, `hmac-key`. */
const KEY_NAME_WITHOUT_CREDENTIAL_WORD = /(?:jw[se]|sign|hmac)[^a-z0-9]?key/iu;

/**
 * False when the text spells no signing-secret name that `mayNameCredential` misses (every other
 * `isSigningSecretName` name spells a credential word; the tests check each qualifier): a
 * per-file pre-check, after that one, for code that reads signing secrets by name.
 */
export function maySpellOtherSigningKeyName(text: string): boolean {
  return KEY_NAME_WITHOUT_CREDENTIAL_WORD.test(text);
}

/**
 * A complete PEM private key: the `BEGIN … PRIVATE KEY` line, a base64 body and the `END` line.
 * Stricter than `isPemPrivateKey`: header strings alone (`text.startsWith("-----BEGIN PRIVATE KEY-----")`)
 * and placeholders (`"...\n"`) are not keys.
 */
export function isInlinePrivateKeyPem(value: string): boolean {
  if (value.length > 20_000 || !isPemPrivateKey(value)) return false;
  const begin = /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/u.exec(value);
  const end = /-----END (?:[A-Z]+ )?PRIVATE KEY-----/u.exec(value);
  if (!begin || !end || end.index < begin.index) return false;
  const body = value.slice(begin.index + begin[0].length, end.index).replace(/^[A-Za-z-]+:.*$/gmu, "");
  let base64 = 0;
  for (const ch of body) if (/[A-Za-z0-9+/=]/u.test(ch)) base64++;
  return base64 >= 64;
}

/** Authorization schemes written before a token: `Bearer eyJ…`, `JWT eyJ…`. */
const TOKEN_SCHEMES = /^(?:bearer|jwt|token)\s+/iu;

/** The JWT in a credential value (`"eyJ…"`, `"Bearer eyJ…"`), when the whole value is one complete token. */
export function credentialJwt(value: string): string | undefined {
  if (value.length > 8192) return undefined;
  const token = value.trim().replace(TOKEN_SCHEMES, "");
  return looksLikeJwt(token) ? token : undefined;
}
