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
    // --- JSX/TSX file: a sign-up form hashing on the client
    invalid(
      `import md5 from "md5";\nexport function SignUp({ onSubmit }: { onSubmit: (v: string) => void }) {\n  const [password, setPassword] = useState("");\n  return <form onSubmit={() => onSubmit(⟦md5(password)⟧)}><input value={password} /></form>;\n}`,
      [{ ...fast, data: { password: '"password"', algorithm: "MD5" } }],
      { filename: "SignUp.tsx" },
    ),
  ],
});
