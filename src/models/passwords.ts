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
 * - argon2 (node-argon2) 0.4x: type argon2id, memoryCost 65536 KiB, timeCost 3, parallelism 4.
 * - @node-rs/argon2 2.x: Argon2id, memoryCost 19456 KiB, timeCost 2, parallelism 1.
 * OWASP figures come from `passwordStorageMinimums` in src/references.ts.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { getModuleIndex, RESULT, builderKey, type CallKind, type TrackerConfig } from "../analysis/modules.js";
import { unwrap, type AnyContext } from "../analysis/ast.js";
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
  iterations: number;
  digest: number;
}

export interface ScryptApi {
  kind: "scrypt";
  module: string;
  path: readonly string[];
  input: number;
  options: number;
  defaults: ScryptParameters;
}

export interface Argon2Api {
  kind: "argon2";
  module: string;
  path: readonly string[];
  input: number;
  options: number;
  defaults: Argon2Parameters;
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
  { kind: "digest", module: "@noble/hashes/sha2", path: ["sha256"], input: 0, algorithm: "SHA-256" },
  { kind: "digest", module: "@noble/hashes/sha2", path: ["sha512"], input: 0, algorithm: "SHA-512" },
  { kind: "digest", module: "@noble/hashes/sha256", path: ["sha256"], input: 0, algorithm: "SHA-256" },
  { kind: "digest", module: "@noble/hashes/legacy", path: ["md5"], input: 0, algorithm: "MD5" },
  { kind: "digest", module: "@noble/hashes/legacy", path: ["sha1"], input: 0, algorithm: "SHA-1" },
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
];

const NODE_SCRYPT_DEFAULTS: ScryptParameters = { cost: 16384, blockSize: 8, parallelism: 1 };

const SCRYPT: readonly ScryptApi[] = NODE_CRYPTO.flatMap((module): ScryptApi[] => [
  { kind: "scrypt", module, path: ["scrypt"], input: 0, options: 3, defaults: NODE_SCRYPT_DEFAULTS },
  { kind: "scrypt", module, path: ["scryptSync"], input: 0, options: 3, defaults: NODE_SCRYPT_DEFAULTS },
]);

const ARGON2: readonly Argon2Api[] = [
  { kind: "argon2", module: "argon2", path: ["hash"], input: 0, options: 1, defaults: { memoryKiB: 65536, iterations: 3 } },
  { kind: "argon2", module: "@node-rs/argon2", path: ["hash"], input: 0, options: 1, defaults: { memoryKiB: 19456, iterations: 2 } },
  { kind: "argon2", module: "@node-rs/argon2", path: ["hashSync"], input: 0, options: 1, defaults: { memoryKiB: 19456, iterations: 2 } },
  { kind: "argon2", module: "@node-rs/argon2", path: ["hashRaw"], input: 0, options: 1, defaults: { memoryKiB: 19456, iterations: 2 } },
];

export const PASSWORD_HASH_APIS: readonly PasswordHashApi[] = [...DIGESTS, ...STREAMING, ...BCRYPT, ...PBKDF2, ...SCRYPT, ...ARGON2];

/** Option names per parameter: node:crypto accepts both the long and the short spelling. */
export const SCRYPT_OPTION_NAMES: Readonly<Record<keyof ScryptParameters, readonly string[]>> = {
  cost: ["N", "cost"],
  blockSize: ["r", "blockSize"],
  parallelism: ["p", "parallelization"],
};

export const ARGON2_OPTION_NAMES: Readonly<Record<keyof Argon2Parameters, string>> = {
  memoryKiB: "memoryCost",
  iterations: "timeCost",
};

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
