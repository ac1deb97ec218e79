/**
 * The per-file word tests that the credential and secret rules run first in `create()`: one to
 * three regular-expression passes over the text per file, cached per AST and shared by every rule
 * that asks, so a file that spells no credential or secret word costs those rules almost nothing. Its
 * own module so that the models (`src/models/`) can gate on it without importing the credential
 * analysis.
 */
import { codeText, perFile, type AnyContext } from "./ast.js";

/**
 * Every way `credentialIn`, `credentialKey` and a "credential" `credentialNameVerdict` can
 * recognise a credential starts from text of the file that spells one of these: a credential
 * word or phrase (`CREDENTIAL_WORDS`, `CREDENTIAL_PHRASES` and "auth" in names.ts), a login /
 * refresh / token response word (`responseKind`), a JWT library (its sign calls), a credential
 * header name, `Bearer` or a JWT literal (`eyJ…`). "author" (`@author`) is no auth word;
 * `authorization` and `authority` still are. The words: token, jwt, jose, bearer, secret, passw,
 * passphrase, passcode, credential, auth, api key, private key, log in, logon, sign in, refresh,
 * cookie, eyJ, grouped by first letter: V8 tries an alternation's branches at every position, and
 * one branch per first letter makes the pass 13% faster than the flat list (the tests check it
 * against the flat list).
 */
const CREDENTIAL_TEXT =
  /t(?:oken)|j(?:wt|ose)|b(?:earer)|s(?:ecret|ign[-_ ]?in)|p(?:ass(?:w|phrase|code)|rivate.{0,2}key)|c(?:redential|ookie)|a(?:uth(?!or(?!i))|pi.{0,2}key)|l(?:og(?:[-_ ]?in|on))|r(?:efresh)|e(?:yj)/iu;
/** `sid` and `session` as words: at the start of a name, after a non-letter or in camel case (not `inside`, `assess`). */
const SESSION_TEXT = /(?<![a-z])(?:sess|sid(?![a-z]))|Sess|SESS|Sid(?![a-z])|SID/u;

/**
 * Secret words that are no credential words, case-insensitive: longer words (`signature`, `hmac`,
 * `totp`, `nonce`, `csrf`, `mnemonic`), the password-hashing libraries and APIs whose work factors
 * are checked whatever the names (bcrypt, argon2, PBKDF2, scrypt, `deriveBits`), and two-word
 * secrets (`resetCode`, `verification_code`, `keyHash`, `MASTER_KEY`, `securityAnswer`), grouped
 * by first letter like `CREDENTIAL_TEXT` (18% faster than the flat list the tests check it against).
 */
const SECRET_TEXT =
  /s(?:ignature|crypt|ecurity[^a-z0-9]?answer)|h(?:mac|otp)|totp|nonce|c(?:srf|onfirmation[^a-z0-9]?codes?)|xsrf|m(?:nemonic|agic[^a-z0-9]?codes?|aster[^a-z0-9]?key)|b(?:crypt|ackup[^a-z0-9]?codes?)|argon|pbkdf|derive(?:bits|key)|re(?:set[^a-z0-9]?(?:codes?|key)|covery[^a-z0-9]?codes?)|verif(?:y|ication)[^a-z0-9]?codes?|key[^a-z0-9]?hash|encryption[^a-z0-9]?key/iu;
/**
 * The case-sensitive words in one pass: `SESSION_TEXT` (group 1), then the short secret words
 * `sig`, `mac`, `otp`, `pw`, `pwd`, `pass`, `pin` after a non-letter, in camel case or in capitals.
 */
const CASED_WORDS =
  /((?<![a-z])(?:sess|sid(?![a-z]))|Sess|SESS|Sid(?![a-z])|SID)|(?<![a-zA-Z])(?:sig|mac|otp|pwd?|pass|pin)(?![a-z])|(?:Sig|Mac|Otp|Pwd?|Pass|Pin)(?![a-z])|SIG|MAC|OTP|PWD?|PASS|PIN/u;

interface Words {
  credential: boolean;
  /** A secret word that is no credential word: decided on first use, and only when `credential` is false. */
  secret: boolean | undefined;
}

/**
 * The credential verdict, and the secret verdict as far as the same passes decide it, read from
 * the file's code (`codeText`: every report of the rules that ask starts from a node that spells
 * the word, never from a comment; one release file in ten spelled its only credential word in a
 * comment). A regular
 * expression costs about the same per character for each word it looks for, so the credential
 * words come alone first (they end the search early in the third of files that have one), and
 * the session and short secret words share the one case-sensitive pass. A match is the leftmost
 * one, and at a position the session alternatives are tried first, so when the first match is a
 * short secret word a session word can only come later: the session test goes on from there.
 */
const words = perFile((context): Words => {
  const text = codeText(context);
  if (CREDENTIAL_TEXT.test(text)) return { credential: true, secret: undefined };
  const cased = CASED_WORDS.exec(text);
  if (cased === null) return { credential: false, secret: undefined };
  if (cased[1] !== undefined) return { credential: true, secret: undefined };
  return { credential: SESSION_TEXT.test(text.slice(cased.index)), secret: true };
});

/**
 * `mayNameCredential` for a piece of text rather than a file (no cache, comments included): for
 * checks, at module load and in tests, that a name or module is found by the shared test.
 */
export function spellsCredentialWord(text: string): boolean {
  return CREDENTIAL_TEXT.test(text) || SESSION_TEXT.test(text);
}

/**
 * False when nothing in the file can be recognised as a credential (see `CREDENTIAL_TEXT` and
 * `SESSION_TEXT`), so `credentialIn` and `credentialKey` return undefined for every node and no
 * name or key of the file is a "credential" by `credentialNameVerdict`. A cheap per-file
 * pre-check for the rules whose every report needs one (cached per AST).
 */
export function mayNameCredential(context: AnyContext): boolean {
  return words(context).credential;
}

/**
 * False when the file spells no credential word and none of the secret words that are not
 * credential words: the words of `isSecretCompareName` (signatures, HMACs, one-time, reset and
 * verification codes, short password names), of the "secret" category of `isSensitiveDataName`
 * (PINs, mnemonics, recovery codes, encryption keys), nonces and CSRF tokens, and the
 * password-hashing libraries. For the rules about secrets in general (timing-safe comparison,
 * weak ids, logs, password hashing): without either, no name of the file is a secret they report.
 */
export function mayNameSecretOrCredential(context: AnyContext): boolean {
  const found = words(context);
  if (found.credential) return true;
  // Cached on the per-file verdicts: one more pass, only in files without a credential word.
  found.secret ??= SECRET_TEXT.test(codeText(context));
  return found.secret;
}
