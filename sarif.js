/**
 * The SARIF formatter for the ESLint CLI (src/formatters/sarif.ts), at a short path:
 *   npx eslint . -f node_modules/eslint-plugin-auth-security/sarif.js -o results.sarif
 * ESLint reads a `-f` value containing "/" as a file path, not a package export.
 */
export { default } from "./dist/src/formatters/sarif.js";
