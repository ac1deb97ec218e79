import { describe, expect, it } from "vitest";
import {
  DAY,
  DURATION_PATTERN,
  HOUR,
  MINUTE,
  SECOND,
  WEEK,
  YEAR,
  durationOptionSchema,
  durationToMs,
  formatDuration,
  parseDuration,
  relativeDate,
  relativeTime,
  toUnit,
} from "../../src/analysis/durations.js";
import type { TSESTree } from "@typescript-eslint/utils";
import { analyze } from "../helpers/analyze.js";

/** Runs `fn` on the initializer of the last `const` declared in `code`. */
function onLastInit<T>(code: string, fn: (context: Parameters<Parameters<typeof analyze>[1]>[0], node: TSESTree.Node) => T): T {
  return analyze(code, (context) => {
    const body = context.sourceCode.ast.body;
    const last = body[body.length - 1];
    if (last.type !== "VariableDeclaration" || !last.declarations[0].init) throw new Error("expected a const declaration last");
    return fn(context, last.declarations[0].init);
  });
}

describe("parseDuration", () => {
  it.each<[string, number]>([
    // Units, short and long, singular and plural.
    ["500ms", 500],
    ["1 millisecond", 1],
    ["2 milliseconds", 2],
    ["3msec", 3],
    ["4 msecs", 4],
    ["10s", 10 * SECOND],
    ["1 sec", SECOND],
    ["2 secs", 2 * SECOND],
    ["1 second", SECOND],
    ["30 seconds", 30 * SECOND],
    ["15m", 15 * MINUTE],
    ["1 min", MINUTE],
    ["5 mins", 5 * MINUTE],
    ["1 minute", MINUTE],
    ["20 minutes", 20 * MINUTE],
    ["1h", HOUR],
    ["1 hr", HOUR],
    ["2 hrs", 2 * HOUR],
    ["1 hour", HOUR],
    ["12 hours", 12 * HOUR],
    ["7d", 7 * DAY],
    ["7 d", 7 * DAY],
    ["1 day", DAY],
    ["2 days", 2 * DAY],
    ["1w", WEEK],
    ["1 week", WEEK],
    ["2 weeks", 2 * WEEK],
    ["1y", YEAR],
    ["1 yr", YEAR],
    ["2 yrs", 2 * YEAR],
    ["1 year", YEAR],
    ["10 years", 10 * YEAR],
    // Case-insensitive, any number of spaces before the unit.
    ["1H", HOUR],
    ["2 DAYS", 2 * DAY],
    ["1  hours", HOUR],
    // Decimals.
    ["1.5h", 1.5 * HOUR],
    [".5h", 0.5 * HOUR],
    ["0.25d", 6 * HOUR],
    // No unit: milliseconds, as `ms` (and so jsonwebtoken) reads a numeric string.
    ["60", 60],
    ["60 ", 60],
    ["0", 0],
    ["00010s", 10 * SECOND],
    // Negative.
    ["-1h", -HOUR],
    ["-.5h", -0.5 * HOUR],
  ])("%j → %d", (text, expected) => {
    expect(parseDuration(text)).toBe(expected);
  });

  it.each([
    "",
    "h",
    "1.h",
    "1.",
    ".",
    "-",
    "1mo",
    "1 month",
    "1h ",
    " 1h",
    "+1h",
    "- 1h",
    "--1h",
    "1.5.5h",
    "1e3",
    "1_000s",
    "0x10",
    "Infinity",
    "NaN",
    "1 h s",
    "1h30m",
    "one hour",
    "１h",
  ])("%j is malformed", (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it("rejects inputs longer than 100 characters, as ms does", () => {
    expect(parseDuration(`${"9".repeat(99)}s`)).toBe(Number(`${"9".repeat(99)}`) * SECOND);
    expect(parseDuration("9".repeat(101))).toBeUndefined();
    expect(parseDuration(`1${" ".repeat(100)}h`)).toBeUndefined();
  });

  it("stays linear on long adversarial input", () => {
    // Would make a backtracking `(\d+)?\.?\d+ *` pattern slow if length were not bounded.
    expect(parseDuration(`${"1".repeat(1_000_000)}!`)).toBeUndefined();
    expect(parseDuration(`1${" ".repeat(1_000_000)}x`)).toBeUndefined();
    expect(parseDuration(".".repeat(1_000_000))).toBeUndefined();
  });

  it("returns undefined for non-strings that slip through untyped callers", () => {
    expect(parseDuration(42 as unknown as string)).toBeUndefined();
    expect(parseDuration(undefined as unknown as string)).toBeUndefined();
  });
});

describe("durationToMs", () => {
  it("reads numbers in the API's unit", () => {
    expect(durationToMs(3600, "s")).toBe(HOUR);
    expect(durationToMs(3600, "ms")).toBe(3600);
    expect(durationToMs(0.5, "s")).toBe(500);
  });
  it("reads strings with parseDuration whatever the numeric unit", () => {
    expect(durationToMs("1h", "s")).toBe(HOUR);
    expect(durationToMs("1h", "ms")).toBe(HOUR);
    expect(durationToMs("60", "s")).toBe(60);
  });
  it.each([Number.NaN, Number.POSITIVE_INFINITY, undefined, null, true, {}, [], "bogus", 10n])("%s is unknown", (value) => {
    expect(durationToMs(value, "s")).toBeUndefined();
  });
});

describe("formatDuration", () => {
  it.each<[number, string]>([
    [604_800_000, "7d"],
    [900_000, "15m"],
    [HOUR, "1h"],
    [1.5 * HOUR, "90m"],
    [30 * DAY, "30d"],
    [YEAR, "1y"],
    [365 * DAY, "365d"],
    [10 * SECOND, "10s"],
    [1500, "1500ms"],
    [1, "1ms"],
    [0.5, "0.5ms"],
    [0, "0s"],
    [-HOUR, "-1h"],
  ])("%d → %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it("round-trips through parseDuration", () => {
    for (const ms of [1, 999, 1000, 61_000, MINUTE, 90 * MINUTE, HOUR, 25 * HOUR, DAY, WEEK, 30 * DAY, YEAR, 2 * YEAR, -DAY, 0.5]) {
      expect(parseDuration(formatDuration(ms))).toBe(ms);
    }
  });

  it("prints non-finite values as they are", () => {
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe("Infinity");
  });
});

describe("toUnit", () => {
  it("converts milliseconds to an API's numeric unit, rounding down", () => {
    expect(toUnit(HOUR, "s")).toBe(3600);
    expect(toUnit(1500, "s")).toBe(1);
    expect(toUnit(HOUR, "ms")).toBe(3_600_000);
  });
});

describe("durationOptionSchema", () => {
  const schema = durationOptionSchema("Longest access token lifetime.");
  const pattern = new RegExp(DURATION_PATTERN);

  it("is a described string schema", () => {
    expect(schema).toMatchObject({ type: "string", pattern: DURATION_PATTERN, description: "Longest access token lifetime." });
  });

  it.each(["1h", "30d", "15 minutes", "1.5h", ".5d", "500ms", "2 weeks", "1y", "0s"])("accepts %j", (text) => {
    expect(pattern.test(text)).toBe(true);
    expect(parseDuration(text)).toBeGreaterThanOrEqual(0);
  });

  it.each(["60", "-1h", "1H", "1mo", "1h ", "", "h", "1.h", "forever"])("rejects %j", (text) => {
    expect(pattern.test(text)).toBe(false);
  });
});

describe("relativeTime", () => {
  const NOW_S = "Math.floor(Date.now() / 1000)";
  it.each<[string, "s" | "ms", number]>([
    [`const exp = ${NOW_S} + 3600;`, "s", HOUR],
    [`const exp = ${NOW_S} + 60 * 60 * 24 * 30;`, "s", 30 * DAY],
    [`const THIRTY_DAYS = 60 * 60 * 24 * 30;\nconst exp = ${NOW_S} + THIRTY_DAYS;`, "s", 30 * DAY],
    [`const now = Math.floor(Date.now() / 1000);\nconst exp = now + 7 * 24 * 3600;`, "s", 7 * DAY],
    ["const exp = Date.now() / 1000 + 60;", "s", MINUTE],
    ["const exp = (Date.now() / 1000 | 0) + 60;", "s", MINUTE],
    ["const exp = ~~(Date.now() / 1e3) + 60;", "s", MINUTE],
    ["const exp = Math.round(new Date().getTime() / 1000) + 120;", "s", 2 * MINUTE],
    ["const exp = Math.floor(+new Date() / 1000) - 60;", "s", -MINUTE],
    ["const exp = 3600 + Math.floor(Date.now() / 1000);", "s", HOUR],
    ["const exp = Date.now() + 3600 * 1000;", "ms", HOUR],
    ["const exp = Number(new Date()) + 1000;", "ms", SECOND],
    ["const exp = Date.now();", "ms", 0],
  ])("%s", (code, unit, offsetMs) => {
    const result = onLastInit(code, (context, node) => relativeTime(context, node));
    expect(result?.unit).toBe(unit);
    expect(result?.offsetMs).toBeCloseTo(offsetMs, 6);
  });

  it.each([
    "const exp = 1893456000;",
    "const exp = expiresAt;",
    "const exp = Date.now() * 2;",
    "const exp = Date.now() / 60000 + 5;",
    "const exp = Math.random() + 1;",
    "const exp = `${Date.now()}`;",
    "const Date = { now: () => 0 };\nconst exp = Date.now() + 5;",
    "let now = Date.now();\nnow = 0;\nconst exp = now + 60;",
  ])("%s is not relative to now", (code) => {
    expect(onLastInit(code, (context, node) => relativeTime(context, node))).toBeUndefined();
  });

  it("finds the static offset operand a suggestion edits", () => {
    const text = onLastInit(`const exp = ${NOW_S} + 60 * 60;`, (context, node) => {
      const offset = relativeTime(context, node)?.offsetNode;
      return offset && context.sourceCode.getText(offset);
    });
    expect(text).toBe("60 * 60");
    const viaConstant = onLastInit(`const e = ${NOW_S} + 60;\nconst exp = e;`, (context, node) => relativeTime(context, node)?.offsetNode);
    expect(viaConstant).toBeUndefined();
  });
});

describe("relativeDate", () => {
  it("reads new Date(now + offset) and new Date()", () => {
    expect(onLastInit("const d = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);", (c, n) => relativeDate(c, n))).toMatchObject({ unit: "ms", offsetMs: 7 * DAY });
    expect(onLastInit("const d = new Date();", (c, n) => relativeDate(c, n))).toEqual({ unit: "ms", offsetMs: 0 });
    expect(onLastInit("const TTL = 60000;\nconst d = new Date(Date.now() - TTL);", (c, n) => relativeDate(c, n))?.offsetMs).toBe(-MINUTE);
  });
  it.each(['const d = new Date("2020-01-01");', "const d = new Date(0);", "const d = new Date(Date.now() / 1000 + 60);", "const d = someDate;", "const d = dayjs().add(1, 'day').toDate();"])(
    "%s is not relative",
    (code) => {
      expect(onLastInit(code, (c, n) => relativeDate(c, n))).toBeUndefined();
    },
  );
});
