/**
 * Words in names: `accessToken`, `ACCESS_TOKEN`, `access-token`, `app.auth.token` → `access token`.
 * The credential vocabulary lives here so every rule (storage, logs, cookies, claims) agrees
 * on what a credential is, and on the look-alikes that are not (see false-positives.md).
 */

/** Splits camelCase, PascalCase, snake_case, kebab-case, dotted and spaced names into lowercase words. */
export function splitWords(name: string): string[] {
  const words: string[] = [];
  // Bounded, linear scan: no regular expression with nested quantifiers.
  let current = "";
  const flush = (): void => {
    if (current) words.push(current.toLowerCase());
    current = "";
  };
  for (let i = 0; i < name.length && i < 256; i++) {
    const ch = name[i];
    const isUpper = ch >= "A" && ch <= "Z";
    const isLower = ch >= "a" && ch <= "z";
    const isDigit = ch >= "0" && ch <= "9";
    if (!isUpper && !isLower && !isDigit) {
      flush();
      continue;
    }
    if (isUpper && current) {
      const prev = current[current.length - 1];
      const next = name[i + 1];
      const prevLower = prev >= "a" && prev <= "z";
      const prevDigit = prev >= "0" && prev <= "9";
      const prevUpper = prev >= "A" && prev <= "Z";
      // "accessToken" → access|Token; "JWTToken" → JWT|Token; "ID2" stays.
      if (prevLower || prevDigit || (prevUpper && next !== undefined && next >= "a" && next <= "z")) flush();
    }
    current += ch;
  }
  flush();
  return words;
}

/** Words that on their own name a credential. */
const CREDENTIAL_WORDS = new Set([
  "token",
  "jwt",
  "bearer",
  "sid",
  "sessionid",
  "credential",
  "credentials",
  "password",
  "passwd",
  "passphrase",
  "secret",
  "apikey",
  "accesstoken",
  "refreshtoken",
  "idtoken",
  "authtoken",
]);

/** Two-word phrases that name a credential. */
const CREDENTIAL_PHRASES = [
  ["session", "id"],
  ["session", "token"],
  ["session", "key"],
  ["api", "key"],
  ["auth", "key"],
  ["private", "key"],
  ["client", "secret"],
  ["auth", "header"],
  ["authorization"],
  ["auth"],
];

/**
 * Qualifiers that turn "token" into something that is not a credential (false-positives.md):
 * LLM token counts, paging cursors, cancellation, push/device ids, CSRF tokens, design and
 * lexer tokens, and metadata about a token (its type, expiry, endpoint).
 */
const NOT_CREDENTIAL_WORDS = new Set([
  "count",
  "counts",
  "max",
  "min",
  "limit",
  "limits",
  "usage",
  "tokenizer",
  "tokenize",
  "tokens",
  "input",
  "output",
  "completion",
  "prompt",
  "page",
  "next",
  "continuation",
  "cursor",
  "cancel",
  "cancellation",
  "abort",
  "device",
  "push",
  "fcm",
  "apns",
  "registration",
  "csrf",
  "xsrf",
  "design",
  "lexer",
  "parser",
  "syntax",
  "kind",
  "type",
  "expiry",
  "expires",
  "expiration",
  "exp",
  "url",
  "uri",
  "endpoint",
  "length",
  "len",
  "name",
  "header" /* "tokenHeader" = header name */,
  "prefix",
  "field",
  "param",
  "format",
  "regex",
  "pattern",
  "changed",
  "required",
  "reset",
  "policy",
  "strength",
  "hint",
  "label",
  "placeholder",
  "has",
  "is",
  "should",
  "show",
  "visible",
  "toggle",
  "error",
  "errors",
  "valid",
  "invalid",
  "at",
  "i18n",
  "color",
  "spacing",
]);

const KEY_NAME_QUALIFIERS = new Set(["token", "jwt", "storage", "cookie", "cache", "header", "query", "param"]);

/** True when a name (identifier, property key, storage key) names a credential. */
export function isCredentialName(name: string): boolean {
  const words = splitWords(name);
  if (words.length === 0) return false;
  for (const word of words) if (NOT_CREDENTIAL_WORDS.has(word)) return false;
  // "TOKEN_KEY", "jwtStorageKey", "cookieKey": the name of a storage slot, not the credential.
  const last = words[words.length - 1];
  if (last === "key" && words.length > 1 && KEY_NAME_QUALIFIERS.has(words[words.length - 2])) return false;
  for (const word of words) if (CREDENTIAL_WORDS.has(word)) return true;
  for (const phrase of CREDENTIAL_PHRASES) {
    if (containsPhrase(words, phrase)) return true;
  }
  return false;
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** Names of request-identity slots: values written here are trusted as the caller's identity. */
const IDENTITY_TARGETS = new Set(["user", "auth", "identity", "principal", "claims", "session", "account", "userid", "currentuser", "viewer"]);

export function isIdentityName(name: string): boolean {
  const words = splitWords(name);
  return words.length > 0 && (IDENTITY_TARGETS.has(words.join("")) || IDENTITY_TARGETS.has(words[words.length - 1]));
}

/** A complete JWT literal: three base64url segments, the first one a JSON header (`eyJ…`). */
export function looksLikeJwt(value: string): boolean {
  if (value.length > 8192) return false;
  const trimmed = value.startsWith("Bearer ") ? value.slice(7) : value;
  const parts = trimmed.split(".");
  if (parts.length !== 3) return false;
  if (!parts[0].startsWith("eyJ") || parts[0].length < 10 || parts[1].length < 10) return false;
  return parts.every((part, index) => (index === 2 ? part.length >= 0 : part.length > 0) && /^[A-Za-z0-9_-]*$/u.test(part));
}

/** A PEM private key block. */
export function isPemPrivateKey(value: string): boolean {
  return /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/u.test(value.slice(0, 200));
}

/** A PEM block of any kind (public keys and certificates are not secrets). */
export function isPem(value: string): boolean {
  return value.trimStart().startsWith("-----BEGIN ");
}
