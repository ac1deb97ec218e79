import type { Linter } from "eslint";
import type { AuthSecurityRule, ConfigName } from "./create-rule.js";

export type ConfigKey = ConfigName | "all";

/** Which rules a config turns on: `recommended` ⊂ `strict` ⊂ `all`, read from each rule's `meta.docs.recommended`. */
export function rulesFor(config: ConfigKey, rules: Record<string, AuthSecurityRule>, namespace: string): Linter.RulesRecord {
  const entries: [string, Linter.RuleEntry][] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const level = rule.meta.docs?.recommended;
    const on = config === "all" || level === "recommended" || (config === "strict" && level === "strict");
    if (on) entries.push([`${namespace}/${name}`, "error"]);
  }
  return Object.fromEntries(entries);
}
