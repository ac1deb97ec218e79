/**
 * Reads the plugin's own TypeScript source (src/, rules/) with the parser, for the reliability
 * tests: the vocabulary the fuzzer builds programs from (module names, API paths and string
 * literals of src/models/ and src/analysis/) and every regular expression the ReDoS check analyses.
 * Everything is derived from the source, so rules and models added later are covered unchanged.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseForESLint } from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** `.ts` files (not `.d.ts`) under the given repository folders, sorted. */
export function sourceFiles(...dirs: string[]): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(full);
    }
  };
  for (const dir of dirs) visit(join(root, dir));
  return out.sort();
}

function parse(file: string): TSESTree.Program {
  return parseForESLint(readFileSync(file, "utf8"), { range: true, loc: true, filePath: file }).ast as TSESTree.Program;
}

/** Calls `visit` on every node of `ast` (plain recursive walk over child objects). */
function walk(node: unknown, visit: (node: TSESTree.Node, parent: TSESTree.Node | undefined) => void, parent?: TSESTree.Node): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit, parent);
    return;
  }
  if (typeof node !== "object" || node === null || typeof (node as { type?: unknown }).type !== "string") return;
  const current = node as TSESTree.Node;
  visit(current, parent);
  for (const [key, value] of Object.entries(current)) {
    if (key === "parent" || key === "loc" || key === "range") continue;
    walk(value, visit, current);
  }
}

/** A path segment as the module tracker spells it: a member name, `new` (INSTANCE) or `()` (RESULT). */
export type Segment = string | { kind: "new" } | { kind: "call" };

export interface ModeledApi {
  module: string;
  path: Segment[];
}

export interface Vocabulary {
  /** `{ module, path }` object literals of the models, e.g. jsonwebtoken ["verify"], jose ["SignJWT", new, "sign"]. */
  apis: ModeledApi[];
  /** Module specifiers named anywhere in the models (`module: "…"` and module-like strings). */
  modules: string[];
  /** Every identifier-like string literal of the models and analysis code (option keys, member names, values). */
  words: string[];
  /** Every other short string literal (algorithm names, durations, cookie names, routes…). */
  strings: string[];
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const MODULE_LIKE = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w.-]+)*$/;

function segmentOf(node: TSESTree.Node): Segment | undefined {
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "Identifier" && node.name === "INSTANCE") return { kind: "new" };
  if (node.type === "Identifier" && node.name === "RESULT") return { kind: "call" };
  return undefined;
}

/** The elements of a `path: [...]` or `path: helper(...)` value, if all of them are static. */
function pathOf(value: TSESTree.Node): Segment[] | undefined {
  const elements =
    value.type === "ArrayExpression" ? value.elements : value.type === "CallExpression" ? value.arguments : undefined;
  if (!elements) return undefined;
  const path: Segment[] = [];
  for (const element of elements) {
    const segment = element ? segmentOf(element as TSESTree.Node) : undefined;
    if (segment === undefined) return undefined;
    path.push(segment);
  }
  return path;
}

export function modelVocabulary(): Vocabulary {
  const apis = new Map<string, ModeledApi>();
  const modules = new Set<string>();
  const words = new Set<string>();
  const strings = new Set<string>();
  for (const file of sourceFiles("src/models", "src/analysis")) {
    walk(parse(file), (node) => {
      if (node.type === "Literal" && typeof node.value === "string" && node.value.length > 0 && node.value.length <= 40) {
        (IDENTIFIER.test(node.value) ? words : strings).add(node.value);
      }
      if (node.type !== "ObjectExpression") return;
      let module: string | undefined;
      let path: Segment[] | undefined;
      for (const property of node.properties) {
        if (property.type !== "Property" || property.key.type !== "Identifier") continue;
        if (property.key.name === "module" && property.value.type === "Literal" && typeof property.value.value === "string") {
          module = property.value.value;
        }
        if (property.key.name === "path") path = pathOf(property.value);
      }
      if (module) {
        modules.add(module);
        if (path) apis.set(JSON.stringify([module, path]), { module, path });
      }
    });
  }
  for (const value of strings) if (MODULE_LIKE.test(value) && /[-/]/.test(value)) modules.add(value);
  modules.delete("");
  return {
    apis: [...apis.values()].filter((api) => api.module !== ""),
    modules: [...modules].sort(),
    words: [...words].sort(),
    strings: [...strings].sort(),
  };
}

export interface SourceRegex {
  /** `src/analysis/names.ts:42:10` */
  where: string;
  kind: "literal" | "constructor" | "schema-pattern";
  source: string;
  flags: string;
}

export interface DynamicRegex {
  where: string;
  code: string;
}

/**
 * Every regular expression in the plugin's source: regex literals, `new RegExp("…")` / `RegExp("…")`
 * with static arguments (string literals, or templates without expressions), and `pattern: "…"`
 * strings (JSON-schema patterns, compiled by ESLint's schema validator). Constructors with a
 * computed argument are returned apart, for review.
 */
export function sourceRegexes(): { regexes: SourceRegex[]; dynamic: DynamicRegex[] } {
  const regexes: SourceRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  for (const file of sourceFiles("src", "rules")) {
    const text = readFileSync(file, "utf8");
    const name = relative(root, file).split("\\").join("/");
    const where = (node: TSESTree.Node) => `${name}:${node.loc.start.line}:${node.loc.start.column + 1}`;
    const staticString = (node: TSESTree.Node | undefined): string | undefined => {
      if (!node) return undefined;
      if (node.type === "Literal" && typeof node.value === "string") return node.value;
      if (node.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0].value.cooked ?? undefined;
      return undefined;
    };
    walk(parse(file), (node) => {
      if (node.type === "Literal" && "regex" in node && node.regex) {
        regexes.push({ where: where(node), kind: "literal", source: node.regex.pattern, flags: node.regex.flags });
        return;
      }
      if (
        (node.type === "NewExpression" || node.type === "CallExpression") &&
        node.callee.type === "Identifier" &&
        node.callee.name === "RegExp"
      ) {
        const source = staticString(node.arguments[0]);
        const flags = node.arguments.length > 1 ? staticString(node.arguments[1]) : "";
        if (source !== undefined && flags !== undefined) regexes.push({ where: where(node), kind: "constructor", source, flags });
        else dynamic.push({ where: where(node), code: text.slice(node.range[0], node.range[1]) });
        return;
      }
      if (
        node.type === "Property" &&
        node.key.type === "Identifier" &&
        node.key.name === "pattern" &&
        staticString(node.value as TSESTree.Node) !== undefined
      ) {
        regexes.push({ where: where(node), kind: "schema-pattern", source: staticString(node.value as TSESTree.Node)!, flags: "u" });
      }
    });
  }
  return { regexes, dynamic };
}
