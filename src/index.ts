/**
 * eslint-plugin-auth-security: the plugin object (ESLint flat config and Oxlint JS plugins).
 *
 *   import authSecurity from "eslint-plugin-auth-security";
 *   export default [authSecurity.configs.recommended];
 */
import { createRequire } from "node:module";
import type { ESLint, Linter, Rule } from "eslint";
import type { AuthSecurityRule } from "./create-rule.js";
import { rulesFor, type ConfigKey } from "./configs.js";
import { rules as ruleModules } from "./rules.js";

const require = createRequire(import.meta.url);
const pkg = require("../../package.json") as { name: string; version: string };

/** The rule prefix: `eslint-plugin-auth-security` → `auth-security`. */
export const namespace = "auth-security";

const rules = ruleModules as unknown as Record<string, AuthSecurityRule>;

interface AuthSecurityPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<string, Rule.RuleModule>;
  configs: Record<ConfigKey, Linter.Config>;
}

const plugin: AuthSecurityPlugin = {
  meta: { name: pkg.name, version: pkg.version, namespace },
  rules: ruleModules as unknown as Record<string, Rule.RuleModule>,
  configs: {} as Record<ConfigKey, Linter.Config>,
};

for (const config of ["recommended", "strict", "all"] as const) {
  plugin.configs[config] = {
    name: `${namespace}/${config}`,
    plugins: { [namespace]: plugin as unknown as ESLint.Plugin },
    rules: rulesFor(config, rules, namespace),
  };
}

export const configs = plugin.configs;
export { rules };
export default plugin;
// `require("eslint-plugin-auth-security")` from a CommonJS config returns the plugin itself (Node >= 20.19 require(esm)).
export { plugin as "module.exports" };
