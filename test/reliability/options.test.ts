/**
 * Rule options, for every rule, generated from each rule's own `meta.schema` (so rules added later
 * are covered without a line here):
 * - invalid options — the wrong type for the whole option and for each property, unknown keys,
 *   strings that break a property's `pattern` (bad durations), too long strings, duplicate or
 *   wrongly typed array items, extra positional options — are rejected by ESLint's schema
 *   validation, with ESLint's message naming the rule and the offending value or key;
 * - the defaults (`meta.defaultOptions`) and no options at all are accepted;
 * - random valid options (fast-check, from the schema) never make a rule throw on the example app;
 * - every string a duration `pattern` accepts parses to a finite, non-negative duration.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DURATION_PATTERN, parseDuration } from "../../src/analysis/durations.js";
import { NAMESPACE, plugin, rules } from "./plugin.js";
import { root } from "./source.js";

type Schema = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema | Schema[];
  enum?: unknown[];
  pattern?: string;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  uniqueItems?: boolean;
  minItems?: number;
  maxItems?: number;
};

interface Invalid {
  what: string;
  options: unknown[];
  /** Text ESLint's message must contain (besides the rule id). */
  mentions?: string;
}

const linter = new Linter({ configType: "flat" });

function configure(rule: string, options: unknown[]): Linter.Config[] {
  return [
    {
      files: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts", "**/*.js", "**/*.jsx", "**/*.mjs", "**/*.cjs"],
      plugins: { [NAMESPACE]: plugin },
      languageOptions: { parser: tsParser as never, parserOptions: { ecmaFeatures: { jsx: true } } },
      rules: { [`${NAMESPACE}/${rule}`]: ["error", ...options] as Linter.RuleEntry },
    },
  ];
}

/** ESLint's validation error for these options, or undefined when they are accepted. */
function validationError(rule: string, options: unknown[], code = "export {};\n", filename = "file.ts"): string | undefined {
  let messages: Linter.LintMessage[];
  try {
    messages = linter.verify(code, configure(rule, options), { filename });
  } catch (error) {
    return (error as Error).message;
  }
  // A file no config matches is silently skipped: make that loud, or every check here would pass.
  const unlinted = messages.find((message) => message.ruleId === null && !message.fatal);
  if (unlinted) throw new Error(`not linted: ${unlinted.message}`);
  return undefined;
}

function typesOf(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === "string") return [schema.type];
  if (schema.properties) return ["object"];
  return [];
}

/** Values of a JSON type, and values that are of none of the allowed types. */
const SAMPLES: Record<string, unknown[]> = {
  string: ["text"],
  boolean: [true],
  number: [1.5],
  integer: [2],
  array: [["text"]],
  object: [{}],
  null: [null],
};
function wrongValues(types: string[]): unknown[] {
  if (types.length === 0) return [];
  const allowed = new Set(types);
  if (allowed.has("number")) allowed.add("integer");
  const out: unknown[] = [];
  for (const [type, values] of Object.entries(SAMPLES)) {
    if (allowed.has(type)) continue;
    if (type === "integer" && allowed.has("number")) continue;
    if (type === "number" && allowed.has("integer")) {
      out.push(1.5);
      continue;
    }
    out.push(...values);
  }
  return out;
}

const BAD_STRINGS = ["", " ", "abc", "1 fortnight", "-1h", "1.h", "h", "1e3s", "1H", "1 h ", " 1h", "1h30m", "∞", "NaN", "1,5h", "0x10s", "10"];
const GOOD_DURATIONS = ["1h", "15m", "30d", "7 days", ".5h", "1.5 hours", "100ms", "2w", "1y", "90 seconds", "0s"];

function matches(pattern: string, value: string): boolean {
  return new RegExp(pattern, "u").test(value);
}

/** Every invalid variant of one positional option (`base` is a valid value of it). */
function invalidVariants(schema: Schema, base: unknown, path: string[], wrap: (value: unknown) => unknown[], out: Invalid[]): void {
  const where = path.length > 0 ? path.join(".") : "the option";
  for (const value of wrongValues(typesOf(schema))) {
    out.push({ what: `${where} = ${JSON.stringify(value)} (wrong type)`, options: wrap(value), mentions: JSON.stringify(value) });
  }
  if (schema.enum) {
    out.push({ what: `${where} outside its enum`, options: wrap("__not_an_allowed_value__"), mentions: "__not_an_allowed_value__" });
  }
  const types = typesOf(schema);
  if (types.includes("string") && schema.pattern) {
    for (const bad of BAD_STRINGS.filter((value) => !matches(schema.pattern!, value))) {
      out.push({ what: `${where} = ${JSON.stringify(bad)} (breaks its pattern)`, options: wrap(bad), mentions: JSON.stringify(bad) });
    }
  }
  if (types.includes("string") && typeof schema.maxLength === "number") {
    const long = schema.pattern && matches(schema.pattern, "1h") ? `${"1".repeat(schema.maxLength)}h` : "x".repeat(schema.maxLength + 1);
    out.push({ what: `${where} longer than ${schema.maxLength} characters`, options: wrap(long) });
  }
  if (types.includes("string") && typeof schema.minLength === "number" && schema.minLength > 0) {
    out.push({ what: `${where} shorter than ${schema.minLength}`, options: wrap(""), mentions: '""' });
  }
  if ((types.includes("number") || types.includes("integer")) && typeof schema.minimum === "number") {
    out.push({ what: `${where} below its minimum`, options: wrap(schema.minimum - 1), mentions: String(schema.minimum - 1) });
  }
  if ((types.includes("number") || types.includes("integer")) && typeof schema.maximum === "number") {
    out.push({ what: `${where} above its maximum`, options: wrap(schema.maximum + 1), mentions: String(schema.maximum + 1) });
  }
  if (types.includes("array") && schema.items && !Array.isArray(schema.items)) {
    const item = schema.items;
    for (const value of wrongValues(typesOf(item)).slice(0, 2)) {
      out.push({ what: `${where}[0] = ${JSON.stringify(value)} (wrong item type)`, options: wrap([value]), mentions: JSON.stringify(value) });
    }
    if (schema.uniqueItems) {
      const sample = validSample(item);
      out.push({ what: `${where} with duplicate items`, options: wrap([sample, sample]), mentions: "duplicate" });
    }
  }
  if (types.includes("object") || schema.properties) {
    const object = (typeof base === "object" && base !== null && !Array.isArray(base) ? base : {}) as Record<string, unknown>;
    if (schema.additionalProperties === false) {
      out.push({ what: `${where} with an unknown key`, options: wrap({ ...object, notARealOption: true }), mentions: "notARealOption" });
    }
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      invalidVariants(property, object[key], [...path, key], (value) => wrap({ ...object, [key]: value }), out);
    }
  }
}

/** A valid value for a schema (defaults first). */
function validSample(schema: Schema): unknown {
  if (schema.default !== undefined) return schema.default;
  if (schema.enum) return schema.enum[0];
  const [type] = typesOf(schema);
  if (type === "string") return schema.pattern ? (GOOD_DURATIONS.find((value) => matches(schema.pattern!, value)) ?? "a") : "a";
  if (type === "boolean") return true;
  if (type === "number" || type === "integer") return schema.minimum ?? 1;
  if (type === "array") return [];
  if (type === "object") return {};
  return null;
}

/** A fast-check arbitrary of valid values for a schema (keys optional, strings from the pattern). */
function validArbitrary(schema: Schema): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const [type] = typesOf(schema);
  switch (type) {
    case "string": {
      const max = schema.maxLength ?? 40;
      const base = schema.pattern ? fc.stringMatching(new RegExp(schema.pattern, "u")) : fc.string({ maxLength: 20 });
      return base.filter((value) => value.length <= max && value.length >= (schema.minLength ?? 0));
    }
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1_000_000 });
    case "number":
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1e9, noNaN: true });
    case "array": {
      const item = schema.items && !Array.isArray(schema.items) ? validArbitrary(schema.items) : fc.string();
      return schema.uniqueItems
        ? fc.uniqueArray(item, { maxLength: 4, selector: (value) => JSON.stringify(value) })
        : fc.array(item, { maxLength: 4 });
    }
    case "object": {
      const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, value]) => [key, validArbitrary(value)]));
      return fc.record(properties, { requiredKeys: [] });
    }
    default:
      return fc.constant(null);
  }
}

function schemaOf(name: string): Schema[] {
  const schema: unknown = rules[name].meta.schema;
  if (schema === false || schema === undefined) return [];
  return (Array.isArray(schema) ? schema : [schema]) as Schema[];
}

/** The example app's files: code the rules have plenty to say about. */
function exampleFiles(): { filename: string; code: string }[] {
  const out: { filename: string; code: string }[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.(?:[cm]?[jt]s|[jt]sx)$/.test(entry.name)) out.push({ filename: full, code: readFileSync(full, "utf8") });
    }
  };
  visit(join(root, "examples"));
  return out;
}

const names = Object.keys(rules).sort();

describe.each(names)("options of %s", (name) => {
  const schema = schemaOf(name);
  const defaults = (rules[name].meta.defaultOptions ?? []) as unknown[];
  const ruleKey = `Key "${NAMESPACE}/${name}"`;

  it("accepts no options and its default options", () => {
    expect(validationError(name, [])).toBeUndefined();
    expect(validationError(name, defaults)).toBeUndefined();
  });

  it("rejects one positional option too many", () => {
    const extra = [...schema.map((item, i) => defaults[i] ?? validSample(item)), { extra: true }];
    const message = validationError(name, extra);
    expect(message).toContain(ruleKey);
    expect(message).toMatch(/should NOT have more than \d+ items/);
  });

  const invalid: Invalid[] = [];
  schema.forEach((item, index) => {
    const before = schema.slice(0, index).map((previous, i) => defaults[i] ?? validSample(previous));
    invalidVariants(item, defaults[index], [], (value) => [...before, value], invalid);
  });
  if (invalid.length > 0) {
    it.each(invalid.map((variant) => [variant.what, variant] as const))("rejects %s with ESLint's message", (_what, variant) => {
      const message = validationError(name, variant.options);
      expect(message, `accepted ${JSON.stringify(variant.options)}`).toBeDefined();
      expect(message).toContain(ruleKey);
      if (variant.mentions) expect(message).toContain(variant.mentions);
    });
  }

  if (schema.length > 0) {
    it("never throws with random valid options on the example app", { timeout: 300_000 }, () => {
      const files = exampleFiles();
      fc.assert(
        fc.property(fc.tuple(...schema.map((item) => validArbitrary(item))), fc.nat(), (options, pick) => {
          const file = files[pick % files.length];
          const error = validationError(name, options, file.code, file.filename);
          if (error) throw new Error(`options ${JSON.stringify(options)} on ${file.filename}: ${error}`);
        }),
        { seed: 20261123, numRuns: 40 },
      );
    });
  }
});

describe("duration options", () => {
  const durationLike = names.flatMap((name) =>
    schemaOf(name).flatMap((item) =>
      Object.entries(item.properties ?? {})
        .filter(([, property]) => typeof property.description === "string" && /\bduration\b/i.test(property.description))
        .map(([key, property]) => ({ where: `${name}.${key}`, property })),
    ),
  );

  it.each(durationLike.map((entry) => [entry.where, entry] as const))(
    "%s (described as a duration) is a string with the shared duration pattern",
    (_where, entry) => {
      expect(entry.property.type).toBe("string");
      expect(entry.property.pattern).toBe(DURATION_PATTERN);
    },
  );

  it("every string the duration pattern accepts parses to a finite, non-negative duration", () => {
    const pattern = new RegExp(DURATION_PATTERN, "u");
    fc.assert(
      fc.property(fc.stringMatching(pattern), (text) => {
        if (text.length > 100) return;
        const ms = parseDuration(text);
        expect(ms, text).toBeTypeOf("number");
        expect(Number.isFinite(ms) && (ms as number) >= 0, text).toBe(true);
      }),
      { seed: 20261123, numRuns: 500 },
    );
  });

  it("malformed durations fail the pattern, so they never reach the rules", () => {
    for (const bad of ["1 fortnight", "-1h", "1.h", "h", "1e3s", "1H", " 1h", "1h30m", "NaN", "10", ""]) {
      expect(new RegExp(DURATION_PATTERN, "u").test(bad), bad).toBe(false);
    }
    for (const good of GOOD_DURATIONS) expect(new RegExp(DURATION_PATTERN, "u").test(good), good).toBe(true);
  });
});
