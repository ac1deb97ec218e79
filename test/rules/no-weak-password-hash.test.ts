import rule from "../../rules/no-weak-password-hash.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
type TesterRule = Parameters<typeof ruleTester.run>[1];

const fast = { messageId: "fastHash", suggestions: [] };
const CRYPTO = `import crypto from "node:crypto";\n`;
const SCRYPT_OPTIONS = "{ N: 131072, r: 8, p: 1, maxmem: 256 * 1024 * 1024 }";

ruleTester.run("no-weak-password-hash", rule as unknown as TesterRule, {
  valid: [
    // --- fast digests of things that are not passwords
    ...validAcrossImports({ module: "node:crypto", member: "createHash", code: `const etag = $FN("sha256").update(fileContents).digest("hex");` }),
    valid(`${CRYPTO}const digest = crypto.createHash("sha256").update(resetToken).digest("hex");`),
    valid(`${CRYPTO}const stored = crypto.createHash("sha256").update(passwordResetToken).digest("hex");`),
    valid(`${CRYPTO}const signature = crypto.createHmac("sha256", webhookSecret).update(rawBody).digest("hex");`),
    valid(`${CRYPTO}crypto.createHash("md5").update(user.email.trim().toLowerCase()).digest("hex");`),
    valid(`${CRYPTO}crypto.createHash("sha1").update(String(passwordChangedAt)).digest("hex");`),
    valid(`import md5 from "md5";\nconst gravatar = md5(email);`),
    valid(`import CryptoJS from "crypto-js";\nCryptoJS.SHA256(JSON.stringify(body)).toString();`),
    // --- not a modelled library
    valid(`import { createHash } from "./hash";\ncreateHash("md5").update(password);`),
    valid(`const map = new Map();\nmap.set("password", password);\nfunction md5(x) { return x; }\nmd5(password);`),
    valid(`function f(require) {\n  require("crypto").createHash("md5").update(password);\n}`),
    // --- bcrypt at or above the minimum, or with defaults
    ...validAcrossImports({ module: "bcrypt", member: "hash", code: `await $FN(password, 12);` }),
    valid(`import bcrypt from "bcryptjs";\nconst salt = await bcrypt.genSalt();\nawait bcrypt.hash(password, salt);`),
    valid(`import bcrypt from "bcryptjs";\nbcrypt.hashSync(password, bcrypt.genSaltSync(10));`),
    valid(`import bcrypt from "bcrypt";\nconst ROUNDS = Number(process.env.BCRYPT_ROUNDS);\nawait bcrypt.hash(password, ROUNDS);`),
    valid(`import { hash } from "@node-rs/bcrypt";\nawait hash(password);`),
    valid(`import bcrypt from "bcrypt";\nawait bcrypt.hash(password, config.rounds);`),
    // --- PBKDF2 at the minimums; unknown iterations; not a password
    valid(`${CRYPTO}crypto.pbkdf2Sync(password, salt, 600000, 32, "sha256");`),
    valid(`${CRYPTO}crypto.pbkdf2Sync(password, salt, 220_000, 64, "sha512");`),
    valid(`${CRYPTO}crypto.pbkdf2Sync(password, salt, iterations, 32, "sha256");`),
    valid(`${CRYPTO}const key = crypto.pbkdf2Sync(masterKey, salt, 1000, 32, "sha256");`),
    valid(`import { pbkdf2 } from "node:crypto";\nconst ITERATIONS = 650_000;\npbkdf2(password, salt, ITERATIONS, 32, "sha256", done);`),
    // --- scrypt with strong parameters or unknown options
    valid(`${CRYPTO}crypto.scryptSync(password, salt, 64, ${SCRYPT_OPTIONS});`),
    valid(`${CRYPTO}crypto.scryptSync(password, salt, 64, { cost: 2 ** 16, blockSize: 8, parallelization: 2, maxmem: 256e6 });`),
    valid(`${CRYPTO}crypto.scryptSync(password, salt, 64, scryptOptions);`),
    valid(`${CRYPTO}import { defaults } from "./scrypt";\ncrypto.scryptSync(password, salt, 64, { ...defaults });`),
    valid(`${CRYPTO}const key = crypto.scryptSync(process.env.ENCRYPTION_SECRET!, "salt", 32);`),
    // --- argon2 defaults and strong settings
    ...validAcrossImports({ module: "argon2", member: "hash", code: `await $FN(password);` }),
    valid(`import argon2 from "argon2";\nawait argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });`),
    valid(`import { hash } from "@node-rs/argon2";\nawait hash(password);`),
    valid(`import { hash } from "@node-rs/argon2";\nawait hash(password, { memoryCost: 47104, timeCost: 1 });`),
    valid(`import argon2 from "argon2";\nawait argon2.hash(password, argonOptions);`),
    valid(`import argon2 from "argon2";\nawait argon2.hash(password, { type: argon2.argon2id });\nawait argon2.hash(password, { type: 2 });`),
    valid(`import { hash, Algorithm } from "@node-rs/argon2";\nawait hash(password, { algorithm: Algorithm.Argon2id });`),
    valid(`import argon2 from "argon2";\nawait argon2.hash(password, { type: config.argonType });`),
    // --- a cost held in the environment is unknown: silent
    valid(`import bcrypt from "bcrypt";\nawait bcrypt.hash(password, Number(process.env.BCRYPT_COST));\nawait bcrypt.hash(password, parseInt(process.env.SALT_ROUNDS!, 10));`),
    // --- WebCrypto PBKDF2 at the minimum, of a non-password, or with unknown iterations
    valid(`const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(password), "PBKDF2", false, ["deriveBits"]);\nconst bits = await crypto.subtle.deriveBits({ name: "PBKDF2", salt, iterations: 600_000, hash: "SHA-256" }, material, 256);`),
    valid(`const material = await crypto.subtle.importKey("raw", masterKey, "PBKDF2", false, ["deriveKey"]);\nawait crypto.subtle.deriveKey({ name: "PBKDF2", salt, iterations: 1000, hash: "SHA-256" }, material, aes, false, ["encrypt"]);`),
    valid(`const material = await crypto.subtle.importKey("raw", encode(password), "PBKDF2", false, ["deriveBits"]);\nawait crypto.subtle.deriveBits({ name: "PBKDF2", salt, iterations: ITERATIONS, hash: "SHA-256" }, material, 256);`),
    valid(`const key = await crypto.subtle.deriveBits({ name: "HKDF", salt, info, hash: "SHA-256" }, passwordKey, 256);`),
    valid(`const subtle = { deriveBits: () => null };\nsubtle.deriveBits({ name: "PBKDF2", iterations: 1 }, passwordKey, 256);`),
    // --- @noble/hashes and scrypt-js with strong parameters; required parameters left out (the call throws)
    valid(`import { scrypt } from "@noble/hashes/scrypt.js";\nconst key = scrypt(password, salt, { N: 2 ** 17, r: 8, p: 1, dkLen: 32 });`),
    valid(`import { pbkdf2 } from "@noble/hashes/pbkdf2.js";\nimport { sha256 } from "@noble/hashes/sha2.js";\nconst key = pbkdf2(sha256, password, salt, { c: 600_000, dkLen: 32 });`),
    valid(`import { argon2id } from "@noble/hashes/argon2.js";\nconst key = argon2id(password, salt, { t: 2, m: 19456, p: 1 });`),
    valid(`import { scrypt } from "@noble/hashes/scrypt";\nconst key = scrypt(password, salt, { dkLen: 32 });`),
    valid(`import scryptJs from "scrypt-js";\nconst key = await scryptJs.scrypt(passwordBytes, salt, 131072, 8, 1, 32);`),
  ],
  invalid: [
    // --- node:crypto createHash / createHmac over a password, every import style
    ...invalidAcrossImports({
      module: "node:crypto",
      member: "createHash",
      code: `const hashed = ⟦$FN("sha256")⟧.update(password).digest("hex");`,
      errors: [{ ...fast, data: { password: '"password"', algorithm: "SHA-256" } }],
    }),
    ...invalidAcrossImports({
      module: "crypto",
      member: "createHash",
      code: `const h = ⟦$FN("md5")⟧;\nh.update(req.body.password);\nconst stored = h.digest("hex");`,
      errors: [{ ...fast, data: { password: '"req.body.password"', algorithm: "MD5" } }],
    }),
    invalid(`${CRYPTO}const digest = ⟦crypto.createHmac("sha512", pepper)⟧.update(password).digest("base64");`, [
      { ...fast, data: { password: '"password"', algorithm: "HMAC-SHA-512" } },
    ]),
    invalid(`${CRYPTO}const ALG = "sha1";\nconst out = ⟦crypto.createHash(ALG)⟧.update(salt + user.password).digest("hex");`, [
      { ...fast, data: { password: '"user.password"', algorithm: "SHA-1" } },
    ]),
    invalid(`${CRYPTO}⟦crypto.createHash("sha256")⟧.update(\`\${salt}:\${newPassword}\`).digest("hex");`, [
      { ...fast, data: { password: '"newPassword"', algorithm: "SHA-256" } },
    ]),
    invalid(`${CRYPTO}⟦crypto.createHash("sha256")⟧.update(salt).update(Buffer.from(plainPassword, "utf8")).digest();`, [
      { ...fast, data: { password: '"plainPassword"', algorithm: "SHA-256" } },
    ]),
    invalid(`${CRYPTO}export function hashPassword(plain: string) {\n  return ⟦crypto.createHash("sha512")⟧.update(plain).digest("hex");\n}`, [
      { ...fast, data: { password: '"plain"', algorithm: "SHA-512" } },
    ]),
    invalid(`${CRYPTO}const passwordHash = ⟦crypto.createHash("sha256")⟧.update(input).digest("hex");`, [
      { ...fast, data: { password: 'stored as "passwordHash"', algorithm: "SHA-256" } },
    ]),
    invalid(`${CRYPTO}const pw = req.body.pwd as string;\nconst digest = ⟦crypto.createHash("sha256")⟧.update(pw!).digest("hex");`, [
      { ...fast, data: { password: '"pw"', algorithm: "SHA-256" } },
    ]),
    invalid(`import { hash } from "node:crypto";\nconst stored = ⟦hash("sha1", password)⟧;`, [{ ...fast, data: { password: '"password"', algorithm: "SHA-1" } }]),
    // --- one-shot digest libraries
    ...invalidAcrossImports({
      module: "md5",
      code: `user.passwordHash = ⟦$FN(password)⟧;`,
      errors: [{ ...fast, data: { password: '"password"', algorithm: "MD5" } }],
    }),
    ...invalidAcrossImports({
      module: "crypto-js",
      member: "SHA256",
      code: `const stored = ⟦$FN(password)⟧.toString();`,
      errors: [{ ...fast, data: { password: '"password"', algorithm: "SHA-256" } }],
    }),
    invalid(`import CryptoJS from "crypto-js";\nconst stored = ⟦CryptoJS.HmacSHA1(password, key)⟧.toString();`, [
      { ...fast, data: { password: '"password"', algorithm: "HMAC-SHA-1" } },
    ]),
    invalid(`import sha256 from "crypto-js/sha256";\nconst stored = ⟦sha256(form.password)⟧;`, [{ ...fast, data: { password: '"form.password"', algorithm: "SHA-256" } }]),
    invalid(`import { sha256 } from "js-sha256";\nconst stored = ⟦sha256(password)⟧;`, [{ ...fast, data: { password: '"password"', algorithm: "SHA-256" } }]),
    invalid(`import { sha256 } from "@noble/hashes/sha2";\nconst stored = ⟦sha256(new TextEncoder().encode(password))⟧;`, [
      { ...fast, data: { password: '"password"', algorithm: "SHA-256" } },
    ]),
    // --- bcrypt below cost 10
    ...invalidAcrossImports({
      module: "bcrypt",
      member: "hash",
      code: `await $FN(password, ⟦8⟧);`,
      errors: [{ messageId: "bcryptCost", data: { cost: "8", minimum: "10" }, suggestions: [{ messageId: "raiseCost", data: { minimum: "10" }, output: `await $FN(password, 10);` }] }],
    }),
    invalid(`import bcrypt from "bcryptjs";\nconst salt = bcrypt.genSaltSync(⟦5⟧);`, [
      { messageId: "bcryptCost", suggestions: [{ messageId: "raiseCost", output: `import bcrypt from "bcryptjs";\nconst salt = bcrypt.genSaltSync(10);` }] },
    ]),
    invalid(`const bcrypt = require("bcrypt");\nconst SALT_ROUNDS = 4;\nbcrypt.hash(password, ⟦SALT_ROUNDS⟧, (err, hash) => save(hash));`, [{ messageId: "bcryptCost", suggestions: [] }]),
    invalid(`import { hash } from "@node-rs/bcrypt";\nawait hash(password, ⟦6⟧);`, [
      { messageId: "bcryptCost", suggestions: [{ messageId: "raiseCost", output: `import { hash } from "@node-rs/bcrypt";\nawait hash(password, 10);` }] },
    ]),
    // --- PBKDF2 below the per-digest minimums
    ...invalidAcrossImports({
      module: "node:crypto",
      member: "pbkdf2Sync",
      code: `const key = $FN(password, salt, ⟦10000⟧, 64, "sha512");`,
      errors: [
        {
          messageId: "pbkdf2Iterations",
          data: { digest: "-SHA-512", iterations: "10,000", minimum: "220,000" },
          suggestions: [{ messageId: "raiseIterations", data: { minimum: "220,000" }, output: `const key = $FN(password, salt, 220000, 64, "sha512");` }],
        },
      ],
    }),
    invalid(`${CRYPTO}crypto.pbkdf2(password, salt, ⟦100_000⟧, 32, "sha256", (err, key) => {});`, [
      {
        messageId: "pbkdf2Iterations",
        data: { digest: "-SHA-256", iterations: "100,000", minimum: "600,000" },
        suggestions: [{ messageId: "raiseIterations", output: `${CRYPTO}crypto.pbkdf2(password, salt, 600000, 32, "sha256", (err, key) => {});` }],
      },
    ]),
    invalid(`${CRYPTO}crypto.pbkdf2Sync(password, salt, ⟦1000⟧, 32, digest);`, [
      { messageId: "pbkdf2Iterations", data: { digest: "", iterations: "1,000", minimum: "220,000" }, suggestions: [] },
    ]),
    invalid(`${CRYPTO}const ITERATIONS = 1_000_000;\ncrypto.pbkdf2Sync(password, salt, ⟦ITERATIONS⟧, 20, "sha1");`, [
      { messageId: "pbkdf2Iterations", data: { digest: "-SHA-1", iterations: "1,000,000", minimum: "1,400,000" }, suggestions: [] },
    ]),
    invalid(`import { pbkdf2Sync } from "pbkdf2";\nconst passwordHash = pbkdf2Sync(input, salt, ⟦1⟧, 32, "sha256");`, [
      { messageId: "pbkdf2Iterations", suggestions: [{ messageId: "raiseIterations", output: `import { pbkdf2Sync } from "pbkdf2";\nconst passwordHash = pbkdf2Sync(input, salt, 600000, 32, "sha256");` }] },
    ]),
    // --- scrypt with Node's defaults or weak options
    ...invalidAcrossImports({
      module: "node:crypto",
      member: "scryptSync",
      code: `const derived = ⟦$FN(password, salt, 64)⟧;`,
      errors: [
        {
          messageId: "weakScrypt",
          data: { cost: "16384", blockSize: "8", parallelism: "1", defaults: " (with Node's defaults filled in)" },
          suggestions: [{ messageId: "addScryptOptions", output: `const derived = $FN(password, salt, 64, ${SCRYPT_OPTIONS});` }],
        },
      ],
    }),
    invalid(`${CRYPTO}crypto.scrypt(password, salt, 64, ⟦{ N: 1024 }⟧, (err, key) => done(key));`, [
      { messageId: "weakScrypt", data: { cost: "1024", blockSize: "8", parallelism: "1", defaults: " (with Node's defaults filled in)" }, suggestions: [] },
    ]),
    invalid(`${CRYPTO}⟦crypto.scrypt(password, salt, 64, (err, key) => done(key))⟧;`, [
      {
        messageId: "weakScrypt",
        suggestions: [{ messageId: "addScryptOptions", output: `${CRYPTO}crypto.scrypt(password, salt, 64, ${SCRYPT_OPTIONS}, (err, key) => done(key));` }],
      },
    ]),
    invalid(
      `${CRYPTO}import { promisify } from "node:util";\nconst options = { N: 2 ** 14, r: 8, p: 1 } as const;\nexport function hashPassword(plain: string, salt: Buffer) {\n  return crypto.scryptSync(plain, salt, 64, ⟦options⟧);\n}`,
      [{ messageId: "weakScrypt", data: { cost: "16384", blockSize: "8", parallelism: "1", defaults: "" }, suggestions: [] }],
    ),
    // --- argon2 below the table
    ...invalidAcrossImports({
      module: "argon2",
      member: "hash",
      code: `await $FN(password, ⟦{ memoryCost: 4096, timeCost: 3 }⟧);`,
      errors: [{ messageId: "weakArgon2", data: { memory: "4096", time: "3", defaults: "" }, suggestions: [] }],
    }),
    invalid(`import { hash } from "@node-rs/argon2";\nconst opts = { timeCost: 1 } satisfies Options;\nawait hash(password, ⟦opts⟧);`, [
      { messageId: "weakArgon2", data: { memory: "19456", time: "1", defaults: " (defaults filled in)" }, suggestions: [] },
    ]),
    invalid(`import argon2 from "argon2";\nconst base = { memoryCost: 1024 };\nawait argon2.hash(password, ⟦{ ...base, timeCost: 2 }⟧);`, [{ messageId: "weakArgon2", suggestions: [] }]),
    // --- Argon2d / Argon2i instead of Argon2id
    ...invalidAcrossImports({
      module: "argon2",
      member: "hash",
      code: `await $FN(password, { type: ⟦$LIB.argon2i⟧ });`,
      errors: [{ messageId: "argon2Variant", data: { variant: "Argon2i" }, suggestions: [{ messageId: "useArgon2id", output: `await $FN(password, { type: $LIB.argon2id });` }] }],
    }),
    invalid(`import { hash, argon2d } from "argon2";\nconst options = { type: ⟦argon2d⟧, memoryCost: 65536 };\nawait hash(password, options);`, [
      { messageId: "argon2Variant", data: { variant: "Argon2d" }, suggestions: [] },
    ]),
    invalid(`import argon2 from "argon2";\nawait argon2.hash(password, { type: ⟦1⟧ });`, [
      { messageId: "argon2Variant", data: { variant: "Argon2i" }, suggestions: [{ messageId: "useArgon2id", output: `import argon2 from "argon2";\nawait argon2.hash(password, { type: 2 });` }] },
    ]),
    invalid(`import { hash, Algorithm } from "@node-rs/argon2";\nawait hash(password, { algorithm: ⟦Algorithm.Argon2d⟧ });`, [
      { messageId: "argon2Variant", data: { variant: "Argon2d" }, suggestions: [{ messageId: "useArgon2id", output: `import { hash, Algorithm } from "@node-rs/argon2";\nawait hash(password, { algorithm: Algorithm.Argon2id });` }] },
    ]),
    invalid(`import { argon2i } from "@noble/hashes/argon2.js";\nconst key = ⟦argon2i⟧(password, salt, { t: 3, m: 65536, p: 1 });`, [{ messageId: "argon2Variant", data: { variant: "Argon2i" }, suggestions: [] }]),
    // --- WebCrypto PBKDF2: global crypto, window.crypto, node:crypto's webcrypto / subtle
    invalid(
      `export async function hashPassword(password: string, salt: Uint8Array) {\n  const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(password), "PBKDF2", false, ["deriveBits"]);\n  return crypto.subtle.deriveBits({ name: "PBKDF2", salt, iterations: ⟦100000⟧, hash: "SHA-256" }, material, 256);\n}`,
      [
        {
          messageId: "pbkdf2Iterations",
          data: { digest: "-SHA-256", iterations: "100,000", minimum: "600,000" },
          suggestions: [
            {
              messageId: "raiseIterations",
              output: `export async function hashPassword(password: string, salt: Uint8Array) {\n  const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(password), "PBKDF2", false, ["deriveBits"]);\n  return crypto.subtle.deriveBits({ name: "PBKDF2", salt, iterations: 600000, hash: "SHA-256" }, material, 256);\n}`,
            },
          ],
        },
      ],
    ),
    invalid(
      `const key = await window.crypto.subtle.importKey("raw", enc.encode(form.password), { name: "PBKDF2" }, false, ["deriveKey"]);\nconst params = { name: "PBKDF2", salt, iterations: ⟦10_000⟧, hash: { name: "SHA-512" } } satisfies Pbkdf2Params;\nawait window.crypto.subtle.deriveKey(params, key, { name: "AES-GCM", length: 256 }, false, ["encrypt"]);`,
      [{ messageId: "pbkdf2Iterations", data: { digest: "-SHA-512", iterations: "10,000", minimum: "220,000" }, suggestions: [{ messageId: "raiseIterations", output: `const key = await window.crypto.subtle.importKey("raw", enc.encode(form.password), { name: "PBKDF2" }, false, ["deriveKey"]);\nconst params = { name: "PBKDF2", salt, iterations: 220000, hash: { name: "SHA-512" } } satisfies Pbkdf2Params;\nawait window.crypto.subtle.deriveKey(params, key, { name: "AES-GCM", length: 256 }, false, ["encrypt"]);` }] }],
    ),
    ...invalidAcrossImports({
      module: "node:crypto",
      member: "webcrypto",
      code: `const material = await $FN.subtle.importKey("raw", Buffer.from(password), "PBKDF2", false, ["deriveBits"]);\nawait $FN.subtle.deriveBits({ name: "PBKDF2", salt, iterations: ⟦5000⟧, hash: "SHA-1" }, material, 160);`,
      errors: [{ messageId: "pbkdf2Iterations", data: { digest: "-SHA-1", iterations: "5,000", minimum: "1,400,000" }, suggestions: [{ messageId: "raiseIterations", output: `const material = await $FN.subtle.importKey("raw", Buffer.from(password), "PBKDF2", false, ["deriveBits"]);\nawait $FN.subtle.deriveBits({ name: "PBKDF2", salt, iterations: 1400000, hash: "SHA-1" }, material, 160);` }] }],
    }),
    invalid(`import { subtle } from "node:crypto";\nexport const derivePasswordKey = (material: CryptoKey) => subtle.deriveBits({ name: "PBKDF2", salt, iterations: ⟦1000⟧, hash: digest }, material, 256);`, [
      { messageId: "pbkdf2Iterations", data: { digest: "", iterations: "1,000", minimum: "220,000" }, suggestions: [] },
    ]),
    // --- @noble/hashes: pbkdf2 with `c`, scrypt with { N, r, p }
    invalid(`import { pbkdf2 } from "@noble/hashes/pbkdf2";\nimport { sha256 } from "@noble/hashes/sha2";\nconst key = pbkdf2(sha256, password, salt, { c: ⟦2 ** 12⟧, dkLen: 32 });`, [
      { messageId: "pbkdf2Iterations", data: { digest: "-SHA-256", iterations: "4,096", minimum: "600,000" }, suggestions: [] },
    ]),
    invalid(`import { pbkdf2Async } from "@noble/hashes/pbkdf2.js";\nimport { sha512 } from "@noble/hashes/sha2.js";\nconst key = await pbkdf2Async(sha512, password, salt, { c: ⟦10000⟧, dkLen: 64 });`, [
      { messageId: "pbkdf2Iterations", suggestions: [{ messageId: "raiseIterations", output: `import { pbkdf2Async } from "@noble/hashes/pbkdf2.js";\nimport { sha512 } from "@noble/hashes/sha2.js";\nconst key = await pbkdf2Async(sha512, password, salt, { c: 220000, dkLen: 64 });` }] },
    ]),
    invalid(`import { scryptAsync } from "@noble/hashes/scrypt.js";\nconst key = await scryptAsync(password, salt, ⟦{ N: 2 ** 14, r: 8, p: 1, dkLen: 32 }⟧);`, [
      { messageId: "weakScrypt", data: { cost: "16384", blockSize: "8", parallelism: "1", defaults: "" }, suggestions: [] },
    ]),
    invalid(`import { sha256 } from "@noble/hashes/sha2.js";\nconst stored = ⟦sha256(password)⟧;`, [{ ...fast, data: { password: '"password"', algorithm: "SHA-256" } }]),
    // --- scrypt-js: positional N, r, p
    invalid(`const scrypt = require("scrypt-js");\nconst key = scrypt.syncScrypt(password, salt, ⟦1024⟧, 8, 1, 32);`, [
      { messageId: "weakScrypt", data: { cost: "1024", blockSize: "8", parallelism: "1", defaults: "" }, suggestions: [] },
    ]),
    invalid(`import { scrypt } from "scrypt-js";\nconst N = 16384;\nconst key = await scrypt(passwordBytes, salt, ⟦N⟧, 8, 1, 64);`, [{ messageId: "weakScrypt", suggestions: [] }]),
    // --- JSX/TSX file: a sign-up form hashing on the client
    invalid(
      `import md5 from "md5";\nexport function SignUp({ onSubmit }: { onSubmit: (v: string) => void }) {\n  const [password, setPassword] = useState("");\n  return <form onSubmit={() => onSubmit(⟦md5(password)⟧)}><input value={password} /></form>;\n}`,
      [{ ...fast, data: { password: '"password"', algorithm: "MD5" } }],
      { filename: "SignUp.tsx" },
    ),
  ],
});
