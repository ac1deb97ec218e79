/**
 * Meta-tests: the plugin's parts agree with each other.
 * - `rules/*.ts` ↔ `src/rules.ts` ↔ `docs/rules/*.md` ↔ README rules table, one to one;
 * - every rule's `meta` follows the house style (type, description, url, schema, messages,
 *   references that exist in `src/references.ts`), and its doc page cites the same references;
 * - the shipped plugin (dist/, what `main` points to): `meta`, configs, and `require()` from CommonJS.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { rules } from "../src/rules.js";
import { asvs, cwe, owasp, owaspSection, rfc, type OwaspId } from "../src/references.js";
import type { AuthSecurityRule } from "../src/create-rule.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string; main: string };
const NAMESPACE = "auth-security";

const ruleEntries = Object.entries(rules as unknown as Record<string, AuthSecurityRule>);
const ruleNames = ruleEntries.map(([name]) => name).sort();

function baseNames(dir: string, extension: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((file) => file.endsWith(extension))
    .map((file) => file.slice(0, -extension.length))
    .sort();
}

function docPage(name: string): string {
  return readFileSync(join(root, "docs", "rules", `${name}.md`), "utf8");
}

/** The text of a `## <title>` section, up to the next `## ` heading. */
function section(markdown: string, title: string): string | undefined {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line.trim() === `## ${title}`);
  if (start === -1) return undefined;
  const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  return lines.slice(start + 1, end === -1 ? undefined : end).join("\n");
}

/** Rule names in the README table between the eslint-doc-generator markers. */
function readmeRuleNames(): string[] {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const begin = readme.indexOf("<!-- begin auto-generated rules list -->");
  const end = readme.indexOf("<!-- end auto-generated rules list -->");
  if (begin === -1 || end === -1) throw new Error("README.md lacks the auto-generated rules list markers");
  return [...readme.slice(begin, end).matchAll(/^\|\s*\[([a-z0-9-]+)\]\(/gm)].map((match) => match[1]).sort();
}

describe("rule inventory", () => {
  it("has rules", () => {
    expect(ruleNames.length).toBeGreaterThan(0);
  });
  it("rules/*.ts matches src/rules.ts", () => {
    expect(baseNames("rules", ".ts")).toEqual(ruleNames);
  });
  it("docs/rules/*.md matches src/rules.ts", () => {
    expect(baseNames("docs/rules", ".md")).toEqual(ruleNames);
  });
  it("the README rules table matches src/rules.ts (run `npm run docs`)", () => {
    expect(readmeRuleNames()).toEqual(ruleNames);
  });
});

/** Walks a JSON schema and collects house-style violations with their paths. */
function schemaProblems(schema: unknown, path: string, problems: string[]): string[] {
  if (Array.isArray(schema)) {
    schema.forEach((item, i) => schemaProblems(item, `${path}[${i}]`, problems));
    return problems;
  }
  if (typeof schema !== "object" || schema === null) return problems;
  const node = schema as Record<string, unknown>;
  const isObject = node.type === "object" || (Array.isArray(node.type) && node.type.includes("object")) || "properties" in node;
  if (isObject) {
    if (node.additionalProperties !== false) problems.push(`${path}: object schema without additionalProperties: false`);
    const properties = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
    for (const [key, property] of Object.entries(properties)) {
      if (typeof property?.description !== "string" || property.description.trim() === "") {
        problems.push(`${path}.properties.${key}: no description`);
      }
      schemaProblems(property, `${path}.properties.${key}`, problems);
    }
  }
  for (const key of ["items", "anyOf", "oneOf", "allOf", "not", "$defs", "definitions"] as const) {
    const child = node[key];
    if (child === undefined) continue;
    if (key === "$defs" || key === "definitions") {
      for (const [name, definition] of Object.entries(child as Record<string, unknown>)) {
        schemaProblems(definition, `${path}.${key}.${name}`, problems);
      }
    } else {
      schemaProblems(child, `${path}.${key}`, problems);
    }
  }
  if (typeof node.additionalProperties === "object") schemaProblems(node.additionalProperties, `${path}.additionalProperties`, problems);
  return problems;
}

/** `… (OWASP <sheet>: <section>; CWE-<n>)`, appended by createRule. */
const MESSAGE_REFERENCE = /\s\(OWASP [^()]+: [^()]+; CWE-(\d+)\)$/;

describe.each(ruleEntries)("rule %s", (name, rule) => {
  const { meta } = rule;
  const docs = meta.docs;

  it("is created by createRule with its own name", () => {
    expect(rule.name).toBe(name);
  });

  it('has meta.type "problem"', () => {
    expect(meta.type).toBe("problem");
  });

  it("has a description starting with Disallow / Require / Enforce", () => {
    expect(docs?.description).toMatch(/^(Disallow|Require|Enforce) \S/);
  });

  it("has a docs.url pointing at its doc page", () => {
    expect(docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
  });

  it('is in the "recommended" or "strict" config', () => {
    expect(["recommended", "strict"]).toContain(docs?.recommended);
  });

  it("has an array schema with closed objects and described properties", () => {
    expect(Array.isArray(meta.schema)).toBe(true);
    expect(schemaProblems(meta.schema, "schema", [])).toEqual([]);
  });

  it("declares meta.defaultOptions when it has options", () => {
    const schema = meta.schema as unknown[];
    const defaults = (meta as { defaultOptions?: unknown[] }).defaultOptions;
    if (schema.length > 0) {
      expect(Array.isArray(defaults)).toBe(true);
      expect(defaults!.length).toBeGreaterThan(0);
      expect(defaults!.length).toBeLessThanOrEqual(schema.length);
    }
  });

  it("ends every message with exactly one (OWASP …; CWE-n) reference from the catalog", () => {
    const messages = Object.entries(meta.messages ?? {});
    expect(messages.length).toBeGreaterThan(0);
    for (const [id, text] of messages) {
      const match = MESSAGE_REFERENCE.exec(text);
      expect(match, `message "${id}": ${text}`).not.toBeNull();
      expect(text.split("(OWASP ").length - 1, `message "${id}" cites OWASP more than once: ${text}`).toBe(1);
      expect(Object.keys(cwe), `message "${id}" cites an unknown CWE`).toContain(match![1]);
    }
  });

  it("cites only ids that exist in src/references.ts", () => {
    expect(docs?.owasp.length).toBeGreaterThan(0);
    expect(docs?.cwe.length).toBeGreaterThan(0);
    for (const id of docs?.owasp ?? []) expect(Object.keys(owasp), "owasp").toContain(id);
    for (const id of docs?.asvs ?? []) expect(Object.keys(asvs), "asvs").toContain(id);
    for (const id of docs?.cwe ?? []) expect(Object.keys(cwe), "cwe").toContain(String(id));
    for (const id of docs?.rfc ?? []) expect(Object.keys(rfc), "rfc").toContain(id);
  });

  it("has a securitySeverity between 0.1 and 10", () => {
    expect(typeof docs?.securitySeverity).toBe("number");
    expect(docs!.securitySeverity).toBeGreaterThanOrEqual(0.1);
    expect(docs!.securitySeverity).toBeLessThanOrEqual(10);
  });

  it("has a doc page whose References cite its OWASP sections and CWEs", () => {
    const file = join(root, "docs", "rules", `${name}.md`);
    expect(existsSync(file), `missing ${file}`).toBe(true);
    const references = section(docPage(name), "References");
    expect(references, "no ## References section").toBeDefined();
    for (const id of docs?.owasp ?? []) expect(references).toContain(owaspSection(id as OwaspId).url);
    for (const id of docs?.cwe ?? []) expect(references).toContain(`https://cwe.mitre.org/data/definitions/${id}.html`);
  });
});

/** Rebuilds dist/ when it is missing or older than a source file, so these tests see the current code. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function ensureBuild(): void {
  const main = join(root, pkg.main);
  const stale =
    !existsSync(main) ||
    statSync(main).mtimeMs < Math.max(newestSource(join(root, "src")), newestSource(join(root, "rules")));
  if (!stale) return;
  const build = spawnSync("npm", ["run", "build", "--silent"], { cwd: root, encoding: "utf8" });
  if (build.status !== 0 || !existsSync(main)) {
    throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  }
}

interface BuiltPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<string, AuthSecurityRule>;
  configs: Record<string, { name?: string; plugins?: Record<string, unknown>; rules?: Record<string, unknown> }>;
}

describe("the built plugin (dist/)", () => {
  let plugin: BuiltPlugin;

  beforeAll(async () => {
    ensureBuild();
    const url = new URL(`file://${join(root, pkg.main)}`);
    plugin = ((await import(/* @vite-ignore */ url.href)) as { default: BuiltPlugin }).default;
  });

  it("has meta name / version from package.json and the auth-security namespace", () => {
    expect(plugin.meta.name).toBe(pkg.name);
    expect(plugin.meta.version).toBe(pkg.version);
    expect(plugin.meta.namespace).toBe(NAMESPACE);
    expect(pkg.name).toBe(`eslint-plugin-${NAMESPACE}`);
  });

  it("exports the same rules as src/rules.ts", () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(ruleNames);
  });

  it("has configs recommended ⊂ strict ⊂ all that follow meta.docs.recommended", () => {
    expect(Object.keys(plugin.configs).sort()).toEqual(["all", "recommended", "strict"]);
    const enabled = (config: string) => Object.keys(plugin.configs[config].rules ?? {}).sort();
    const expected = (levels: string[]) =>
      Object.entries(plugin.rules)
        .filter(([, rule]) => levels.includes(rule.meta.docs?.recommended ?? ""))
        .map(([name]) => `${NAMESPACE}/${name}`)
        .sort();
    expect(enabled("recommended")).toEqual(expected(["recommended"]));
    expect(enabled("strict")).toEqual(expected(["recommended", "strict"]));
    expect(enabled("all")).toEqual(ruleNames.map((name) => `${NAMESPACE}/${name}`));
    for (const config of ["recommended", "strict"]) {
      for (const rule of enabled(config)) expect(enabled(config === "recommended" ? "strict" : "all")).toContain(rule);
    }
    for (const [key, config] of Object.entries(plugin.configs)) {
      expect(config.name).toBe(`${NAMESPACE}/${key}`);
      expect(config.plugins?.[NAMESPACE]).toBe(plugin);
      for (const level of Object.values(config.rules ?? {})) expect(level).toBe("error");
    }
  });

  it("loads through require() from CommonJS", () => {
    const script = `
      const p = require(${JSON.stringify(join(root, pkg.main))});
      // A namespace object with \`default\`, or the plugin itself if index exports "module.exports".
      const plugin = p.default ?? p;
      process.stdout.write(JSON.stringify({
        meta: plugin.meta,
        rules: Object.keys(p.rules).sort(),
        recommended: Object.keys(p.configs.recommended.rules),
        samePlugin: p.configs.recommended.plugins["auth-security"] === plugin,
      }));`;
    const run = spawnSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const loaded = JSON.parse(run.stdout) as { meta: BuiltPlugin["meta"]; rules: string[]; recommended: string[]; samePlugin: boolean };
    expect(loaded.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: NAMESPACE });
    expect(loaded.rules).toEqual(ruleNames);
    expect(loaded.recommended).toEqual(Object.keys(plugin.configs.recommended.rules ?? {}));
    expect(loaded.samePlugin).toBe(true);
  });
});
