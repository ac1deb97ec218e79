/**
 * The plugin assembled from the TypeScript source (src/rules.ts), for the reliability tests that run
 * under vitest without a build: every registered rule, `all` of them on. (src/index.ts reads
 * package.json relative to dist/, so the tests build the same object here.)
 */
import type { ESLint, Linter } from "eslint";
import { rulesFor } from "../../src/configs.js";
import type { AuthSecurityRule } from "../../src/create-rule.js";
import { rules as registered } from "../../src/rules.js";

export const NAMESPACE = "auth-security";
export const rules = registered as unknown as Record<string, AuthSecurityRule>;
export const plugin: ESLint.Plugin = { meta: { name: "eslint-plugin-auth-security", version: "0.0.0-test" }, rules: rules as never };
/** `{ "auth-security/<rule>": "error" }` for every rule. */
export const allRules: Linter.RulesRecord = rulesFor("all", rules, NAMESPACE);
