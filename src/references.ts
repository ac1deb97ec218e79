/**
 * Reference catalog: OWASP Cheat Sheet sections, OWASP ASVS requirements, CWE entries and
 * RFC / spec sections, plus one citation row per lint pattern.
 *
 * Transcribed from `shared/reference/owasp-catalog.md` (identifiers, section titles and URLs
 * copied exactly; requirement texts and fixes paraphrased). Nothing here is invented: the only
 * additions beyond the catalog are the ones the catalog itself asked for, each marked
 * "addition" below and verified against the OWASP CheatSheetSeries sources.
 *
 * Anchors follow the live site's renderer (MkDocs, Python-Markdown `toc` with the default
 * slugify: NFKD → ASCII, drop everything except word characters, spaces and hyphens, lowercase,
 * runs of spaces/hyphens → one hyphen).
 */

// ---------------------------------------------------------------------------------------------
// OWASP Cheat Sheets
// ---------------------------------------------------------------------------------------------

/** Cheat sheets we cite. `title` is the sheet name without "Cheat Sheet"; `file` is the URL file name without `.html`. */
export const cheatSheets = {
  session: { title: "Session Management", file: "Session_Management_Cheat_Sheet" },
  jwt: { title: "JSON Web Token", file: "JSON_Web_Token_Cheat_Sheet" },
  rest: { title: "REST Security", file: "REST_Security_Cheat_Sheet" },
  html5: { title: "HTML5 Security", file: "HTML5_Security_Cheat_Sheet" },
  csrf: { title: "Cross-Site Request Forgery Prevention", file: "Cross-Site_Request_Forgery_Prevention_Cheat_Sheet" },
  authentication: { title: "Authentication", file: "Authentication_Cheat_Sheet" },
  httpHeaders: { title: "HTTP Headers", file: "HTTP_Headers_Cheat_Sheet" },
  cryptoStorage: { title: "Cryptographic Storage", file: "Cryptographic_Storage_Cheat_Sheet" },
  secrets: { title: "Secrets Management", file: "Secrets_Management_Cheat_Sheet" },
  nodejs: { title: "Node.js Security", file: "Nodejs_Security_Cheat_Sheet" },
  /** The sheet calls itself "OAuth 2.0 Protocol Cheat Sheet". */
  oauth2: { title: "OAuth 2.0 Protocol", file: "OAuth2_Cheat_Sheet" },
  logging: { title: "Logging", file: "Logging_Cheat_Sheet" },
  passwordStorage: { title: "Password Storage", file: "Password_Storage_Cheat_Sheet" },
} as const;
export type CheatSheetKey = keyof typeof cheatSheets;

export interface OwaspSectionData {
  sheet: CheatSheetKey;
  anchor: string;
  /** The section heading exactly as the cheat sheet prints it. */
  title: string;
}

/**
 * Every cheat-sheet anchor that appears in the catalog (pattern rows and the "sources" notes),
 * plus the verified additions at the end of each sheet's block. Keys are `<sheet>#<anchor>`.
 *
 * Do NOT add the legacy `JSON_Web_Token_for_Java_Cheat_Sheet` anchors (`#token-sidejacking`,
 * `#none-hashing-algorithm`, …): they no longer exist (catalog caveat 1).
 */
export const owasp = {
  // --- Session Management -------------------------------------------------------------------
  "session#session-management-implementation": { sheet: "session", anchor: "session-management-implementation", title: "Session Management Implementation" },
  "session#used-vs-accepted-session-id-exchange-mechanisms": { sheet: "session", anchor: "used-vs-accepted-session-id-exchange-mechanisms", title: "Used vs. Accepted Session ID Exchange Mechanisms" },
  "session#transport-layer-security": { sheet: "session", anchor: "transport-layer-security", title: "Transport Layer Security" },
  "session#cookies": { sheet: "session", anchor: "cookies", title: "Cookies" },
  "session#secure-attribute": { sheet: "session", anchor: "secure-attribute", title: "Secure Attribute" },
  "session#httponly-attribute": { sheet: "session", anchor: "httponly-attribute", title: "HttpOnly Attribute" },
  "session#samesite-attribute": { sheet: "session", anchor: "samesite-attribute", title: "SameSite Attribute" },
  "session#cookie-name-prefixes": { sheet: "session", anchor: "cookie-name-prefixes", title: "Cookie Name Prefixes" },
  "session#domain-and-path-attributes": { sheet: "session", anchor: "domain-and-path-attributes", title: "Domain and Path Attributes" },
  "session#html5-web-storage-api": { sheet: "session", anchor: "html5-web-storage-api", title: "HTML5 Web Storage API" },
  "session#the-localstorage-api": { sheet: "session", anchor: "the-localstorage-api", title: "The localStorage API" },
  "session#web-workers": { sheet: "session", anchor: "web-workers", title: "Web Workers" },
  "session#session-id-entropy": { sheet: "session", anchor: "session-id-entropy", title: "Session ID Entropy" },
  "session#session-id-length": { sheet: "session", anchor: "session-id-length", title: "Session ID Length" },
  "session#session-id-content-or-value": { sheet: "session", anchor: "session-id-content-or-value", title: "Session ID Content (or Value)" },
  "session#session-id-generation-and-verification-permissive-and-strict-session-management": {
    sheet: "session",
    anchor: "session-id-generation-and-verification-permissive-and-strict-session-management",
    title: "Session ID Generation and Verification: Permissive and Strict Session Management",
  },
  "session#renew-the-session-id-after-any-privilege-level-change": {
    sheet: "session",
    anchor: "renew-the-session-id-after-any-privilege-level-change",
    title: "Renew the Session ID After Any Privilege Level Change",
  },
  "session#session-expiration": { sheet: "session", anchor: "session-expiration", title: "Session Expiration" },
  "session#idle-timeout": { sheet: "session", anchor: "idle-timeout", title: "Idle Timeout" },
  "session#absolute-timeout": { sheet: "session", anchor: "absolute-timeout", title: "Absolute Timeout" },
  "session#logout-button": { sheet: "session", anchor: "logout-button", title: "Logout Button" },
  "session#web-content-caching-and-clear-site-data": { sheet: "session", anchor: "web-content-caching-and-clear-site-data", title: "Web Content Caching and Clear-Site-Data" },
  // Additions (verified in the 2026 Session Management CS text; anchors computed with the `toc` slugifier):
  "session#session-id-name-fingerprinting": { sheet: "session", anchor: "session-id-name-fingerprinting", title: "Session ID Name Fingerprinting" },
  "session#built-in-session-management-implementations": { sheet: "session", anchor: "built-in-session-management-implementations", title: "Built-in Session Management Implementations" },
  "session#logging-sessions-life-cycle-monitoring-creation-usage-and-destruction-of-session-ids": {
    sheet: "session",
    anchor: "logging-sessions-life-cycle-monitoring-creation-usage-and-destruction-of-session-ids",
    title: "Logging Sessions Life Cycle: Monitoring Creation, Usage, and Destruction of Session IDs",
  },

  // --- JSON Web Token (rewritten 2026; `#mac` is an h4 under "Public-key Signatures") ---------
  "jwt#introduction": { sheet: "jwt", anchor: "introduction", title: "Introduction" },
  "jwt#token-structure": { sheet: "jwt", anchor: "token-structure", title: "Token Structure" },
  "jwt#not-using-jwts": { sheet: "jwt", anchor: "not-using-jwts", title: "Not using JWTs" },
  "jwt#public-key-signatures-vs-mac": { sheet: "jwt", anchor: "public-key-signatures-vs-mac", title: "Public-key Signatures vs. MAC" },
  "jwt#mac": { sheet: "jwt", anchor: "mac", title: "MAC" },
  "jwt#unsecured-jwts": { sheet: "jwt", anchor: "unsecured-jwts", title: "Unsecured JWTs" },
  "jwt#key-type-confusion": { sheet: "jwt", anchor: "key-type-confusion", title: "Key type confusion" },
  "jwt#trusting-key-material-named-in-the-token-header": {
    sheet: "jwt",
    anchor: "trusting-key-material-named-in-the-token-header",
    title: "Trusting key material named in the token header",
  },
  "jwt#jwt-revocation": { sheet: "jwt", anchor: "jwt-revocation", title: "JWT revocation" },
  "jwt#token-status-list": { sheet: "jwt", anchor: "token-status-list", title: "Token Status List" },
  "jwt#jwt-denylist": { sheet: "jwt", anchor: "jwt-denylist", title: "JWT denylist" },

  // --- REST Security ----------------------------------------------------------------------------
  "rest#jwt": { sheet: "rest", anchor: "jwt", title: "JWT" },
  "rest#cors": { sheet: "rest", anchor: "cors", title: "CORS" },
  "rest#sensitive-information-in-http-requests": { sheet: "rest", anchor: "sensitive-information-in-http-requests", title: "Sensitive information in HTTP requests" },

  // --- HTML5 Security ---------------------------------------------------------------------------
  "html5#cross-origin-resource-sharing": { sheet: "html5", anchor: "cross-origin-resource-sharing", title: "Cross Origin Resource Sharing" },
  "html5#local-storage": { sheet: "html5", anchor: "local-storage", title: "Local Storage" },

  // --- Cross-Site Request Forgery Prevention ----------------------------------------------------
  "csrf#token-based-mitigation": { sheet: "csrf", anchor: "token-based-mitigation", title: "Token-Based Mitigation" },
  "csrf#synchronizer-token-pattern": { sheet: "csrf", anchor: "synchronizer-token-pattern", title: "Synchronizer Token Pattern" },
  "csrf#alternative-using-a-double-submit-cookie-pattern": {
    sheet: "csrf",
    anchor: "alternative-using-a-double-submit-cookie-pattern",
    title: "ALTERNATIVE: Using A Double-Submit Cookie Pattern",
  },
  "csrf#signed-double-submit-cookie-recommended": { sheet: "csrf", anchor: "signed-double-submit-cookie-recommended", title: "Signed Double-Submit Cookie (RECOMMENDED)" },
  "csrf#fetch-metadata-headers": { sheet: "csrf", anchor: "fetch-metadata-headers", title: "Fetch Metadata headers" },
  "csrf#employing-custom-request-headers-for-ajaxapi": { sheet: "csrf", anchor: "employing-custom-request-headers-for-ajaxapi", title: "Employing Custom Request Headers for AJAX/API" },
  "csrf#samesite-cookie-attribute": { sheet: "csrf", anchor: "samesite-cookie-attribute", title: "SameSite (Cookie Attribute)" },
  "csrf#limitations-of-samesite": { sheet: "csrf", anchor: "limitations-of-samesite", title: "Limitations of SameSite" },
  "csrf#using-standard-headers-to-verify-origin": { sheet: "csrf", anchor: "using-standard-headers-to-verify-origin", title: "Using Standard Headers to Verify Origin" },
  "csrf#using-cookies-with-host-prefixes-to-identify-origins": {
    sheet: "csrf",
    anchor: "using-cookies-with-host-prefixes-to-identify-origins",
    title: "Using Cookies with Host Prefixes to Identify Origins",
  },
  "csrf#possible-csrf-vulnerabilities-in-login-forms": { sheet: "csrf", anchor: "possible-csrf-vulnerabilities-in-login-forms", title: "Possible CSRF Vulnerabilities in Login Forms" },

  // --- Authentication ---------------------------------------------------------------------------
  "authentication#implementation-recommendations": { sheet: "authentication", anchor: "implementation-recommendations", title: "Implementation Recommendations" },
  "authentication#oidc-implementation-guidance": { sheet: "authentication", anchor: "oidc-implementation-guidance", title: "OIDC implementation guidance" },
  // Additions (verified in the current Authentication CS text; the first is also linked widely as-is):
  "authentication#compare-password-hashes-using-safe-functions": {
    sheet: "authentication",
    anchor: "compare-password-hashes-using-safe-functions",
    title: "Compare Password Hashes Using Safe Functions",
  },
  "authentication#transmit-passwords-only-over-tls-or-other-strong-transport": {
    sheet: "authentication",
    anchor: "transmit-passwords-only-over-tls-or-other-strong-transport",
    title: "Transmit Passwords Only Over TLS or Other Strong Transport",
  },

  // --- HTTP Headers -----------------------------------------------------------------------------
  "httpHeaders#set-cookie": { sheet: "httpHeaders", anchor: "set-cookie", title: "Set-Cookie" },
  "httpHeaders#access-control-allow-origin": { sheet: "httpHeaders", anchor: "access-control-allow-origin", title: "Access-Control-Allow-Origin" },

  // --- Cryptographic Storage --------------------------------------------------------------------
  "cryptoStorage#secure-random-number-generation": { sheet: "cryptoStorage", anchor: "secure-random-number-generation", title: "Secure Random Number Generation" },
  "cryptoStorage#uuids-and-guids": { sheet: "cryptoStorage", anchor: "uuids-and-guids", title: "UUIDs and GUIDs" },

  // --- Secrets Management -----------------------------------------------------------------------
  "secrets#2-general-secrets-management": { sheet: "secrets", anchor: "2-general-secrets-management", title: "2 General Secrets Management" },
  "secrets#8-detection": { sheet: "secrets", anchor: "8-detection", title: "8 Detection" },

  // --- Node.js Security -------------------------------------------------------------------------
  "nodejs#set-cookie-flags-appropriately": { sheet: "nodejs", anchor: "set-cookie-flags-appropriately", title: "Set cookie flags appropriately" },
  "nodejs#use-anti-csrf-tokens": { sheet: "nodejs", anchor: "use-anti-csrf-tokens", title: "Use Anti-CSRF tokens" },

  // --- OAuth 2.0 Protocol -----------------------------------------------------------------------
  "oauth2#implicit-grant-deprecated-do-not-use": { sheet: "oauth2", anchor: "implicit-grant-deprecated-do-not-use", title: "Implicit Grant (DEPRECATED — DO NOT USE)" },
  "oauth2#token-replay-prevention": { sheet: "oauth2", anchor: "token-replay-prevention", title: "Token Replay Prevention" },

  // --- Logging (addition requested by the catalog; "### Data to exclude") ------------------------
  "logging#data-to-exclude": { sheet: "logging", anchor: "data-to-exclude", title: "Data to exclude" },

  // --- Password Storage (addition requested by the catalog) ------------------------------------
  /*
   * OWASP Password Storage Cheat Sheet — current minimum figures (read in the sheet as revised
   * 2026-03-26, commit 02bfdad, and the later wording that marks SHA-1 as legacy only):
   *
   *   Argon2id (first choice)  minimums, all equivalent (m = memory in KiB, t = passes, p = lanes):
   *       m=47104 (46 MiB) t=1 p=1   (not for Argon2i)
   *       m=19456 (19 MiB) t=2 p=1   (not for Argon2i)   ← the headline recommendation
   *       m=12288 (12 MiB) t=3 p=1
   *       m=9216  (9 MiB)  t=4 p=1
   *       m=7168  (7 MiB)  t=5 p=1
   *   scrypt (when Argon2id is unavailable), all equivalent, r=8 (1024-byte blocks):
   *       N=2^17 (128 MiB) p=1  ← headline; N=2^16 p=2; N=2^15 p=3; N=2^14 p=5; N=2^13 p=10
   *   bcrypt (legacy systems only): work factor (cost) ≥ 10; enforce a 72-byte input limit;
   *       do not pre-hash with a bare fast hash (null bytes / password shucking).
   *   PBKDF2 (when FIPS-140 is required), iterations per internal HMAC:
   *       PBKDF2-HMAC-SHA256: 600,000 (recommended)
   *       PBKDF2-HMAC-SHA512: 220,000
   *       PBKDF2-HMAC-SHA1:   1,400,000 (legacy only, not for new systems)
   *   General: unique per-password salt (libraries generate it); optional pepper kept outside the
   *       database; a hash should take < 1 s; fast hashes (MD5, SHA-1, SHA-256) are unsuitable.
   * The same numbers are exported as `passwordStorageMinimums` below.
   */
  "passwordStorage#salting": { sheet: "passwordStorage", anchor: "salting", title: "Salting" },
  "passwordStorage#using-work-factors": { sheet: "passwordStorage", anchor: "using-work-factors", title: "Using Work Factors" },
  "passwordStorage#password-hashing-algorithms": { sheet: "passwordStorage", anchor: "password-hashing-algorithms", title: "Password Hashing Algorithms" },
  "passwordStorage#argon2id": { sheet: "passwordStorage", anchor: "argon2id", title: "Argon2id" },
  "passwordStorage#scrypt": { sheet: "passwordStorage", anchor: "scrypt", title: "scrypt" },
  "passwordStorage#bcrypt": { sheet: "passwordStorage", anchor: "bcrypt", title: "bcrypt" },
  "passwordStorage#pbkdf2": { sheet: "passwordStorage", anchor: "pbkdf2", title: "PBKDF2" },
} as const satisfies Record<string, OwaspSectionData>;
export type OwaspId = keyof typeof owasp;

/** Minimum password-hashing parameters from the OWASP Password Storage Cheat Sheet (see the comment above). */
export const passwordStorageMinimums = {
  /** Equivalent Argon2id settings; `memoryKiB` is Argon2's `m`, `iterations` is `t`, `parallelism` is `p`. */
  argon2id: [
    { memoryKiB: 47104, iterations: 1, parallelism: 1 },
    { memoryKiB: 19456, iterations: 2, parallelism: 1 },
    { memoryKiB: 12288, iterations: 3, parallelism: 1 },
    { memoryKiB: 9216, iterations: 4, parallelism: 1 },
    { memoryKiB: 7168, iterations: 5, parallelism: 1 },
  ],
  /** Equivalent scrypt settings; `cost` is N (2^17 = 131072), `blockSize` is r. */
  scrypt: [
    { cost: 2 ** 17, blockSize: 8, parallelism: 1 },
    { cost: 2 ** 16, blockSize: 8, parallelism: 2 },
    { cost: 2 ** 15, blockSize: 8, parallelism: 3 },
    { cost: 2 ** 14, blockSize: 8, parallelism: 5 },
    { cost: 2 ** 13, blockSize: 8, parallelism: 10 },
  ],
  bcrypt: { minCost: 10, maxInputBytes: 72 },
  pbkdf2Iterations: { sha256: 600_000, sha512: 220_000, sha1: 1_400_000 },
} as const;

// ---------------------------------------------------------------------------------------------
// CWE
// ---------------------------------------------------------------------------------------------

/**
 * CWE titles as printed in the OWASP Top 10 "List of Mapped CWEs" (via the catalog), plus four
 * entries added for the rules below (208, 532, 759, 916; titles as MITRE publishes them).
 */
export const cwe = {
  16: "Configuration",
  200: "Exposure of Sensitive Information to an Unauthorized Actor",
  208: "Observable Timing Discrepancy",
  287: "Improper Authentication",
  312: "Cleartext Storage of Sensitive Information",
  315: "Cleartext Storage of Sensitive Information in a Cookie",
  319: "Cleartext Transmission of Sensitive Information",
  321: "Use of Hard-coded Cryptographic Key",
  326: "Inadequate Encryption Strength",
  327: "Use of a Broken or Risky Cryptographic Algorithm",
  330: "Use of Insufficiently Random Values",
  331: "Insufficient Entropy",
  338: "Use of Cryptographically Weak Pseudo-Random Number Generator(PRNG)",
  345: "Insufficient Verification of Data Authenticity",
  346: "Origin Validation Error",
  347: "Improper Verification of Cryptographic Signature",
  352: "Cross-Site Request Forgery (CSRF)",
  359: "Exposure of Private Personal Information to an Unauthorized Actor",
  384: "Session Fixation",
  532: "Insertion of Sensitive Information into Log File",
  565: "Reliance on Cookies without Validation and Integrity Checking",
  598: "Use of GET Request Method With Sensitive Query Strings",
  613: "Insufficient Session Expiration",
  614: "Sensitive Cookie in HTTPS Session Without 'Secure' Attribute",
  757: "Selection of Less-Secure Algorithm During Negotiation('Algorithm Downgrade')",
  759: "Use of a One-Way Hash without a Salt",
  798: "Use of Hard-coded Credentials",
  916: "Use of Password Hash With Insufficient Computational Effort",
  922: "Insecure Storage of Sensitive Information",
  942: "Permissive Cross-domain Policy with Untrusted Domains",
  1004: "Sensitive Cookie Without 'HttpOnly' Flag",
  1275: "Sensitive Cookie with Improper SameSite Attribute",
  1391: "Use of Weak Credentials",
} as const;
export type CweId = keyof typeof cwe;

// ---------------------------------------------------------------------------------------------
// OWASP ASVS (4.0.3 and 5.0.0)
// ---------------------------------------------------------------------------------------------

export type AsvsLevel = 1 | 2 | 3;
export interface AsvsRequirementData {
  level: AsvsLevel;
  /** Short paraphrase (not the official wording). */
  text: string;
}

/**
 * Every ASVS requirement the catalog mentions, in ASVS's own tool format `v<version>-<ch>.<sec>.<req>`.
 * 5.0.0 publishes no CWE column; CWE notes on 4.0.3 entries come from its CSV.
 */
export const asvs = {
  // ASVS 5.0.0 — V3 Web Frontend Security
  "v5.0.0-3.3.1": { level: 1, text: "Cookies carry the Secure attribute and, unless __Host- is used, the __Secure- name prefix." },
  "v5.0.0-3.3.2": { level: 2, text: "Each cookie's SameSite attribute is set deliberately according to its purpose." },
  "v5.0.0-3.3.3": { level: 2, text: "Cookies use the __Host- prefix unless they are deliberately shared with other hosts." },
  "v5.0.0-3.3.4": { level: 2, text: "Cookies not meant for client script are HttpOnly, and the session token reaches the client only via Set-Cookie." },
  "v5.0.0-3.4.2": { level: 1, text: "Access-Control-Allow-Origin is a fixed value or an allow-list; '*' only for responses without sensitive data." },
  "v5.0.0-3.4.5": { level: 2, text: "A Referrer-Policy prevents leaking URL data to other origins (defence in depth)." },
  "v5.0.0-3.5.1": { level: 1, text: "Without reliance on CORS preflight, sensitive requests need anti-forgery tokens or extra headers." },
  "v5.0.0-3.5.2": { level: 1, text: "When relying on CORS preflight, sensitive functions cannot be reached by requests that skip preflight." },
  "v5.0.0-3.5.3": { level: 1, text: "Sensitive functionality is not reachable through safe methods such as GET." },
  // ASVS 5.0.0 — V7 Session Management
  "v5.0.0-7.2.3": { level: 1, text: "Reference session tokens come from a CSPRNG with at least 128 bits of entropy." },
  "v5.0.0-7.2.4": { level: 1, text: "A new session token is issued on authentication and re-authentication, and the old one is terminated." },
  "v5.0.0-7.3.1": { level: 2, text: "An inactivity timeout forces re-authentication." },
  "v5.0.0-7.3.2": { level: 2, text: "An absolute maximum session lifetime forces re-authentication." },
  "v5.0.0-7.4.1": { level: 1, text: "Session termination really invalidates the session; stateless tokens need a denylist, per-user cut-off time or key rotation." },
  "v5.0.0-7.4.3": { level: 2, text: "After an authentication factor changes, the user can terminate all other sessions." },
  "v5.0.0-7.5.2": { level: 2, text: "Users can view and terminate their active sessions." },
  // ASVS 5.0.0 — V9 Self-contained Tokens
  "v5.0.0-9.1.1": { level: 1, text: "Self-contained tokens are validated by signature or MAC before their contents are used." },
  "v5.0.0-9.1.2": { level: 1, text: "Only allow-listed algorithms are accepted (never 'None'); mixing symmetric and asymmetric needs key-confusion controls." },
  "v5.0.0-9.1.3": { level: 1, text: "Verification keys come from trusted, pre-configured sources for the expected issuer." },
  "v5.0.0-9.2.1": { level: 1, text: "The token's validity window (nbf and exp) is checked." },
  "v5.0.0-9.2.2": { level: 2, text: "The token type is checked so a token of another kind is not accepted." },
  "v5.0.0-9.2.3": { level: 2, text: "The audience (aud) is checked against an allow-list." },
  "v5.0.0-9.2.4": { level: 2, text: "When an issuer's key serves several audiences, tokens name their intended audience and it is checked." },
  // ASVS 5.0.0 — V10 OAuth and OIDC
  "v5.0.0-10.1.1": { level: 2, text: "Browser apps keep access and refresh tokens reachable only by the backend (e.g. a BFF)." },
  "v5.0.0-10.3.1": { level: 2, text: "A resource server accepts only access tokens intended for it (audience)." },
  "v5.0.0-10.3.3": { level: 2, text: "Users are identified by the iss and sub claims together." },
  "v5.0.0-10.4.5": { level: 1, text: "Refresh-token replay is mitigated by sender-constraining or by rotation with family revocation." },
  "v5.0.0-10.4.8": { level: 2, text: "Refresh tokens have an absolute expiry." },
  "v5.0.0-10.4.9": { level: 2, text: "Refresh tokens can be revoked." },
  // ASVS 5.0.0 — V11 Cryptography
  "v5.0.0-11.2.3": { level: 2, text: "All cryptographic primitives provide at least 128 bits of security." },
  "v5.0.0-11.5.1": { level: 2, text: "Unguessable values come from a CSPRNG with at least 128 bits of entropy; UUIDs do not qualify." },
  // ASVS 5.0.0 — V13 Configuration
  "v5.0.0-13.3.1": { level: 2, text: "Secrets are managed in a vault; none live in source code or build artifacts." },
  // ASVS 5.0.0 — V14 Data Protection
  "v5.0.0-14.2.1": { level: 1, text: "Sensitive data travels in the HTTP body or headers, never in the URL or query string." },
  "v5.0.0-14.2.6": { level: 3, text: "Only the minimum sensitive data is returned." },
  "v5.0.0-14.3.1": { level: 1, text: "Authenticated data is cleared from client storage when the session ends (e.g. Clear-Site-Data)." },
  "v5.0.0-14.3.3": { level: 2, text: "No sensitive data in browser storage — session tokens are explicitly exempt." },

  // ASVS 4.0.3 — V2 Authentication
  "v4.0.3-2.10.4": { level: 2, text: "Passwords, integration credentials and keys are not in source code; a secrets manager is used (CWE-798)." },
  // ASVS 4.0.3 — V3 Session Management
  "v4.0.3-3.1.1": { level: 1, text: "Session tokens never appear in URL parameters (CWE-598)." },
  "v4.0.3-3.2.1": { level: 1, text: "A new session token is generated on user authentication (CWE-384)." },
  "v4.0.3-3.2.2": { level: 1, text: "Session tokens have at least 64 bits of entropy (CWE-331)." },
  "v4.0.3-3.2.3": { level: 1, text: "Session tokens are stored in the browser only securely, e.g. secured cookies — it names HTML5 session storage as acceptable." },
  "v4.0.3-3.2.4": { level: 2, text: "Session tokens are generated with approved cryptographic algorithms (CWE-331)." },
  "v4.0.3-3.3.1": { level: 1, text: "Logout and expiry invalidate the session token (CWE-613)." },
  "v4.0.3-3.3.2": { level: 1, text: "Long-lived authenticated sessions require periodic re-authentication (CWE-613)." },
  "v4.0.3-3.3.3": { level: 2, text: "Users can terminate all other sessions after a password change (CWE-613)." },
  "v4.0.3-3.3.4": { level: 2, text: "Users can view and log out of their active sessions (CWE-613)." },
  "v4.0.3-3.4.1": { level: 1, text: "Cookie-based session tokens have the Secure attribute (CWE-614)." },
  "v4.0.3-3.4.2": { level: 1, text: "Cookie-based session tokens have the HttpOnly attribute (CWE-1004)." },
  "v4.0.3-3.4.3": { level: 1, text: "Cookie-based session tokens use the SameSite attribute (CWE-1275)." },
  "v4.0.3-3.4.4": { level: 1, text: "Cookie-based session tokens use the __Host- prefix (CWE-16)." },
  "v4.0.3-3.5.1": { level: 2, text: "Users can revoke OAuth tokens that form trust relationships with linked applications (CWE-290)." },
  "v4.0.3-3.5.3": { level: 2, text: "Stateless tokens resist tampering, enveloping, replay, null cipher and key substitution (CWE-345)." },
  // ASVS 4.0.3 — V4 Access Control
  "v4.0.3-4.2.2": { level: 1, text: "A strong anti-CSRF mechanism protects authenticated functionality (CWE-352)." },
  // ASVS 4.0.3 — V6 Cryptography
  "v4.0.3-6.3.1": { level: 2, text: "Random values meant to be unguessable come from an approved CSPRNG (CWE-338)." },
  "v4.0.3-6.4.1": { level: 2, text: "Secrets are created, stored and controlled through a secrets/key management solution (CWE-798)." },
  // ASVS 4.0.3 — V8 Data Protection
  "v4.0.3-8.2.2": { level: 1, text: "No sensitive data in browser storage such as localStorage or sessionStorage (CWE-922)." },
  "v4.0.3-8.2.3": { level: 1, text: "Authenticated data is cleared from client storage after the session ends (CWE-922)." },
  "v4.0.3-8.3.1": { level: 1, text: "Sensitive data goes in the HTTP body or headers, not the query string (CWE-319)." },
  // ASVS 4.0.3 — V13 API
  "v4.0.3-13.1.3": { level: 1, text: "API URLs do not expose sensitive data such as API keys or session tokens (CWE-598)." },
  "v4.0.3-13.2.3": { level: 1, text: "RESTful services that use cookies are protected against CSRF (CWE-352)." },
  // ASVS 4.0.3 — V14 Configuration
  "v4.0.3-14.5.2": { level: 1, text: "The Origin header is not used for authentication or access-control decisions (CWE-346)." },
  "v4.0.3-14.5.3": { level: 1, text: "Access-Control-Allow-Origin uses a strict allow-list and does not allow the 'null' origin (CWE-346)." },
} as const satisfies Record<string, AsvsRequirementData>;
export type AsvsId = keyof typeof asvs;

/** Chapter files listed in the catalog's "OWASP ASVS" section, by version and chapter number. */
const asvsChapters = {
  "4.0.3": {
    tree: "https://github.com/OWASP/ASVS/tree/v4.0.3/4.0/en",
    files: {
      2: "0x11-V2-Authentication.md",
      3: "0x12-V3-Session-management.md",
      4: "0x12-V4-Access-Control.md",
      6: "0x14-V6-Cryptography.md",
      8: "0x16-V8-Data-Protection.md",
      13: "0x21-V13-API.md",
      14: "0x22-V14-Config.md",
    } as Record<number, string>,
  },
  "5.0.0": {
    tree: "https://github.com/OWASP/ASVS/tree/v5.0.0/5.0/en",
    files: {
      3: "0x12-V3-Web-Frontend-Security.md",
      7: "0x16-V7-Session-Management.md",
      9: "0x18-V9-Self-contained-Tokens.md",
      10: "0x19-V10-OAuth-and-OIDC.md",
      11: "0x20-V11-Cryptography.md",
      13: "0x22-V13-Configuration.md",
      14: "0x23-V14-Data-Protection.md",
    } as Record<number, string>,
  },
} as const;

/** Link to the ASVS chapter file that holds the requirement, or to the version's tree when the chapter file is not known. */
export function asvsUrl(id: AsvsId): string {
  const match = /^v(4\.0\.3|5\.0\.0)-(\d+)\.\d+\.\d+$/.exec(id);
  if (!match) throw new Error(`Malformed ASVS id: ${id}`);
  const chapters = asvsChapters[match[1] as keyof typeof asvsChapters];
  const file = chapters.files[Number(match[2])];
  return file ? `${chapters.tree.replace("/tree/", "/blob/")}/${file}` : chapters.tree;
}

// ---------------------------------------------------------------------------------------------
// RFC / spec sections
// ---------------------------------------------------------------------------------------------

const datatracker = (doc: string, section: string): string => `https://datatracker.ietf.org/doc/html/${doc}#section-${section}`;

/**
 * One entry per section of the catalog's "RFC / spec anchor index". 6265bis is cited by draft
 * name (still an Internet-Draft in what the catalog read); its section numbers come from the
 * Jan-2026 editor's copy. RFC 9700 numbers come from the final draft source. RFC 6750 sections
 * were only seen quoted in secondary sources (catalog: UNVERIFIED).
 */
export const rfc = {
  // RFC 7519 — JSON Web Token
  "RFC 7519 §4.1.1": { title: "\"iss\" (Issuer) Claim", url: datatracker("rfc7519", "4.1.1") },
  "RFC 7519 §4.1.3": { title: "\"aud\" (Audience) Claim", url: datatracker("rfc7519", "4.1.3") },
  "RFC 7519 §4.1.4": { title: "\"exp\" (Expiration Time) Claim", url: datatracker("rfc7519", "4.1.4") },
  "RFC 7519 §4.1.5": { title: "\"nbf\" (Not Before) Claim", url: datatracker("rfc7519", "4.1.5") },
  "RFC 7519 §6": { title: "Unsecured JWTs", url: datatracker("rfc7519", "6") },
  "RFC 7519 §7.2": { title: "Validating a JWT", url: datatracker("rfc7519", "7.2") },
  "RFC 7519 §12": { title: "Privacy Considerations", url: datatracker("rfc7519", "12") },
  // RFC 8725 — JWT Best Current Practices
  "RFC 8725 §2.1": { title: "Weak Signatures and Insufficient Signature Validation", url: datatracker("rfc8725", "2.1") },
  "RFC 8725 §2.2": { title: "Weak Symmetric Keys", url: datatracker("rfc8725", "2.2") },
  "RFC 8725 §2.7": { title: "Substitution Attacks", url: datatracker("rfc8725", "2.7") },
  "RFC 8725 §2.8": { title: "Cross-JWT Confusion", url: datatracker("rfc8725", "2.8") },
  "RFC 8725 §3.1": { title: "Perform Algorithm Verification", url: datatracker("rfc8725", "3.1") },
  "RFC 8725 §3.2": { title: "Use Appropriate Algorithms", url: datatracker("rfc8725", "3.2") },
  "RFC 8725 §3.3": { title: "Validate All Cryptographic Operations", url: datatracker("rfc8725", "3.3") },
  "RFC 8725 §3.5": { title: "Ensure Cryptographic Keys Have Sufficient Entropy", url: datatracker("rfc8725", "3.5") },
  "RFC 8725 §3.8": { title: "Validate Issuer and Subject", url: datatracker("rfc8725", "3.8") },
  "RFC 8725 §3.9": { title: "Use and Validate Audience", url: datatracker("rfc8725", "3.9") },
  "RFC 8725 §3.10": { title: "Do Not Trust Received Claims", url: datatracker("rfc8725", "3.10") },
  "RFC 8725 §3.11": { title: "Use Explicit Typing", url: datatracker("rfc8725", "3.11") },
  "RFC 8725 §3.12": { title: "Use Mutually Exclusive Validation Rules for Different Kinds of JWTs", url: datatracker("rfc8725", "3.12") },
  // RFC 7518 — JSON Web Algorithms
  "RFC 7518 §3.2": { title: "HMAC with SHA-2 Functions", url: datatracker("rfc7518", "3.2") },
  // RFC 6265 — HTTP State Management Mechanism
  "RFC 6265 §4.1.2.5": { title: "The Secure Attribute", url: datatracker("rfc6265", "4.1.2.5") },
  "RFC 6265 §4.1.2.6": { title: "The HttpOnly Attribute", url: datatracker("rfc6265", "4.1.2.6") },
  "RFC 6265 §8.2": { title: "Ambient Authority", url: datatracker("rfc6265", "8.2") },
  "RFC 6265 §8.3": { title: "Clear Text", url: datatracker("rfc6265", "8.3") },
  "RFC 6265 §8.4": { title: "Session Identifiers", url: datatracker("rfc6265", "8.4") },
  "RFC 6265 §8.6": { title: "Weak Integrity", url: datatracker("rfc6265", "8.6") },
  // draft-ietf-httpbis-rfc6265bis — Cookies: HTTP State Management Mechanism
  "draft-ietf-httpbis-rfc6265bis §4.1.2.5": { title: "The Secure Attribute", url: datatracker("draft-ietf-httpbis-rfc6265bis", "4.1.2.5") },
  "draft-ietf-httpbis-rfc6265bis §4.1.2.6": { title: "The HttpOnly Attribute", url: datatracker("draft-ietf-httpbis-rfc6265bis", "4.1.2.6") },
  "draft-ietf-httpbis-rfc6265bis §4.1.2.7": { title: "The SameSite Attribute", url: datatracker("draft-ietf-httpbis-rfc6265bis", "4.1.2.7") },
  "draft-ietf-httpbis-rfc6265bis §4.1.3": { title: "Cookie Name Prefixes", url: datatracker("draft-ietf-httpbis-rfc6265bis", "4.1.3") },
  "draft-ietf-httpbis-rfc6265bis §4.1.3.1": { title: "The \"__Secure-\" Prefix", url: datatracker("draft-ietf-httpbis-rfc6265bis", "4.1.3.1") },
  "draft-ietf-httpbis-rfc6265bis §4.1.3.2": { title: "The \"__Host-\" Prefix", url: datatracker("draft-ietf-httpbis-rfc6265bis", "4.1.3.2") },
  /** User-agent requirements for the prefixes. */
  "draft-ietf-httpbis-rfc6265bis §5.4": { title: "Cookie Name Prefixes", url: datatracker("draft-ietf-httpbis-rfc6265bis", "5.4") },
  /** User-agent enforcement of SameSite. */
  "draft-ietf-httpbis-rfc6265bis §5.6.7": { title: "The SameSite Attribute", url: datatracker("draft-ietf-httpbis-rfc6265bis", "5.6.7") },
  "draft-ietf-httpbis-rfc6265bis §5.7": { title: "Storage Model", url: datatracker("draft-ietf-httpbis-rfc6265bis", "5.7") },
  "draft-ietf-httpbis-rfc6265bis §5.8.2": { title: "Non-HTTP APIs", url: datatracker("draft-ietf-httpbis-rfc6265bis", "5.8.2") },
  // §8.2 and §8.3 are cited by the catalog's pattern rows (csrf-cookie-auth-unprotected,
  // cookie-missing-secure) but missing from its index; titles checked in the 6265bis source.
  "draft-ietf-httpbis-rfc6265bis §8.2": { title: "Ambient Authority", url: datatracker("draft-ietf-httpbis-rfc6265bis", "8.2") },
  "draft-ietf-httpbis-rfc6265bis §8.3": { title: "Clear Text", url: datatracker("draft-ietf-httpbis-rfc6265bis", "8.3") },
  "draft-ietf-httpbis-rfc6265bis §8.4": { title: "Session Identifiers", url: datatracker("draft-ietf-httpbis-rfc6265bis", "8.4") },
  "draft-ietf-httpbis-rfc6265bis §8.6": { title: "Weak Integrity", url: datatracker("draft-ietf-httpbis-rfc6265bis", "8.6") },
  "draft-ietf-httpbis-rfc6265bis §8.8": { title: "SameSite Cookies", url: datatracker("draft-ietf-httpbis-rfc6265bis", "8.8") },
  "draft-ietf-httpbis-rfc6265bis §8.8.1": { title: "Defense in depth", url: datatracker("draft-ietf-httpbis-rfc6265bis", "8.8.1") },
  // RFC 9700 — OAuth 2.0 Security Best Current Practice
  "RFC 9700 §2.2.2": { title: "Refresh Tokens", url: datatracker("rfc9700", "2.2.2") },
  "RFC 9700 §4.2": { title: "Credential Leakage via Referer Headers", url: datatracker("rfc9700", "4.2") },
  "RFC 9700 §4.3.2": { title: "Access Token in Browser History", url: datatracker("rfc9700", "4.3.2") },
  "RFC 9700 §4.7": { title: "Cross-Site Request Forgery", url: datatracker("rfc9700", "4.7") },
  "RFC 9700 §4.14": { title: "Refresh Token Protection", url: datatracker("rfc9700", "4.14") },
  // RFC 6750 — Bearer Token Usage (secondary sources only)
  "RFC 6750 §2.3": { title: "URI Query Parameter", url: datatracker("rfc6750", "2.3") },
  "RFC 6750 §5.3": { title: "Summary of Recommendations", url: datatracker("rfc6750", "5.3") },
  // WHATWG Fetch
  "WHATWG Fetch CORS protocol": { title: "CORS protocol", url: "https://fetch.spec.whatwg.org/#http-cors-protocol" },
} as const satisfies Record<string, { title: string; url: string }>;
export type RfcId = keyof typeof rfc;

// ---------------------------------------------------------------------------------------------
// Patterns (one row of the catalog each)
// ---------------------------------------------------------------------------------------------

export interface PatternData {
  /** Cheat-sheet sections, most specific first. */
  owasp: readonly OwaspId[];
  /** ASVS 5.0.0 ids first, then 4.0.3. */
  asvs: readonly AsvsId[];
  cwe: readonly CweId[];
  rfc: readonly RfcId[];
  /** The fix, in one sentence. */
  fix: string;
}

export const patterns = {
  "token-in-web-storage": {
    // Lead with the Session CS warning: ASVS does not flatly forbid Web Storage (caveat 2);
    // v4.0.3-3.2.3 even allows sessionStorage, so it is deliberately not cited here.
    owasp: ["session#the-localstorage-api", "session#html5-web-storage-api", "session#web-workers", "html5#local-storage"],
    asvs: ["v5.0.0-14.3.3", "v5.0.0-10.1.1", "v4.0.3-8.2.2"],
    cwe: [922],
    rfc: [],
    fix: "Keep credentials out of localStorage/sessionStorage: have the server set them as HttpOnly, Secure, SameSite cookies or keep OAuth tokens behind a backend-for-frontend, and if script truly needs a token hold it only in memory or inside a Web Worker.",
  },
  "token-cookie-js-readable": {
    owasp: ["session#httponly-attribute", "session#domain-and-path-attributes", "nodejs#set-cookie-flags-appropriately"],
    asvs: ["v5.0.0-3.3.4", "v4.0.3-3.4.2"],
    cwe: [1004, 922],
    rfc: ["RFC 6265 §4.1.2.6", "draft-ietf-httpbis-rfc6265bis §4.1.2.6", "draft-ietf-httpbis-rfc6265bis §5.7", "draft-ietf-httpbis-rfc6265bis §5.8.2"],
    fix: "Let the server issue the auth cookie with HttpOnly, delete client code that reads or writes the token via document.cookie or cookie libraries, and derive the UI's login state from an API response instead of the token.",
  },
  "cookie-missing-httponly": {
    owasp: ["session#httponly-attribute", "httpHeaders#set-cookie", "nodejs#set-cookie-flags-appropriately"],
    asvs: ["v5.0.0-3.3.4", "v4.0.3-3.4.2"],
    cwe: [1004],
    rfc: ["RFC 6265 §4.1.2.6", "draft-ietf-httpbis-rfc6265bis §4.1.2.6"],
    fix: "Set HttpOnly on every cookie that holds a session ID or authentication token.",
  },
  "cookie-missing-secure": {
    owasp: ["session#secure-attribute", "session#transport-layer-security"],
    asvs: ["v5.0.0-3.3.1", "v4.0.3-3.4.1"],
    cwe: [614, 319],
    rfc: ["RFC 6265 §4.1.2.5", "RFC 6265 §8.3", "draft-ietf-httpbis-rfc6265bis §4.1.2.5", "draft-ietf-httpbis-rfc6265bis §8.3"],
    fix: "Mark authentication cookies Secure and serve the application exclusively over HTTPS, backed by HSTS.",
  },
  "cookie-missing-samesite": {
    owasp: ["session#samesite-attribute", "csrf#samesite-cookie-attribute", "csrf#limitations-of-samesite"],
    asvs: ["v5.0.0-3.3.2", "v4.0.3-3.4.3"],
    cwe: [1275],
    rfc: ["draft-ietf-httpbis-rfc6265bis §4.1.2.7", "draft-ietf-httpbis-rfc6265bis §5.6.7", "draft-ietf-httpbis-rfc6265bis §8.8"],
    fix: "Give session cookies an explicit SameSite=Strict (or Lax if cross-site links must keep the session) rather than trusting browser defaults, and still keep a real CSRF defence.",
  },
  "cookie-samesite-none-insecure": {
    owasp: ["session#samesite-attribute", "csrf#samesite-cookie-attribute"],
    asvs: ["v5.0.0-3.3.1", "v5.0.0-3.3.2", "v4.0.3-3.4.1", "v4.0.3-3.4.3"],
    cwe: [614, 1275],
    rfc: ["draft-ietf-httpbis-rfc6265bis §5.7", "draft-ietf-httpbis-rfc6265bis §4.1.2.7"],
    fix: "Reserve SameSite=None for cookies that genuinely must be sent cross-site and always pair it with Secure (ideally a __Host- name); otherwise use Lax or Strict.",
  },
  "cookie-missing-host-prefix": {
    // CWE-16 is ASVS's mapping but only a category (caveat 4); CWE-565 is the catalog's alternative.
    owasp: ["session#cookie-name-prefixes", "csrf#using-cookies-with-host-prefixes-to-identify-origins"],
    asvs: ["v5.0.0-3.3.3", "v5.0.0-3.3.1", "v4.0.3-3.4.4"],
    cwe: [16, 565],
    rfc: [
      "draft-ietf-httpbis-rfc6265bis §4.1.3",
      "draft-ietf-httpbis-rfc6265bis §4.1.3.1",
      "draft-ietf-httpbis-rfc6265bis §4.1.3.2",
      "draft-ietf-httpbis-rfc6265bis §5.4",
      "draft-ietf-httpbis-rfc6265bis §8.6",
      "RFC 6265 §8.6",
    ],
    fix: "Name the session cookie with the __Host- prefix and set it with Secure, Path=/ and no Domain so that sibling subdomains and plain-HTTP responses cannot overwrite it.",
  },
  "jwt-alg-none": {
    owasp: ["jwt#unsecured-jwts", "rest#jwt"],
    asvs: ["v5.0.0-9.1.2", "v5.0.0-9.1.1", "v4.0.3-3.5.3"],
    cwe: [347, 345],
    rfc: ["RFC 7519 §6", "RFC 8725 §2.1", "RFC 8725 §3.1", "RFC 8725 §3.2"],
    fix: "Verify against an explicit algorithm list that never contains none, reject unsigned tokens regardless of the header (or its casing), and never issue alg:none tokens.",
  },
  "jwt-missing-algorithms-allowlist": {
    // The row also mentions RFC 7515 §5.2 (as quoted in RFC 8725 §3.2); it is not in the index.
    owasp: ["jwt#key-type-confusion", "rest#jwt"],
    asvs: ["v5.0.0-9.1.2", "v4.0.3-3.5.3"],
    cwe: [347, 757],
    rfc: ["RFC 8725 §3.1", "RFC 8725 §3.2"],
    fix: "Give every verify call a fixed algorithms allow-list from configuration, never from the token header, ideally one algorithm family per key.",
  },
  "jwt-algorithm-confusion": {
    owasp: ["jwt#key-type-confusion", "rest#jwt"],
    asvs: ["v5.0.0-9.1.2", "v4.0.3-3.5.3"],
    cwe: [347, 327],
    rfc: ["RFC 8725 §2.1", "RFC 8725 §3.1"],
    fix: "Bind each verification key to a single algorithm family — RSA/EC/Ed public keys only with RS*, PS*, ES* or EdDSA, never HS* — and prefer typed key objects so a PEM public key can never act as an HMAC secret.",
  },
  "jwt-decode-without-verify": {
    owasp: ["rest#jwt", "jwt#token-structure"],
    asvs: ["v5.0.0-9.1.1", "v4.0.3-3.5.3"],
    cwe: [347, 345],
    rfc: ["RFC 7519 §7.2", "RFC 8725 §3.3", "RFC 8725 §3.10"],
    fix: "Run the library's verify function before any claim drives an authentication or authorization decision, and keep plain decode() for non-security uses such as reading kid to choose from a pinned key set.",
  },
  "jwt-weak-secret": {
    owasp: ["jwt#mac", "cryptoStorage#secure-random-number-generation"],
    asvs: ["v5.0.0-11.2.3", "v5.0.0-11.5.1", "v4.0.3-6.3.1"],
    cwe: [326, 1391],
    rfc: ["RFC 8725 §2.2", "RFC 8725 §3.5", "RFC 7518 §3.2"],
    fix: "Create HMAC keys with crypto.randomBytes at no less than the hash size (256 bits for HS256, 384/512 for HS384/HS512) or move to asymmetric signatures, and refuse short or human-chosen secrets.",
  },
  "jwt-hardcoded-secret": {
    owasp: ["jwt#mac", "secrets#2-general-secrets-management", "secrets#8-detection"],
    asvs: ["v5.0.0-13.3.1", "v4.0.3-2.10.4", "v4.0.3-6.4.1"],
    cwe: [798, 321],
    rfc: ["RFC 8725 §3.5"],
    fix: "Load the signing key at runtime from a secrets manager or an injected secret instead of a literal, and rotate any key that has ever been committed.",
  },
  "jwt-sensitive-claims": {
    owasp: ["jwt#token-structure", "jwt#introduction", "session#session-id-content-or-value"],
    asvs: ["v5.0.0-14.2.6", "v5.0.0-14.3.3", "v4.0.3-8.2.2", "v4.0.3-3.5.3"],
    cwe: [312, 359, 315],
    rfc: ["RFC 7519 §12"],
    fix: "Keep token payloads to opaque identifiers and coarse authorization data, look personal data up on the server, and use an encrypted (JWE or nested) token when confidential claims cannot be avoided.",
  },
  "jwt-missing-iss-aud": {
    owasp: ["rest#jwt", "authentication#oidc-implementation-guidance", "jwt#public-key-signatures-vs-mac"],
    asvs: ["v5.0.0-9.2.3", "v5.0.0-9.2.4", "v5.0.0-9.1.3", "v5.0.0-9.2.2", "v5.0.0-10.3.1", "v5.0.0-10.3.3", "v4.0.3-3.5.3"],
    cwe: [345, 287],
    rfc: [
      "RFC 7519 §4.1.1",
      "RFC 7519 §4.1.3",
      "RFC 7519 §7.2",
      "RFC 8725 §2.7",
      "RFC 8725 §2.8",
      "RFC 8725 §3.8",
      "RFC 8725 §3.9",
      "RFC 8725 §3.11",
      "RFC 8725 §3.12",
    ],
    fix: "Pass the expected issuer and audience (exact values or an allow-list) to verify, reject tokens where either is missing or different, and tie the verification keys to that issuer.",
  },
  "jwt-missing-or-long-expiry": {
    owasp: ["rest#jwt", "jwt#jwt-denylist", "session#session-expiration", "session#absolute-timeout"],
    asvs: ["v5.0.0-9.2.1", "v5.0.0-7.3.1", "v5.0.0-7.3.2", "v5.0.0-10.4.8", "v4.0.3-3.3.1", "v4.0.3-3.3.2"],
    cwe: [613],
    rfc: ["RFC 7519 §4.1.4", "RFC 7519 §4.1.5", "RFC 6750 §5.3"],
    fix: "Always include exp with a lifetime of minutes rather than days for access tokens, cap lifetimes in server configuration, and renew through a revocable refresh flow instead of issuing long-lived JWTs.",
  },
  "jwt-ignore-expiration": {
    owasp: ["rest#jwt", "session#idle-timeout"],
    asvs: ["v5.0.0-9.2.1", "v4.0.3-3.3.1"],
    cwe: [613],
    rfc: ["RFC 7519 §4.1.4", "RFC 7519 §7.2"],
    fix: "Remove options that skip the expiry check or allow a large clock tolerance, permitting at most a few seconds of skew.",
  },
  "refresh-token-not-revocable": {
    // The row also names RFC 7009 (Token Revocation), whose sections the catalog did not check.
    owasp: [
      "jwt#jwt-revocation",
      "jwt#token-status-list",
      "jwt#jwt-denylist",
      "jwt#not-using-jwts",
      "oauth2#token-replay-prevention",
      "rest#jwt",
    ],
    asvs: [
      "v5.0.0-10.4.9",
      "v5.0.0-10.4.8",
      "v5.0.0-10.4.5",
      "v5.0.0-7.4.1",
      "v5.0.0-7.4.3",
      "v5.0.0-7.5.2",
      "v4.0.3-3.5.1",
      "v4.0.3-3.3.1",
      "v4.0.3-3.3.3",
      "v4.0.3-3.3.4",
    ],
    cwe: [613],
    rfc: ["RFC 9700 §2.2.2", "RFC 9700 §4.14"],
    fix: "Track refresh tokens (hashed) or their IDs on the server per user and session, revoke them on logout, credential or MFA changes and admin action, and rotate them on every use while revoking the whole family when an old one is replayed.",
  },
  "session-id-weak-randomness": {
    // Entropy thresholds differ by source (caveat 3): Session CS ≥64 bits, ASVS 5.0.0 ≥128 bits.
    owasp: [
      "session#session-id-entropy",
      "session#session-id-length",
      "session#session-id-content-or-value",
      "cryptoStorage#secure-random-number-generation",
      "cryptoStorage#uuids-and-guids",
    ],
    asvs: ["v5.0.0-7.2.3", "v5.0.0-11.5.1", "v4.0.3-3.2.2", "v4.0.3-3.2.4", "v4.0.3-6.3.1"],
    cwe: [330, 331, 338],
    rfc: ["RFC 6265 §8.4", "draft-ietf-httpbis-rfc6265bis §8.4"],
    fix: "Generate session IDs and tokens with crypto.randomBytes (at least 16 bytes for ASVS 5.0's 128 bits, 32 is a safe default) or the framework's generator, never with Math.random, timestamps, counters or UUIDs.",
  },
  "session-fixation-no-regeneration": {
    owasp: [
      "session#renew-the-session-id-after-any-privilege-level-change",
      "session#session-id-generation-and-verification-permissive-and-strict-session-management",
      "session#used-vs-accepted-session-id-exchange-mechanisms",
      "authentication#implementation-recommendations",
    ],
    asvs: ["v5.0.0-7.2.4", "v4.0.3-3.2.1"],
    cwe: [384],
    rfc: ["RFC 6265 §8.4", "draft-ietf-httpbis-rfc6265bis §8.4"],
    fix: "On login and every privilege change, issue a fresh session ID and destroy the previous one (regenerate, then repopulate), and accept only session IDs the server generated itself.",
  },
  "logout-client-side-only": {
    owasp: [
      "session#session-expiration",
      "session#logout-button",
      "session#web-content-caching-and-clear-site-data",
      "jwt#not-using-jwts",
      "jwt#jwt-denylist",
    ],
    asvs: ["v5.0.0-7.4.1", "v5.0.0-14.3.1", "v4.0.3-3.3.1", "v4.0.3-8.2.3"],
    cwe: [613],
    rfc: [],
    fix: "Make logout invalidate server-side state — destroy the session, revoke refresh tokens or denylist the jti — before expiring the cookie (optionally with Clear-Site-Data), because deleting a token in the browser alone logs nobody out.",
  },
  "token-in-url": {
    owasp: [
      "session#session-management-implementation",
      "session#used-vs-accepted-session-id-exchange-mechanisms",
      "rest#sensitive-information-in-http-requests",
      "oauth2#implicit-grant-deprecated-do-not-use",
    ],
    asvs: ["v5.0.0-14.2.1", "v5.0.0-3.4.5", "v4.0.3-3.1.1", "v4.0.3-8.3.1", "v4.0.3-13.1.3"],
    cwe: [598, 200],
    rfc: ["RFC 9700 §4.2", "RFC 9700 §4.3.2", "RFC 6750 §2.3", "RFC 6750 §5.3"],
    fix: "Carry tokens in the Authorization header or a cookie rather than the query string or path, use single-use short-lived codes redeemed on the server for links that must authenticate, and send a strict Referrer-Policy.",
  },
  "cors-credentials-wildcard": {
    owasp: ["html5#cross-origin-resource-sharing", "httpHeaders#access-control-allow-origin", "rest#cors"],
    asvs: ["v5.0.0-3.4.2", "v4.0.3-14.5.3"],
    cwe: [942, 346],
    rfc: ["WHATWG Fetch CORS protocol"],
    fix: "When credentials are allowed, answer only origins on an explicit allow-list — browsers already reject '*' with credentials, so the real danger is configuration that echoes whatever Origin arrives.",
  },
  "cors-reflected-origin": {
    owasp: ["html5#cross-origin-resource-sharing", "httpHeaders#access-control-allow-origin", "rest#cors"],
    asvs: ["v5.0.0-3.4.2", "v5.0.0-3.5.2", "v4.0.3-14.5.3", "v4.0.3-14.5.2"],
    cwe: [346, 942],
    rfc: ["WHATWG Fetch CORS protocol"],
    fix: "Match the full origin (scheme, host and port) exactly against allow-listed values instead of substring, suffix or unanchored regex checks, and reject the null origin.",
  },
  "csrf-cookie-auth-unprotected": {
    owasp: [
      "csrf#token-based-mitigation",
      "csrf#synchronizer-token-pattern",
      "csrf#signed-double-submit-cookie-recommended",
      "csrf#fetch-metadata-headers",
      "csrf#employing-custom-request-headers-for-ajaxapi",
      "csrf#using-standard-headers-to-verify-origin",
      "csrf#samesite-cookie-attribute",
      "csrf#possible-csrf-vulnerabilities-in-login-forms",
      "session#samesite-attribute",
      "nodejs#use-anti-csrf-tokens",
    ],
    asvs: ["v5.0.0-3.5.1", "v5.0.0-3.5.2", "v5.0.0-3.5.3", "v5.0.0-3.3.2", "v4.0.3-4.2.2", "v4.0.3-13.2.3", "v4.0.3-3.4.3"],
    cwe: [352, 1275],
    rfc: ["RFC 6265 §8.2", "draft-ietf-httpbis-rfc6265bis §8.2", "draft-ietf-httpbis-rfc6265bis §8.8.1", "RFC 9700 §4.7"],
    fix: "Protect every cookie-authenticated, state-changing route with a framework CSRF token (synchronizer or signed double-submit) or strict Fetch-Metadata/Origin checks, keep SameSite on the session cookie as a second layer, and never change state on GET.",
  },
  "jwt-untrusted-key-header": {
    owasp: ["jwt#trusting-key-material-named-in-the-token-header"],
    asvs: ["v5.0.0-9.1.3", "v4.0.3-3.5.3"],
    cwe: [347],
    rfc: ["RFC 8725 §3.10"],
    fix: "Take verification keys only from JWKS or pinned keys configured for the expected issuer, treat jku/x5u/jwk/kid header values as lookup hints rather than a source of trust, and sanitise kid before using it.",
  },

  // --- Additions requested by the catalog (no ASVS ids are cited: the catalog has none for them) --
  "password-weak-hash": {
    owasp: [
      "passwordStorage#password-hashing-algorithms",
      "passwordStorage#argon2id",
      "passwordStorage#scrypt",
      "passwordStorage#bcrypt",
      "passwordStorage#pbkdf2",
      "passwordStorage#using-work-factors",
      "passwordStorage#salting",
    ],
    asvs: [],
    cwe: [916, 759],
    rfc: [],
    fix: "Hash passwords with a salted, deliberately slow algorithm at or above the OWASP minimums (Argon2id, else scrypt, bcrypt for legacy, PBKDF2 when FIPS is required) instead of a fast or unsalted hash.",
  },
  "token-in-logs": {
    owasp: ["logging#data-to-exclude", "session#logging-sessions-life-cycle-monitoring-creation-usage-and-destruction-of-session-ids"],
    asvs: [],
    cwe: [532],
    rfc: [],
    fix: "Keep passwords, session IDs, access tokens and keys out of log entries, logging a salted hash or masked form when a value is needed for correlation.",
  },
  "timing-unsafe-compare": {
    owasp: ["authentication#compare-password-hashes-using-safe-functions"],
    asvs: [],
    cwe: [208],
    rfc: [],
    fix: "Compare secrets, MACs and password hashes with a constant-time function such as crypto.timingSafeEqual (or the library's verify routine) rather than === or early-exit loops.",
  },
  "cleartext-token-transport": {
    owasp: ["session#transport-layer-security", "authentication#transmit-passwords-only-over-tls-or-other-strong-transport"],
    asvs: [],
    cwe: [319],
    rfc: ["RFC 6265 §8.3", "draft-ietf-httpbis-rfc6265bis §8.3"],
    fix: "Send credentials and tokens only over HTTPS for the whole session, never over plain http:// or ws:// endpoints, and enforce it with HSTS.",
  },
  "memory-session-store": {
    owasp: ["session#built-in-session-management-implementations", "session#session-expiration"],
    asvs: [],
    cwe: [613],
    rfc: [],
    fix: "Back production sessions with a persistent, shared store that enforces expiry and server-side invalidation instead of the framework's in-process development memory store.",
  },
  "session-cookie-name-fingerprint": {
    owasp: ["session#session-id-name-fingerprinting"],
    asvs: [],
    cwe: [200],
    rfc: [],
    fix: "Rename the framework's default session cookie (connect.sid, PHPSESSID, JSESSIONID …) to a generic name such as id so it does not reveal the technology stack.",
  },
} as const satisfies Record<string, PatternData>;
export type PatternId = keyof typeof patterns;

// ---------------------------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------------------------

export function owaspSection(id: OwaspId): { sheetTitle: string; title: string; url: string } {
  const s: OwaspSectionData = owasp[id];
  const sheet = cheatSheets[s.sheet];
  return { sheetTitle: sheet.title, title: s.title, url: `https://cheatsheetseries.owasp.org/cheatsheets/${sheet.file}.html#${s.anchor}` };
}

export function cweTitle(id: CweId): string {
  const title: string | undefined = cwe[id];
  if (title === undefined) throw new Error(`Unknown CWE id: ${String(id)}`);
  return title;
}

export function cweUrl(id: CweId): string {
  return `https://cwe.mitre.org/data/definitions/${id}.html`;
}

export function rfcReference(id: RfcId): { title: string; url: string } {
  const { title, url } = rfc[id];
  return { title, url };
}
