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
  "apitoken",
  "bearertoken",
  "sessid",
  "privatekey",
  "passcode",
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
  ["auth", "cookie"],
  ["session", "cookie"],
  ["authorization"],
];

/**
 * "auth" alone is a credential only as the whole name or followed by a word that says "the
 * value of": `auth`, `app.auth`, `authData`, `authState`, `x-auth`; not `authRedirect`,
 * `authProvider`, `authLoading`, `useAuth`.
 */
const AUTH_VALUE_WORDS = new Set(["data", "info", "state", "header", "headers", "value", "string", "str", "object", "obj", "details", "cookie", "creds", "result", "response", "payload"]);

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
  // Metadata about a token's lifetime and state, not the token.
  "ttl",
  "lifetime",
  "duration",
  "timeout",
  "time",
  "timestamp",
  "date",
  "issued",
  "expired",
  "scope",
  "scopes",
  "status",
  "loading",
  "pending",
  "exists",
  "missing",
  "mode",
  "method",
  "version",
  // Sizes, and flags that ask for (or skip) a credential: `sessionCookieBytes`, `forceFreshAuth`, TanStack `skipToken`.
  "bytes",
  "size",
  "skip",
  "force",
  "fresh",
  // Lexer tokens: positions and streams.
  "index",
  "idx",
  "position",
  "offset",
  "line",
  "column",
  "range",
  "loc",
  "stream",
]);

/**
 * A last word that names the code object handling credentials, not a credential:
 * `tokenService`, `authProvider`, `passwordValidator`, `tokenStorage`, `jwtStrategy`.
 */
const HOLDER_WORDS = new Set([
  "service",
  "provider",
  "manager",
  "handler",
  "interceptor",
  "client",
  "helper",
  "helpers",
  "util",
  "utils",
  "validator",
  "validation",
  "schema",
  "model",
  "generator",
  "factory",
  "strategy",
  "guard",
  "middleware",
  "module",
  "controller",
  "repository",
  "repo",
  "entity",
  "dto",
  "route",
  "router",
  "path",
  "storage",
  "store",
  "loader",
  "fetcher",
  "listener",
  "callback",
  "input",
  "form",
  "field",
  "component",
  "dialog",
  "modal",
  "button",
  "page",
  "screen",
  "view",
]);

const KEY_NAME_QUALIFIERS = new Set(["token", "jwt", "storage", "cookie", "cache", "header", "query", "param"]);

export type CredentialNameVerdict =
  /** The name says "credential": `accessToken`, `x-auth-token`, `SESSION_ID`, `app.auth.token`. */
  | "credential"
  /** The name has a credential word but is about something else: `tokenCount`, `csrfToken`, `TOKEN_KEY`, `tokenService`. */
  | "excluded"
  /** The name says nothing either way: `data`, `value`, `t`. */
  | "neutral";

/**
 * Three-way reading of a name: a credential, explicitly not one (a look-alike from
 * false-positives.md, a storage-slot name, a holder object), or neutral. Data flow may
 * still make a neutral name a credential; it never overrides "excluded".
 */
export function credentialNameVerdict(name: string): CredentialNameVerdict {
  const words = splitWords(name);
  if (words.length === 0) return "neutral";
  if (!hasCredentialWords(words)) return "neutral";
  for (const word of words) if (NOT_CREDENTIAL_WORDS.has(word)) return "excluded";
  const last = words[words.length - 1];
  // "TOKEN_KEY", "jwtStorageKey", "cookieKey": the name of a storage slot, not the credential.
  if (last === "key" && words.length > 1 && KEY_NAME_QUALIFIERS.has(words[words.length - 2])) return "excluded";
  if (words.length > 1 && HOLDER_WORDS.has(last)) return "excluded";
  for (let i = 0; i + 1 < words.length; i++) {
    // "tokenId" is the token's identifier (jti, a payment token id); "tokenHeader" / "jwtHeader" is a header name or the JOSE header.
    if ((words[i] === "token" || words[i] === "jwt") && (words[i + 1] === "id" || words[i + 1] === "header" || words[i + 1] === "headers")) return "excluded";
  }
  return "credential";
}

function hasCredentialWords(words: readonly string[]): boolean {
  for (const word of words) if (CREDENTIAL_WORDS.has(word)) return true;
  for (const phrase of CREDENTIAL_PHRASES) {
    if (containsPhrase(words, phrase)) return true;
  }
  const at = words.lastIndexOf("auth");
  return at >= 0 && (at === words.length - 1 || (at === words.length - 2 && AUTH_VALUE_WORDS.has(words[at + 1])));
}

/** True when a name (identifier, property key, storage key) names a credential. */
export function isCredentialName(name: string): boolean {
  return credentialNameVerdict(name) === "credential";
}

export type CredentialKind = "token" | "password" | "session-id" | "api-key" | "other";

const PASSWORD_WORDS = new Set(["password", "passwd", "passphrase", "passcode", "pwd"]);
const SESSION_WORDS = new Set(["sid", "sessionid", "sessid"]);
const API_KEY_WORDS = new Set(["apikey", "secret", "privatekey"]);
const TOKEN_WORDS = new Set(["token", "jwt", "bearer", "accesstoken", "refreshtoken", "idtoken", "authtoken", "apitoken", "bearertoken", "authorization", "auth"]);

/** What kind of credential a credential name names (for messages and rule policy). */
export function credentialKind(name: string): CredentialKind {
  const words = splitWords(name);
  if (words.some((word) => PASSWORD_WORDS.has(word))) return "password";
  if (words.some((word) => SESSION_WORDS.has(word)) || containsPhrase(words, ["session", "id"]) || containsPhrase(words, ["session", "token"]) || containsPhrase(words, ["session", "cookie"])) {
    return "session-id";
  }
  if (words.some((word) => API_KEY_WORDS.has(word)) || containsPhrase(words, ["api", "key"]) || containsPhrase(words, ["private", "key"])) return "api-key";
  if (words.some((word) => TOKEN_WORDS.has(word))) return "token";
  return "other";
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

// ---------------------------------------------------------------------------------------------
// Sensitive data: secrets, regulated data and (optionally) personal data, by the words of a name.
// Shared by the JWT claims, logging and storage rules. Credentials that authenticate a request
// (tokens, session ids) are `isCredentialName`'s business; this vocabulary is about data that must
// not travel in readable form at all: passwords and their hashes, card and bank numbers, national
// identifiers, MFA secrets, keys.
// ---------------------------------------------------------------------------------------------

/** `secret`: authenticates someone or something; `regulated`: payment, bank, national-id data; `pii`: personal data. */
export type SensitiveCategory = "secret" | "regulated" | "pii";

export interface SensitiveNameOptions {
  /** Also treat personal data (email, phone, postal address, date of birth) as sensitive. Default `false`. */
  readonly pii?: boolean;
  /** More sensitive names, compared word by word (`"taxNumber"` also matches `tax_number` and `userTaxNumber`). */
  readonly extra?: readonly string[];
  /** Names that are never sensitive, compared word by word against the whole name (`"pinHash"` allows `pin_hash`). */
  readonly allow?: readonly string[];
}

export interface SensitiveName {
  readonly category: SensitiveCategory;
  /** The word or phrase that matched, in words: `"password"`, `"credit card"`. */
  readonly word: string;
}

const SENSITIVE_WORDS: ReadonlyMap<string, SensitiveCategory> = new Map<string, SensitiveCategory>([
  ["password", "secret"],
  ["passwd", "secret"],
  ["pwd", "secret"],
  ["pw", "secret"],
  ["passphrase", "secret"],
  ["passcode", "secret"],
  ["secret", "secret"],
  ["secrets", "secret"],
  ["pin", "secret"],
  ["otp", "secret"],
  ["totp", "secret"],
  ["hotp", "secret"],
  ["mnemonic", "secret"],
  ["apikey", "secret"],
  ["privatekey", "secret"],
  ["ssn", "regulated"],
  ["cvv", "regulated"],
  ["cvc", "regulated"],
  ["cvv2", "regulated"],
  ["cvc2", "regulated"],
  ["iban", "regulated"],
  ["creditcard", "regulated"],
  ["cardnumber", "regulated"],
]);

const PII_WORDS: ReadonlySet<string> = new Set(["email", "emailaddress", "phone", "telephone", "msisdn", "phonenumber", "dob", "birthdate", "birthday", "dateofbirth", "postcode", "zipcode"]);

const SENSITIVE_PHRASES: readonly (readonly [readonly string[], SensitiveCategory])[] = [
  [["social", "security"], "regulated"],
  [["credit", "card"], "regulated"],
  [["card", "number"], "regulated"],
  [["card", "num"], "regulated"],
  [["card", "no"], "regulated"],
  [["cc", "number"], "regulated"],
  [["cc", "num"], "regulated"],
  [["security", "code"], "regulated"],
  [["bank", "account"], "regulated"],
  [["account", "number"], "regulated"],
  [["routing", "number"], "regulated"],
  [["sort", "code"], "regulated"],
  [["tax", "id"], "regulated"],
  [["tax", "number"], "regulated"],
  [["national", "id"], "regulated"],
  [["passport", "number"], "regulated"],
  [["passport", "no"], "regulated"],
  [["driver", "license"], "regulated"],
  [["drivers", "license"], "regulated"],
  [["driver", "licence"], "regulated"],
  [["driving", "licence"], "regulated"],
  [["medical", "record"], "regulated"],
  [["api", "key"], "secret"],
  [["private", "key"], "secret"],
  [["signing", "key"], "secret"],
  [["encryption", "key"], "secret"],
  [["master", "key"], "secret"],
  [["recovery", "code"], "secret"],
  [["recovery", "codes"], "secret"],
  [["backup", "code"], "secret"],
  [["backup", "codes"], "secret"],
  [["security", "answer"], "secret"],
];

const PII_PHRASES: readonly (readonly string[])[] = [
  ["date", "of", "birth"],
  ["birth", "date"],
  ["birth", "day"],
  ["postal", "code"],
  ["zip", "code"],
];

/**
 * Qualifiers that make a name about the data rather than the data itself: flags (`hasPassword`),
 * timestamps (`passwordChangedAt`), policies (`passwordMinLength`), identifiers of a secret
 * (`secretId`, `apiKeyName`), UI (`passwordLabel`), counters, masked forms (`cardLast4`).
 */
const ABOUT_THE_DATA_WORDS: ReadonlySet<string> = new Set([
  // flags and verbs
  "has", "is", "should", "can", "must", "needs", "need", "force", "require", "requires", "required", "did", "was", "were",
  "allow", "allowed", "allows", "enable", "enabled", "disable", "disabled", "use", "uses", "show", "hide", "shown", "hidden",
  "visible", "visibility", "toggle", "protected", "set", "exists", "present", "configured", "ok",
  // time
  "at", "changed", "change", "changes", "updated", "update", "modified", "created", "expires", "expiry", "expired",
  "expiration", "age", "last", "time", "timestamp", "date" /* "passwordDate"; "date of birth" is a phrase */,
  // policy and shape
  "length", "len", "min", "max", "size", "rounds", "cost", "iterations", "algorithm", "algo", "strength", "score", "policy",
  "policies", "rule", "rules", "pattern", "regex", "format", "complexity", "prefix", "suffix",
  // UI and validation
  "field", "fields", "label", "hint", "placeholder", "prompt", "question", "error", "errors", "message", "valid", "invalid",
  "validation", "validator", "verified", "match", "matches", "mismatch", "generator",
  // counters and versions
  "count", "attempts", "attempt", "tries", "retries", "failures", "failed", "version",
  // identifiers and locations of a secret
  "id", "ids", "name", "names", "ref", "arn", "uri", "url", "endpoint", "path", "route", "file", "header", "param", "env",
  "type", "kind", "mode", "manager",
  // masked forms
  "masked", "mask", "redacted", "last4", "brand",
  // messaging about an address
  "template", "templates", "subject", "body", "sent", "notifications", "notification", "settings", "preferences",
  "consent", "opt", "subscribed", "unsubscribed", "domain",
]);

/** Words that may stand next to `hash` / `salt` when the name is the secret value itself (`hash`, `saltValue`). */
const HASH_COMPANIONS: ReadonlySet<string> = new Set(["hash", "hashed", "salt", "value", "string", "hex", "b64", "base64", "bytes", "buffer"]);

/** Words before `address` that make it a network, memory or wallet address rather than a postal one. */
const NON_POSTAL_ADDRESS: ReadonlySet<string> = new Set([
  "ip", "ipv4", "ipv6", "mac", "wallet", "contract", "server", "host", "remote", "local", "network", "bind", "listen", "listening",
  "memory", "base", "url", "web", "eth", "btc", "bitcoin", "ethereum", "node", "peer", "socket", "token", "proxy", "gateway",
  "dns", "multicast", "broadcast", "hardware", "virtual", "public", "evm", "email", "mail",
]);

interface Match {
  start: number;
  length: number;
  category: SensitiveCategory;
  word: string;
}

const CATEGORY_RANK: Record<SensitiveCategory, number> = { secret: 0, regulated: 1, pii: 2 };

function phrasePositions(words: readonly string[], phrase: readonly string[]): number[] {
  const out: number[] = [];
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    out.push(i);
  }
  return out;
}

/**
 * What sensitive data a name (property key, variable, column) names, if any: `password`,
 * `passwordHash`, `hashed_password`, `ssn`, `creditCardNumber`, `cvv`, `totpSecret`, `apiKey`,
 * `privateKey`, `iban`… and, with `pii`, `email`, `phoneNumber`, `homeAddress`, `dateOfBirth`.
 * Names about the data are not the data: `passwordChangedAt`, `hasPassword`, `passwordResetRequired`,
 * `passwordMinLength`, `secretId`, `apiKeyName`, `cardLast4`, `emailVerified`, `ipAddress`,
 * `pinned`, `hashtag`, `hashedAt`, `fileHash`, `saltRounds`.
 */
export function isSensitiveDataName(name: string, options: SensitiveNameOptions = {}): SensitiveName | undefined {
  const words = splitWords(name);
  if (words.length === 0) return undefined;
  const joined = words.join(" ");
  for (const allowed of options.allow ?? []) {
    if (allowed === name || splitWords(allowed).join(" ") === joined) return undefined;
  }
  const matches: Match[] = [];
  for (const extra of options.extra ?? []) {
    const phrase = splitWords(extra);
    if (phrase.length === 0) continue;
    for (const start of phrasePositions(words, phrase)) matches.push({ start, length: phrase.length, category: "secret", word: phrase.join(" ") });
  }
  words.forEach((word, start) => {
    const category = SENSITIVE_WORDS.get(word);
    if (category) matches.push({ start, length: 1, category, word });
    else if (options.pii && PII_WORDS.has(word)) matches.push({ start, length: 1, category: "pii", word });
  });
  for (const [phrase, category] of SENSITIVE_PHRASES) {
    for (const start of phrasePositions(words, phrase)) matches.push({ start, length: phrase.length, category, word: phrase.join(" ") });
  }
  if (options.pii) {
    for (const phrase of PII_PHRASES) {
      for (const start of phrasePositions(words, phrase)) matches.push({ start, length: phrase.length, category: "pii", word: phrase.join(" ") });
    }
    words.forEach((word, start) => {
      if (word === "address" && !(start > 0 && NON_POSTAL_ADDRESS.has(words[start - 1]))) {
        matches.push({ start, length: 1, category: "pii", word });
      }
    });
  }
  // A bare hash or salt is a password hash / salt; `fileHash`, `commitHash`, `saltRounds` are not.
  if (words.every((word) => HASH_COMPANIONS.has(word))) {
    const start = words.findIndex((word) => word === "hash" || word === "hashed" || word === "salt");
    if (start >= 0) matches.push({ start, length: 1, category: "secret", word: words[start] });
  }
  // A primary account number (card number) spelled "pan" only when it is the whole name.
  if (joined === "pan" || joined === "card pan") matches.push({ start: words.length - 1, length: 1, category: "regulated", word: "pan" });
  if (matches.length === 0) return undefined;
  const covered = new Set<number>();
  for (const match of matches) for (let i = match.start; i < match.start + match.length; i++) covered.add(i);
  for (let i = 0; i < words.length; i++) {
    if (!covered.has(i) && ABOUT_THE_DATA_WORDS.has(words[i])) return undefined;
  }
  matches.sort((a, b) => CATEGORY_RANK[a.category] - CATEGORY_RANK[b.category] || a.start - b.start);
  return { category: matches[0].category, word: matches[0].word };
}

const KEY_CHAR = /[A-Za-z0-9_.\-[\]]/u;

/**
 * The key a string assigns to just before its end: `"?token="` → `token`, `'{"access_token": "'` →
 * `access_token`, `"Authorization: "` → `Authorization`. A backwards scan (linear, no regular
 * expression that can backtrack): optional quote and spaces, `=` or `:`, spaces, optional quote, key.
 */
export function assignedKeyBefore(text: string): string | undefined {
  let i = text.length - 1;
  const skipSpaces = (): void => {
    while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i--;
  };
  if (i >= 0 && (text[i] === '"' || text[i] === "'")) i--;
  skipSpaces();
  if (i < 0 || (text[i] !== "=" && text[i] !== ":")) return undefined;
  i--;
  skipSpaces();
  if (i >= 0 && (text[i] === '"' || text[i] === "'")) i--;
  const end = i + 1;
  while (i >= 0 && KEY_CHAR.test(text[i])) i--;
  return end > i + 1 ? text.slice(i + 1, end) : undefined;
}
