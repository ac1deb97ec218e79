/** Every rule of the plugin, by name. `test/plugin.test.ts` checks this list against `rules/` and `docs/rules/`. */
import noHardcodedAuthSecret from "../rules/no-hardcoded-auth-secret.js";
import noJwtNoneAlgorithm from "../rules/no-jwt-none-algorithm.js";
import noTimingUnsafeCompare from "../rules/no-timing-unsafe-compare.js";
import noUnverifiedJwtDecode from "../rules/no-unverified-jwt-decode.js";
import noWeakPasswordHash from "../rules/no-weak-password-hash.js";
import requireJwtAlgorithms from "../rules/require-jwt-algorithms.js";

export const rules = {
  "no-hardcoded-auth-secret": noHardcodedAuthSecret,
  "no-jwt-none-algorithm": noJwtNoneAlgorithm,
  "no-timing-unsafe-compare": noTimingUnsafeCompare,
  "no-unverified-jwt-decode": noUnverifiedJwtDecode,
  "no-weak-password-hash": noWeakPasswordHash,
  "require-jwt-algorithms": requireJwtAlgorithms,
};
