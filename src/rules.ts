/** Every rule of the plugin, by name. `test/plugin.test.ts` checks this list against `rules/` and `docs/rules/`. */
import maxJwtLifetime from "../rules/max-jwt-lifetime.js";
import maxSessionLifetime from "../rules/max-session-lifetime.js";
import noCleartextTokenTransport from "../rules/no-cleartext-token-transport.js";
import noDefaultSessionCookieName from "../rules/no-default-session-cookie-name.js";
import noHardcodedAuthSecret from "../rules/no-hardcoded-auth-secret.js";
import noIgnoredJwtExpiration from "../rules/no-ignored-jwt-expiration.js";
import noJwtNoneAlgorithm from "../rules/no-jwt-none-algorithm.js";
import noMemorySessionStore from "../rules/no-memory-session-store.js";
import noPermissiveCredentialedCors from "../rules/no-permissive-credentialed-cors.js";
import noSensitiveJwtClaims from "../rules/no-sensitive-jwt-claims.js";
import noTimingUnsafeCompare from "../rules/no-timing-unsafe-compare.js";
import noTokenInLogs from "../rules/no-token-in-logs.js";
import noTokenInPostMessage from "../rules/no-token-in-post-message.js";
import noTokenInScriptCookie from "../rules/no-token-in-script-cookie.js";
import noTokenInUrl from "../rules/no-token-in-url.js";
import noTokenInWebStorage from "../rules/no-token-in-web-storage.js";
import noUnverifiedJwtDecode from "../rules/no-unverified-jwt-decode.js";
import noWeakPasswordHash from "../rules/no-weak-password-hash.js";
import noWeakSessionId from "../rules/no-weak-session-id.js";
import requireCookieHostPrefix from "../rules/require-cookie-host-prefix.js";
import requireCookieHttponly from "../rules/require-cookie-httponly.js";
import requireCookieSamesite from "../rules/require-cookie-samesite.js";
import requireCookieSecure from "../rules/require-cookie-secure.js";
import requireCsrfProtection from "../rules/require-csrf-protection.js";
import requireJwtAlgorithms from "../rules/require-jwt-algorithms.js";
import requireJwtClaimValidation from "../rules/require-jwt-claim-validation.js";
import requireJwtExpiry from "../rules/require-jwt-expiry.js";
import requireJwtRevocationCheck from "../rules/require-jwt-revocation-check.js";
import requireServerSideLogout from "../rules/require-server-side-logout.js";
import requireSessionRegeneration from "../rules/require-session-regeneration.js";

export const rules = {
  "max-jwt-lifetime": maxJwtLifetime,
  "max-session-lifetime": maxSessionLifetime,
  "no-cleartext-token-transport": noCleartextTokenTransport,
  "no-default-session-cookie-name": noDefaultSessionCookieName,
  "no-hardcoded-auth-secret": noHardcodedAuthSecret,
  "no-ignored-jwt-expiration": noIgnoredJwtExpiration,
  "no-jwt-none-algorithm": noJwtNoneAlgorithm,
  "no-memory-session-store": noMemorySessionStore,
  "no-permissive-credentialed-cors": noPermissiveCredentialedCors,
  "no-sensitive-jwt-claims": noSensitiveJwtClaims,
  "no-timing-unsafe-compare": noTimingUnsafeCompare,
  "no-token-in-logs": noTokenInLogs,
  "no-token-in-post-message": noTokenInPostMessage,
  "no-token-in-script-cookie": noTokenInScriptCookie,
  "no-token-in-url": noTokenInUrl,
  "no-token-in-web-storage": noTokenInWebStorage,
  "no-unverified-jwt-decode": noUnverifiedJwtDecode,
  "no-weak-password-hash": noWeakPasswordHash,
  "no-weak-session-id": noWeakSessionId,
  "require-cookie-host-prefix": requireCookieHostPrefix,
  "require-cookie-httponly": requireCookieHttponly,
  "require-cookie-samesite": requireCookieSamesite,
  "require-cookie-secure": requireCookieSecure,
  "require-csrf-protection": requireCsrfProtection,
  "require-jwt-algorithms": requireJwtAlgorithms,
  "require-jwt-claim-validation": requireJwtClaimValidation,
  "require-jwt-expiry": requireJwtExpiry,
  "require-jwt-revocation-check": requireJwtRevocationCheck,
  "require-server-side-logout": requireServerSideLogout,
  "require-session-regeneration": requireSessionRegeneration,
};
