/**
 * Durations as JWT, cookie and session libraries spell them.
 *
 * `parseDuration` follows the `ms` package (v2.1.3, used by jsonwebtoken 9 and many session
 * libraries): an optional `-`, a decimal number, optional spaces and an optional unit
 * (case-insensitive); no unit means milliseconds (`"60"` is 60 ms); inputs longer than 100
 * characters are rejected; a year is 365.25 days. The scanner is hand written and linear: no
 * regular expression runs on source text.
 */
import type { JSONSchema, TSESTree } from "@typescript-eslint/utils";
import { memberName, unwrap, type AnyContext } from "./ast.js";
import { isGlobalMember, isGlobalRef } from "./flow.js";
import { resolveNode, staticValue } from "./values.js";

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;
/** `ms` and jose both count a year as 365.25 days. */
export const YEAR = 365.25 * DAY;

/** Longest string `ms` accepts. */
const MAX_LENGTH = 100;

/** Every unit spelling `ms` accepts, lowercase, with its length in milliseconds. */
const UNITS: ReadonlyMap<string, number> = new Map([
  ["milliseconds", 1],
  ["millisecond", 1],
  ["msecs", 1],
  ["msec", 1],
  ["ms", 1],
  ["seconds", SECOND],
  ["second", SECOND],
  ["secs", SECOND],
  ["sec", SECOND],
  ["s", SECOND],
  ["minutes", MINUTE],
  ["minute", MINUTE],
  ["mins", MINUTE],
  ["min", MINUTE],
  ["m", MINUTE],
  ["hours", HOUR],
  ["hour", HOUR],
  ["hrs", HOUR],
  ["hr", HOUR],
  ["h", HOUR],
  ["days", DAY],
  ["day", DAY],
  ["d", DAY],
  ["weeks", WEEK],
  ["week", WEEK],
  ["w", WEEK],
  ["years", YEAR],
  ["year", YEAR],
  ["yrs", YEAR],
  ["yr", YEAR],
  ["y", YEAR],
]);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/**
 * `"15m"`, `"2 days"`, `"1.5h"`, `"500ms"`, `"-1h"` → milliseconds; `"60"` → 60 (milliseconds, as
 * `ms` reads it). `undefined` for anything `ms` would reject (`"1mo"`, `"1h "`, `"h"`, `""`, `"1.h"`).
 */
export function parseDuration(text: string): number | undefined {
  if (typeof text !== "string" || text.length === 0 || text.length > MAX_LENGTH) return undefined;
  let i = 0;
  const negative = text[0] === "-";
  if (negative) i++;
  const numberStart = i;
  let sawDot = false;
  let digitsAfterDot = 0;
  let digitsBeforeDot = 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (isDigit(ch)) {
      if (sawDot) digitsAfterDot++;
      else digitsBeforeDot++;
    } else if (ch === "." && !sawDot) {
      sawDot = true;
    } else {
      break;
    }
  }
  // `ms` needs at least one digit after a dot (`"1.h"` is rejected) and a digit somewhere.
  if (sawDot ? digitsAfterDot === 0 : digitsBeforeDot === 0) return undefined;
  const amount = Number(text.slice(numberStart, i));
  if (!Number.isFinite(amount)) return undefined;
  while (text[i] === " ") i++;
  const unitText = text.slice(i).toLowerCase();
  const unit = unitText === "" ? 1 : UNITS.get(unitText);
  if (unit === undefined) return undefined;
  const ms = amount * unit;
  return negative ? -ms : ms;
}

/**
 * A lifetime value as an API receives it: numbers are in the API's unit (`"s"` for jsonwebtoken's
 * `expiresIn`, `"ms"` for fast-jwt's), strings go through `parseDuration`. Anything else (or a
 * non-finite number) is `undefined`.
 */
export function durationToMs(value: unknown, numberUnit: "s" | "ms"): number | undefined {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return undefined;
    return numberUnit === "s" ? value * SECOND : value;
  }
  if (typeof value === "string") return parseDuration(value);
  return undefined;
}

/** Units `formatDuration` may choose, largest first. Weeks are skipped: `"7d"` reads better than `"1w"`. */
const FORMAT_UNITS: readonly (readonly [string, number])[] = [
  ["y", YEAR],
  ["d", DAY],
  ["h", HOUR],
  ["m", MINUTE],
  ["s", SECOND],
  ["ms", 1],
];

/**
 * The shortest exact `ms`-style spelling: 604800000 → `"7d"`, 900000 → `"15m"`, 5400000 → `"90m"`,
 * 1500 → `"1500ms"`, 0 → `"0s"`. `parseDuration(formatDuration(x)) === x` for every finite `x`.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  if (ms === 0) return "0s";
  const sign = ms < 0 ? "-" : "";
  const magnitude = Math.abs(ms);
  for (const [unit, size] of FORMAT_UNITS) {
    const count = magnitude / size;
    if (Number.isInteger(count) && count * size === magnitude) return `${sign}${count}${unit}`;
  }
  return `${sign}${magnitude}ms`;
}

/**
 * Milliseconds in an API's numeric unit, for a suggestion: `toUnit(3600000, "s")` → `3600`. Fractional
 * results are rounded down (a shorter lifetime is never less safe).
 */
export function toUnit(ms: number, unit: "s" | "ms"): number {
  return unit === "s" ? Math.floor(ms / SECOND) : Math.floor(ms);
}

/**
 * Well-formed option durations: a non-negative decimal number, optional spaces and a lowercase
 * `ms` unit (a unit is required in options, so `"60"` is not read as 60 ms by mistake).
 */
export const DURATION_PATTERN =
  "^(?:[0-9]+|[0-9]*\\.[0-9]+) *(?:ms|msecs?|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|y|yrs?|years?)$";

/** JSON schema for a rule option holding a duration (`"1h"`, `"30d"`, `"15 minutes"`). */
export function durationOptionSchema(description: string): JSONSchema.JSONSchema4 {
  return { type: "string", pattern: DURATION_PATTERN, maxLength: MAX_LENGTH, description };
}

// ---------------------------------------------------------------------------------------------
// Points in time written relative to "now"
// ---------------------------------------------------------------------------------------------

/** `value = now * Date.now() + constant` (milliseconds), or a plain constant when `now` is 0. */
interface Linear {
  now: number;
  constant: number;
}

const MAX_TIME_DEPTH = 16;
const ROUNDING = new Set(["floor", "ceil", "round", "trunc"]);

/** An instant written relative to the current time. */
export interface RelativeTime {
  /** `"s"` for seconds since the epoch (`Math.floor(Date.now() / 1000) + n`), `"ms"` for milliseconds (`Date.now() + n`). */
  unit: "s" | "ms";
  /** How far after now, in milliseconds (negative for the past). */
  offsetMs: number;
  /**
   * The operand that holds the offset, in the unit of the expression, when the expression as
   * written is `now + offset` / `offset + now` with a static offset (the place a suggestion edits).
   */
  offsetNode?: TSESTree.Node;
}

/**
 * Reads `Math.floor(Date.now() / 1000) + 60 * 60 * 24 * 30`, `now + TTL` (through constants),
 * `Date.now() + 3600 * 1000`, `new Date().getTime() / 1e3 + n`, `(Date.now() / 1000 | 0) + n`.
 * `undefined` when the expression is not "the current time plus a static offset" in seconds or
 * milliseconds.
 */
export function relativeTime(context: AnyContext, node: TSESTree.Node): RelativeTime | undefined {
  const form = linear(context, node, 0);
  if (!form || form.now === 0) return undefined;
  let unit: "s" | "ms";
  if (Math.abs(form.now - 1) < 1e-9) unit = "ms";
  else if (Math.abs(form.now - 1 / 1000) < 1e-12) unit = "s";
  else return undefined;
  const offsetMs = unit === "s" ? form.constant * SECOND : form.constant;
  const written = unwrap(node);
  let offsetNode: TSESTree.Node | undefined;
  if (written.type === "BinaryExpression" && written.operator === "+") {
    const left = linear(context, written.left, 0);
    const right = linear(context, written.right, 0);
    if (left?.now === 0 && right && right.now !== 0) offsetNode = written.left;
    else if (right?.now === 0 && left && left.now !== 0) offsetNode = written.right;
  }
  return { unit, offsetMs, ...(offsetNode ? { offsetNode } : {}) };
}

/**
 * A `Date` written relative to now: `new Date(Date.now() + 7 * 24 * 3600 * 1000)`,
 * `new Date(Date.now() + TTL_MS)`. `new Date()` is an offset of 0. `undefined` otherwise.
 */
export function relativeDate(context: AnyContext, node: TSESTree.Node): RelativeTime | undefined {
  const resolved = resolveNode(context, node);
  if (resolved.type !== "NewExpression" || !isGlobalRef(context, resolved.callee, "Date")) return undefined;
  if (resolved.arguments.length === 0) return { unit: "ms", offsetMs: 0 };
  if (resolved.arguments.length !== 1 || resolved.arguments[0].type === "SpreadElement") return undefined;
  const inner = relativeTime(context, resolved.arguments[0]);
  return inner?.unit === "ms" ? inner : undefined;
}

/** True for the current time in milliseconds: `Date.now()`, `new Date().getTime()`, `+new Date()`, `Number(new Date())`. */
function isNowMs(context: AnyContext, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === "CallExpression" && n.arguments.length === 0) {
    const callee = unwrap(n.callee);
    if (isGlobalMember(context, callee, "Date", "now")) return true;
    if (callee.type === "MemberExpression" && (memberName(callee) === "getTime" || memberName(callee) === "valueOf")) {
      return isNewDateNow(context, callee.object);
    }
  }
  if (n.type === "UnaryExpression" && n.operator === "+") return isNewDateNow(context, n.argument);
  if (n.type === "CallExpression" && n.arguments.length === 1 && isGlobalRef(context, n.callee, "Number") && n.arguments[0].type !== "SpreadElement") {
    return isNewDateNow(context, n.arguments[0]);
  }
  return false;
}

function isNewDateNow(context: AnyContext, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  return n.type === "NewExpression" && n.arguments.length === 0 && isGlobalRef(context, n.callee, "Date");
}

function linear(context: AnyContext, node: TSESTree.Node, depth: number): Linear | undefined {
  if (depth > MAX_TIME_DEPTH) return undefined;
  const n = unwrap(node);
  if (isNowMs(context, n)) return { now: 1, constant: 0 };
  switch (n.type) {
    case "Identifier":
    case "MemberExpression": {
      const resolved = resolveNode(context, n);
      if (resolved !== n) return linear(context, resolved, depth + 1);
      break;
    }
    case "BinaryExpression": {
      if (n.left.type === "PrivateIdentifier") return undefined;
      const left = linear(context, n.left, depth + 1);
      const right = left && linear(context, n.right, depth + 1);
      if (!left || !right) return undefined;
      switch (n.operator) {
        case "+":
          return { now: left.now + right.now, constant: left.constant + right.constant };
        case "-":
          return { now: left.now - right.now, constant: left.constant - right.constant };
        case "*":
          if (left.now === 0) return { now: right.now * left.constant, constant: right.constant * left.constant };
          if (right.now === 0) return { now: left.now * right.constant, constant: left.constant * right.constant };
          return undefined;
        case "/":
          if (right.now !== 0 || right.constant === 0) return undefined;
          return { now: left.now / right.constant, constant: left.constant / right.constant };
        case "|":
          // `x | 0` truncates to an integer: the value stays (up to rounding).
          if (right.now === 0 && right.constant === 0) return left;
          if (left.now === 0 && left.constant === 0) return right;
          return undefined;
        default:
          return undefined;
      }
    }
    case "UnaryExpression": {
      if (n.operator === "~" && unwrap(n.argument).type === "UnaryExpression") {
        const inner = unwrap(n.argument) as TSESTree.UnaryExpression;
        if (inner.operator === "~") return linear(context, inner.argument, depth + 1);
      }
      if (n.operator === "-") {
        const inner = linear(context, n.argument, depth + 1);
        return inner && { now: -inner.now, constant: -inner.constant };
      }
      if (n.operator === "+") return linear(context, n.argument, depth + 1);
      break;
    }
    case "CallExpression": {
      // Math.floor / ceil / round / trunc keep the value (up to rounding).
      const callee = unwrap(n.callee);
      if (callee.type === "MemberExpression" && n.arguments.length === 1 && n.arguments[0].type !== "SpreadElement") {
        const name = memberName(callee);
        if (name !== null && ROUNDING.has(name) && isGlobalRef(context, callee.object, "Math")) {
          return linear(context, n.arguments[0], depth + 1);
        }
      }
      break;
    }
    default:
      break;
  }
  const value = staticValue(context, n);
  if (value && typeof value.value === "number" && Number.isFinite(value.value)) return { now: 0, constant: value.value };
  return undefined;
}
