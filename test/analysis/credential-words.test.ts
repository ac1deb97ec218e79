import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayNameCredential, mayNameSecretOrCredential, spellsCredentialWord } from "../../src/analysis/credential-words.js";
import { SESSION_MIDDLEWARES } from "../../src/models/sessions.js";
import { SESSION_SECRET_SINKS } from "../../src/models/secrets.js";
import { analyze } from "../helpers/analyze.js";

/**
 * The two per-file word tests, written out one regular expression per vocabulary as they read in
 * the documentation. `credential-words.ts` runs them as combined passes, its alternations grouped by
 * first letter; these flat lists are the reference.
 */
const CREDENTIAL =
  /token|jwt|jose|bearer|secret|passw|passphrase|passcode|credential|auth(?!or(?!i))|api.{0,2}key|private.{0,2}key|log[-_ ]?in|logon|sign[-_ ]?in|refresh|cookie|eyj/iu;
const SESSION = /(?<![a-z])(?:sess|sid(?![a-z]))|Sess|SESS|Sid(?![a-z])|SID/u;
const SHORT_SECRET = /(?<![a-zA-Z])(?:sig|mac|otp|pwd?|pass|pin)(?![a-z])|(?:Sig|Mac|Otp|Pwd?|Pass|Pin)(?![a-z])|SIG|MAC|OTP|PWD?|PASS|PIN/u;
const LONG_SECRET = /signature|hmac|totp|hotp|nonce|csrf|xsrf|mnemonic|bcrypt|argon|pbkdf|scrypt|derive(?:bits|key)/iu;
const SECRET_PHRASE =
  /(?:reset|verify|verification|confirmation|magic|recovery|backup)[^a-z0-9]?codes?|reset[^a-z0-9]?key|key[^a-z0-9]?hash|(?:encryption|master)[^a-z0-9]?key|security[^a-z0-9]?answer/iu;

function reference(text: string): { credential: boolean; secretOrCredential: boolean } {
  const credential = CREDENTIAL.test(text) || SESSION.test(text);
  return { credential, secretOrCredential: credential || SHORT_SECRET.test(text) || LONG_SECRET.test(text) || SECRET_PHRASE.test(text) };
}

/** A fake rule context: the word tests read the text and cache per AST object. */
function contextOf(text: string) {
  return { sourceCode: { text, ast: {}, getAllComments: () => [] } } as unknown as Parameters<typeof mayNameCredential>[0];
}

function verdicts(text: string): { credential: boolean; secretOrCredential: boolean } {
  // One context per question, so neither answer is read from the other's cache.
  return { credential: mayNameCredential(contextOf(text)), secretOrCredential: mayNameSecretOrCredential(contextOf(text)) };
}

/** Pieces of text around the words: every vocabulary word in three casings, near-misses, separators, code. */
const FRAGMENTS = [
  ..."token jwt jose bearer secret passw passphrase passcode credential auth author authority apikey api_key privateKey login log-in logon signin sign_in refresh cookie eyJ".split(" "),
  ..."sess session sid inside assess Sid SID userSid signature hmac totp hotp nonce csrf xsrf mnemonic bcrypt argon2 pbkdf2 scrypt deriveBits".split(" "),
  ..."sig mac otp pw pwd pass pin Pin PIN userPin pinCode mapping machine bypass passed typing resetCode verification_code keyHash MASTER_KEY securityAnswer".split(" "),
  ..."confirmationCode magic_code recovery-codes backupCodes verifyCode resetKey encryptionKey deriveKey reset recovery verify key hash master".split(" "),
  " ",
  ".",
  "_",
  "-",
  "(",
  "x",
  "A",
  "\n",
  "const value = 1;",
];
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.constantFrom(...FRAGMENTS).map((word) => word.toUpperCase()),
      fc.constantFrom(...FRAGMENTS).map((word) => word[0].toUpperCase() + word.slice(1)),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

describe("mayNameCredential / mayNameSecretOrCredential", () => {
  it("agree with one test per vocabulary on generated text", () => {
    fc.assert(
      fc.property(text, (sample) => {
        expect(verdicts(sample)).toEqual(reference(sample));
      }),
      { numRuns: 3000, seed: 20261123 },
    );
  });

  it.each([
    ["", false, false],
    ["const total = items.length; // mapping, typing, machine", false, false],
    ["if (signature !== expected) fail();", false, true],
    ["const userPin = read();", false, true],
    ["const PINCode = read();", false, true],
    ["const resetCode = digits();", false, true],
    ["hash(pw, 12)", false, true],
    ["import bcrypt from 'bcryptjs';", false, true],
    ["const nonce = x; const accessToken = y;", true, true],
    ["const nonce = x; const userSid = y;", true, true],
    ["verify(pin); req.session.user = u;", true, true],
    ["log(authority)", true, true],
  ])("%j: credential %s, secret or credential %s", (sample, credential, secretOrCredential) => {
    expect(verdicts(sample)).toEqual({ credential, secretOrCredential });
    expect(reference(sample)).toEqual({ credential, secretOrCredential });
  });

  it.each([
    ["// refresh the access token\nconst total = items.length;", false, false],
    ["/** @param signature the HMAC of the body */\nexport function check(value) { return value; }", false, false],
    ["#!/usr/bin/env node\n/* session */ const total = 1; // password", false, false],
    ["const total = 1; /* token */ const accessToken = read();", true, true],
    ["const userSid/* x */= 1;", true, true],
    ["const x = auth/* or */;", true, true],
    ["const s = '// token';", true, true],
    ["const s = `/* pin */`;", false, true],
  ])("read the code, not the comments: %j", (code, credential, secretOrCredential) => {
    expect(analyze(code, (context) => mayNameCredential(context), "file.js")).toBe(credential);
    expect(analyze(code, (context) => mayNameSecretOrCredential(context), "file.js")).toBe(secretOrCredential);
  });

  it.each([
    ["generateSessionId", true],
    ["genSessionId", true],
    ["accessToken", true],
    ["genid", false],
    ["idGenerator", false],
    ["// token", true],
  ])("spellsCredentialWord(%j) is %s, comments included", (text, expected) => {
    expect(spellsCredentialWord(text)).toBe(expected);
    expect(spellsCredentialWord(text)).toBe(reference(text).credential);
  });

  it("pass every file that calls a session middleware or passes a secret to a session library", () => {
    // By module name or by the function called (`createCookieSessionStorage`). hapi's modules are the
    // documented exception: the cookie and session pre-checks also look for `hapi` / `yar`.
    for (const middleware of SESSION_MIDDLEWARES) {
      if (middleware.module.startsWith("@hapi/")) continue;
      const call = middleware.path.length > 0 ? `m.${middleware.path.join(".")}(options)` : "m(options)";
      expect(analyze(`import * as m from "${middleware.module}"; ${call};`, (context) => mayNameCredential(context)), `${middleware.module} ${call}`).toBe(true);
    }
    for (const sink of SESSION_SECRET_SINKS) {
      expect(analyze(`import m from "${sink.module}"; use(m);`, (context) => mayNameCredential(context)), sink.module).toBe(true);
    }
  });
});
