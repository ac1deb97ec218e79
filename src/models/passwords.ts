/**
 * Password hashing APIs as data: where the password goes in, where the work factor lives, and
 * what each library does when the work factor is left out.
 *
 * Defaults, checked against each library's documentation / type declarations (2026-11):
 * - node:crypto `scrypt` / `scryptSync`: N (cost) 16384, r (blockSize) 8, p (parallelization) 1,
 *   maxmem 32 MiB (Node 20 docs). N=2^14 with p=1 is below every OWASP row, so a missing options
 *   object is itself a finding. N=2^17, r=8 needs 128 MiB, so a fix must raise `maxmem` too.
 * - node:crypto `pbkdf2` / `pbkdf2Sync`: iterations and digest are required arguments.
 * - bcrypt 6 / bcryptjs 3: `genSalt(rounds = 10)`; `hash(password, saltOrRounds)` needs one.
 * - @node-rs/bcrypt 1.x: `hash(password, cost = 12)`.
 * - argon2 (node-argon2) 0.44: type argon2id, memoryCost 65536 KiB, timeCost 3, parallelism 4;
 *   `type` takes `argon2d` (0), `argon2i` (1) or `argon2id` (2) (read from argon2.cjs).
 * - @node-rs/argon2 2.x: Argon2id, memoryCost 19456 KiB, timeCost 2, parallelism 1; `algorithm`
 *   takes `Algorithm.Argon2d` (0), `Argon2i` (1) or `Argon2id` (2).
 * - @noble/hashes 1.x / 2.x (`@noble/hashes/scrypt(.js)`, `pbkdf2(.js)`, `argon2(.js)`):
 *   `scrypt(password, salt, { N, r, p })`, `pbkdf2(hash, password, salt, { c })`,
 *   `argon2id(password, salt, { t, m, p })` (also `argon2d` / `argon2i`); no defaults, every
 *   parameter is required (a missing one throws, so it is left alone here).
 * - scrypt-js 3: `scrypt(password, salt, N, r, p, dkLen)` / `syncScrypt(...)`, positional.
 * - WebCrypto `subtle.deriveBits` / `deriveKey({ name: "PBKDF2", salt, iterations, hash }, key, …)`
 *   (browsers, Node's `crypto.subtle` / `webcrypto.subtle`): iterations and hash are required.
 *
 * Argon2d and Argon2i: the cheat sheet recommends Argon2id for passwords (Argon2d is open to
 * side-channel attacks, Argon2i trades away GPU resistance), so choosing either is reported.
 * OWASP figures come from `passwordStorageMinimums` in src/references.ts.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { getModuleIndex, RESULT, builderKey, type CallKind, type TrackerConfig } from "../analysis/modules.js";
import { argumentAt, memberName, unwrap, type AnyContext } from "../analysis/ast.js";
import { isGlobalRef } from "../analysis/flow.js";
import { readProperty, resolveNode, staticValue, type PropertyResult } from "../analysis/values.js";
import { passwordStorageMinimums } from "../references.js";

const NODE_CRYPTO = ["crypto", "node:crypto"] as const;

/** A one-shot fast digest: `md5(password)`, `CryptoJS.SHA256(password)`, `crypto.hash("sha1", password)`. */
export interface DigestApi {
  kind: "digest";
  module: string;
  path: readonly string[];
  /** Argument holding the hashed data. */
  input: number;
  /** The algorithm's name, or the argument that names it. */
  algorithm: string | { arg: number };
}

/** `createHash(alg)` / `createHmac(alg, key)`, whose instances take the data in `update(data)`. */
export interface StreamingDigestApi {
  kind: "streaming-digest";
  module: string;
  /** Path of the factory (`["createHash"]`). */
  path: readonly string[];
  /** Argument of the factory naming the algorithm. */
  algorithm: number;
}

export interface BcryptApi {
  kind: "bcrypt";
  module: string;
  path: readonly string[];
  /** Argument holding the cost (rounds) when it is a number. */
  cost: number;
  /** Cost used when the argument is missing; `undefined` when the library requires it. */
  defaultCost?: number;
  /** Argument holding the password (`undefined` for `genSalt`). */
  input?: number;
}

export interface Pbkdf2Api {
  kind: "pbkdf2";
  module: string;
  path: readonly string[];
  input: number;
  /** Argument holding the iteration count, or the options argument and the property in it (`{ c }` of @noble/hashes). */
  iterations: number | { options: number; name: string };
  /** Argument naming the digest (`"sha256"`), or holding the hash function (`sha256` of @noble/hashes). */
  digest: number | { hashFunction: number };
}

export interface ScryptApi {
  kind: "scrypt";
  module: string;
  path: readonly string[];
  input: number;
  /** Options argument (node:crypto, @noble/hashes). */
  options?: number;
  /** Positional parameters (scrypt-js): argument index of N, r and p. */
  positional?: Readonly<Record<keyof ScryptParameters, number>>;
  /** Option names per parameter. */
  optionNames?: Readonly<Record<keyof ScryptParameters, readonly string[]>>;
  /** Values used when an option is left out; `undefined` when the library requires them. */
  defaults?: ScryptParameters;
}

export type Argon2Variant = "argon2d" | "argon2i" | "argon2id";

export interface Argon2Api {
  kind: "argon2";
  module: string;
  path: readonly string[];
  input: number;
  options: number;
  /** Values used when an option is left out; `undefined` when the library requires them. */
  defaults?: Argon2Parameters;
  /** Option names of memory (KiB) and passes. */
  optionNames: Readonly<Record<keyof Argon2Parameters, string>>;
  /** The option that picks the variant (`type`, `algorithm`), when there is one. */
  variantOption?: string;
  /** The variant fixed by the function itself (`argon2i(...)` of @noble/hashes). */
  variant?: Argon2Variant;
}

export type PasswordHashApi = DigestApi | StreamingDigestApi | BcryptApi | Pbkdf2Api | ScryptApi | Argon2Api;

export interface ScryptParameters {
  cost: number;
  blockSize: number;
  parallelism: number;
}

export interface Argon2Parameters {
  memoryKiB: number;
  iterations: number;
}

/** `@noble/hashes/x` (1.x) and `@noble/hashes/x.js` (2.x, which requires the extension). */
const noble = (name: string): string[] => [`@noble/hashes/${name}`, `@noble/hashes/${name}.js`];

const CRYPTO_JS_DIGESTS = ["MD5", "SHA1", "SHA224", "SHA256", "SHA384", "SHA512", "SHA3", "RIPEMD160"] as const;
const CRYPTO_JS_HMACS = CRYPTO_JS_DIGESTS.map((name) => `Hmac${name}`);

const DIGESTS: readonly DigestApi[] = [
  // Node 21.7+ one-shot `crypto.hash(algorithm, data)`.
  ...NODE_CRYPTO.map((module): DigestApi => ({ kind: "digest", module, path: ["hash"], input: 1, algorithm: { arg: 0 } })),
  ...CRYPTO_JS_DIGESTS.map((name): DigestApi => ({ kind: "digest", module: "crypto-js", path: [name], input: 0, algorithm: name })),
  ...CRYPTO_JS_HMACS.map((name): DigestApi => ({ kind: "digest", module: "crypto-js", path: [name], input: 0, algorithm: name })),
  ...["md5", "sha1", "sha256", "sha512", "sha3", "sha224", "sha384"].map(
    (name): DigestApi => ({ kind: "digest", module: `crypto-js/${name}`, path: [], input: 0, algorithm: name.toUpperCase() }),
  ),
  { kind: "digest", module: "md5", path: [], input: 0, algorithm: "MD5" },
  { kind: "digest", module: "blueimp-md5", path: [], input: 0, algorithm: "MD5" },
  { kind: "digest", module: "js-md5", path: [], input: 0, algorithm: "MD5" },
  { kind: "digest", module: "sha1", path: [], input: 0, algorithm: "SHA-1" },
  { kind: "digest", module: "js-sha1", path: [], input: 0, algorithm: "SHA-1" },
  { kind: "digest", module: "js-sha256", path: ["sha256"], input: 0, algorithm: "SHA-256" },
  { kind: "digest", module: "js-sha256", path: [], input: 0, algorithm: "SHA-256" },
  { kind: "digest", module: "js-sha512", path: ["sha512"], input: 0, algorithm: "SHA-512" },
  ...noble("sha2").flatMap((module): DigestApi[] => [
    { kind: "digest", module, path: ["sha256"], input: 0, algorithm: "SHA-256" },
    { kind: "digest", module, path: ["sha512"], input: 0, algorithm: "SHA-512" },
  ]),
  { kind: "digest", module: "@noble/hashes/sha256", path: ["sha256"], input: 0, algorithm: "SHA-256" },
  { kind: "digest", module: "@noble/hashes/sha1", path: ["sha1"], input: 0, algorithm: "SHA-1" },
  ...noble("legacy").flatMap((module): DigestApi[] => [
    { kind: "digest", module, path: ["md5"], input: 0, algorithm: "MD5" },
    { kind: "digest", module, path: ["sha1"], input: 0, algorithm: "SHA-1" },
  ]),
];

const STREAMING: readonly StreamingDigestApi[] = NODE_CRYPTO.flatMap((module): StreamingDigestApi[] => [
  { kind: "streaming-digest", module, path: ["createHash"], algorithm: 0 },
  { kind: "streaming-digest", module, path: ["createHmac"], algorithm: 0 },
]);

const BCRYPT_MODULES = ["bcrypt", "bcryptjs", "bcrypt-ts"] as const;

const BCRYPT: readonly BcryptApi[] = [
  ...BCRYPT_MODULES.flatMap((module): BcryptApi[] => [
    { kind: "bcrypt", module, path: ["hash"], cost: 1, input: 0 },
    { kind: "bcrypt", module, path: ["hashSync"], cost: 1, input: 0 },
    { kind: "bcrypt", module, path: ["genSalt"], cost: 0, defaultCost: 10 },
    { kind: "bcrypt", module, path: ["genSaltSync"], cost: 0, defaultCost: 10 },
  ]),
  { kind: "bcrypt", module: "@node-rs/bcrypt", path: ["hash"], cost: 1, defaultCost: 12, input: 0 },
  { kind: "bcrypt", module: "@node-rs/bcrypt", path: ["hashSync"], cost: 1, defaultCost: 12, input: 0 },
  { kind: "bcrypt", module: "@node-rs/bcrypt", path: ["genSaltSync"], cost: 0, defaultCost: 12 },
];

const PBKDF2: readonly Pbkdf2Api[] = [
  ...NODE_CRYPTO.flatMap((module): Pbkdf2Api[] => [
    { kind: "pbkdf2", module, path: ["pbkdf2"], input: 0, iterations: 2, digest: 4 },
    { kind: "pbkdf2", module, path: ["pbkdf2Sync"], input: 0, iterations: 2, digest: 4 },
  ]),
  { kind: "pbkdf2", module: "pbkdf2", path: ["pbkdf2"], input: 0, iterations: 2, digest: 4 },
  { kind: "pbkdf2", module: "pbkdf2", path: ["pbkdf2Sync"], input: 0, iterations: 2, digest: 4 },
  ...noble("pbkdf2").flatMap((module): Pbkdf2Api[] =>
    ["pbkdf2", "pbkdf2Async"].map((fn): Pbkdf2Api => ({ kind: "pbkdf2", module, path: [fn], input: 1, iterations: { options: 3, name: "c" }, digest: { hashFunction: 0 } })),
  ),
];

const NODE_SCRYPT_DEFAULTS: ScryptParameters = { cost: 16384, blockSize: 8, parallelism: 1 };

/** Option names per parameter: node:crypto accepts both the long and the short spelling. */
export const SCRYPT_OPTION_NAMES: Readonly<Record<keyof ScryptParameters, readonly string[]>> = {
  cost: ["N", "cost"],
  blockSize: ["r", "blockSize"],
  parallelism: ["p", "parallelization"],
};

const NOBLE_SCRYPT_NAMES: Readonly<Record<keyof ScryptParameters, readonly string[]>> = { cost: ["N"], blockSize: ["r"], parallelism: ["p"] };

const SCRYPT: readonly ScryptApi[] = [
  ...NODE_CRYPTO.flatMap((module): ScryptApi[] =>
    ["scrypt", "scryptSync"].map((fn): ScryptApi => ({ kind: "scrypt", module, path: [fn], input: 0, options: 3, optionNames: SCRYPT_OPTION_NAMES, defaults: NODE_SCRYPT_DEFAULTS })),
  ),
  ...noble("scrypt").flatMap((module): ScryptApi[] =>
    ["scrypt", "scryptAsync"].map((fn): ScryptApi => ({ kind: "scrypt", module, path: [fn], input: 0, options: 2, optionNames: NOBLE_SCRYPT_NAMES })),
  ),
  ...["scrypt", "syncScrypt"].map((fn): ScryptApi => ({ kind: "scrypt", module: "scrypt-js", path: [fn], input: 0, positional: { cost: 2, blockSize: 3, parallelism: 4 } })),
];

const ARGON2_NAMES = { memoryKiB: "memoryCost", iterations: "timeCost" } as const;
const NODE_RS_ARGON2 = { memoryKiB: 19456, iterations: 2 };

const ARGON2: readonly Argon2Api[] = [
  { kind: "argon2", module: "argon2", path: ["hash"], input: 0, options: 1, defaults: { memoryKiB: 65536, iterations: 3 }, optionNames: ARGON2_NAMES, variantOption: "type" },
  ...["hash", "hashSync", "hashRaw", "hashRawSync"].map(
    (fn): Argon2Api => ({ kind: "argon2", module: "@node-rs/argon2", path: [fn], input: 0, options: 1, defaults: NODE_RS_ARGON2, optionNames: ARGON2_NAMES, variantOption: "algorithm" }),
  ),
  ...noble("argon2").flatMap((module): Argon2Api[] =>
    (["argon2id", "argon2i", "argon2d"] as const).flatMap((variant): Argon2Api[] =>
      [variant, `${variant}Async`].map((fn): Argon2Api => ({ kind: "argon2", module, path: [fn], input: 0, options: 2, optionNames: { memoryKiB: "m", iterations: "t" }, variant })),
    ),
  ),
];

export const PASSWORD_HASH_APIS: readonly PasswordHashApi[] = [...DIGESTS, ...STREAMING, ...BCRYPT, ...PBKDF2, ...SCRYPT, ...ARGON2];

/** Every work-factor API above spells one of these in its module or function name (the tests check). */
const WORK_FACTOR_TEXT = /bcrypt|argon|pbkdf|scrypt/iu;

/**
 * False when the text names none of the work-factor APIs (bcrypt, PBKDF2, scrypt, Argon2): a
 * per-file pre-check. The digests are checked only for passwords (`mayNamePassword`).
 */
export function mayCallWorkFactorApi(text: string): boolean {
  return WORK_FACTOR_TEXT.test(text);
}

const STREAMING_BUILDERS = new Map(
  STREAMING.map((api) => [builderKey(api.module, [...api.path, RESULT]), new Set(["update"])] as const),
);

export const PASSWORD_HASH_TRACKER: TrackerConfig = {
  modules: new Set(PASSWORD_HASH_APIS.map((api) => api.module)),
  builders: STREAMING_BUILDERS,
};

export interface PasswordHashCall {
  api: PasswordHashApi;
  node: TSESTree.CallExpression | TSESTree.NewExpression;
  kind: CallKind;
}

/** Every call of a modelled API in the file; streaming digests are returned as their `update(data)` calls. */
export function findPasswordHashCalls(context: AnyContext): PasswordHashCall[] {
  const index = getModuleIndex(context, PASSWORD_HASH_TRACKER);
  const out: PasswordHashCall[] = [];
  for (const api of PASSWORD_HASH_APIS) {
    if (!index.imports(api.module)) continue;
    const path = api.kind === "streaming-digest" ? [...api.path, RESULT, "update"] : api.path;
    for (const call of index.calls(api.module, path)) {
      if (call.kind !== "call") continue;
      out.push({ api, node: call.node, kind: call.kind });
    }
  }
  return out;
}

/** The factory call (`createHash("md5")`) behind an `update(...)` call of a streaming digest. */
export function streamingFactory(
  context: AnyContext,
  update: TSESTree.CallExpression | TSESTree.NewExpression,
  resolve: (node: TSESTree.Node) => TSESTree.Node,
): TSESTree.CallExpression | undefined {
  let receiver: TSESTree.Node = unwrap(update.callee);
  for (let depth = 0; depth < 8; depth++) {
    if (receiver.type !== "MemberExpression") return undefined;
    const object = resolve(receiver.object);
    if (object.type !== "CallExpression") return undefined;
    const callee = unwrap(object.callee);
    // `createHash(a).update(x).update(y)`: step over the earlier `update`.
    if (callee.type === "MemberExpression" && callee.property.type === "Identifier" && callee.property.name === "update") {
      receiver = callee;
      continue;
    }
    return getModuleIndex(context, PASSWORD_HASH_TRACKER).resolve(object.callee) ? object : undefined;
  }
  return undefined;
}

/** PBKDF2 iteration minimum for a digest name (`sha256`, `SHA-512`), if OWASP gives one. */
export function pbkdf2Minimum(digest: string): number | undefined {
  const normalized = digest.toLowerCase().replace("-", "");
  const table: Readonly<Record<string, number>> = passwordStorageMinimums.pbkdf2Iterations;
  return table[normalized];
}

/** The smallest PBKDF2 minimum of any digest: anything below it is too few whatever the digest. */
export const PBKDF2_FLOOR = Math.min(...Object.values(passwordStorageMinimums.pbkdf2Iterations));

/** True when scrypt parameters reach one of the OWASP rows. */
export function scryptMeetsMinimum(parameters: ScryptParameters): boolean {
  return passwordStorageMinimums.scrypt.some(
    (row) => parameters.cost >= row.cost && parameters.blockSize >= row.blockSize && parameters.parallelism >= row.parallelism,
  );
}

/** True when Argon2 memory and passes reach one of the OWASP rows. */
export function argon2MeetsMinimum(parameters: Argon2Parameters): boolean {
  return passwordStorageMinimums.argon2id.some((row) => parameters.memoryKiB >= row.memoryKiB && parameters.iterations >= row.iterations);
}

export const BCRYPT_MIN_COST = passwordStorageMinimums.bcrypt.minCost;

/** A digest's name for messages: `sha256` → `SHA-256`, `HmacMD5` → `HMAC-MD5`; unknown → "a fast digest". */
export function digestLabel(algorithm: string | undefined, hmac = false): string {
  if (algorithm === undefined) return hmac ? "an HMAC of a fast digest" : "a fast digest";
  const upper = algorithm.toUpperCase();
  if (upper.startsWith("HMAC")) return digestLabel(algorithm.slice(4), true);
  const sha = /^SHA-?(\d{1,3})$/u.exec(upper);
  const name = sha ? `SHA-${sha[1]}` : upper;
  return hmac ? `HMAC-${name}` : name;
}

/** A WebCrypto PBKDF2 derivation: `subtle.deriveBits({ name: "PBKDF2", salt, iterations, hash }, key, bits)`. */
export interface WebCryptoPbkdf2 {
  call: TSESTree.CallExpression;
  /** The algorithm parameters object. */
  algorithm: TSESTree.Node;
  iterations: PropertyResult;
  /** The digest name as written (`"SHA-256"`), when static. */
  digest: string | undefined;
  /** The bytes the base key was imported from (`importKey("raw", encoder.encode(password), "PBKDF2", …)`), when found in the file. */
  keyData: TSESTree.Node | undefined;
}

const BROWSER_GLOBALS = ["window", "globalThis", "self"];

/** `crypto.subtle`, `window.crypto.subtle`, `globalThis.crypto.subtle`, node:crypto's `subtle` / `webcrypto.subtle`. */
function isSubtle(context: AnyContext, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  const tracked = getModuleIndex(context, PASSWORD_HASH_TRACKER).resolve(n);
  if (tracked && (tracked.module === "crypto" || tracked.module === "node:crypto")) return tracked.path[tracked.path.length - 1] === "subtle";
  if (n.type !== "MemberExpression" || memberName(n) !== "subtle") return false;
  const owner = unwrap(n.object);
  if (isGlobalRef(context, owner, "crypto")) return true;
  return owner.type === "MemberExpression" && memberName(owner) === "crypto" && BROWSER_GLOBALS.some((name) => isGlobalRef(context, owner.object, name));
}

/** The PBKDF2 derivation a `deriveBits` / `deriveKey` call performs, if it is one. */
export function webCryptoPbkdf2(context: AnyContext, call: TSESTree.CallExpression): WebCryptoPbkdf2 | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== "MemberExpression") return undefined;
  const method = memberName(callee);
  if ((method !== "deriveBits" && method !== "deriveKey") || !isSubtle(context, callee.object)) return undefined;
  const algorithm = argumentAt(call, 0);
  if (!algorithm) return undefined;
  const name = readProperty(context, algorithm, "name");
  const nameValue = name.kind === "present" ? (name.value ?? staticValue(context, name.node))?.value : undefined;
  if (typeof nameValue !== "string" || nameValue.toUpperCase() !== "PBKDF2") return undefined;
  const hash = readProperty(context, algorithm, "hash");
  let digest: string | undefined;
  if (hash.kind === "present") {
    const direct = staticValue(context, hash.node)?.value;
    if (typeof direct === "string") digest = direct;
    else {
      const inner = readProperty(context, hash.node, "name");
      const value = inner.kind === "present" ? staticValue(context, inner.node)?.value : undefined;
      if (typeof value === "string") digest = value;
    }
  }
  return { call, algorithm, iterations: readProperty(context, algorithm, "iterations"), digest, keyData: importedKeyData(context, argumentAt(call, 1)) };
}

/** `await crypto.subtle.importKey("raw", data, …)` behind a key variable → `data`. */
function importedKeyData(context: AnyContext, key: TSESTree.Node | undefined): TSESTree.Node | undefined {
  if (!key) return undefined;
  let value = unwrap(resolveNode(context, key));
  if (value.type === "AwaitExpression") value = unwrap(value.argument);
  if (value.type !== "CallExpression") return undefined;
  const callee = unwrap(value.callee);
  if (callee.type !== "MemberExpression" || memberName(callee) !== "importKey") return undefined;
  return argumentAt(value, 1);
}

/** The Argon2 variant an option value names: `argon2.argon2i`, `Algorithm.Argon2d`, `argon2i` (imported), `0` / `1` / `2`. */
export function argon2Variant(context: AnyContext, node: TSESTree.Node): Argon2Variant | undefined {
  const n = unwrap(node);
  const name = n.type === "Identifier" ? n.name : n.type === "MemberExpression" ? memberName(n) : null;
  const byName = name?.toLowerCase();
  if (byName === "argon2d" || byName === "argon2i" || byName === "argon2id") return byName;
  const value = staticValue(context, n)?.value;
  return value === 0 ? "argon2d" : value === 1 ? "argon2i" : value === 2 ? "argon2id" : undefined;
}
