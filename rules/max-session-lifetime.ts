/**
 * Sessions and session cookies that live for weeks or months keep a stolen session id (or a
 * sealed session cookie) usable for just as long, and leave users signed in on shared devices.
 * This rule caps the lifetime configured in session middleware and on auth cookies.
 *
 * Policy only: where each library takes its lifetime, in which unit, and its default come from
 * `src/models/sessions.ts` (middleware) and `src/models/cookies.ts` (cookie writes).
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { JSONSchema4 } from "@typescript-eslint/utils/json-schema";
import { createRule } from "../src/create-rule.js";
import { replaceNode } from "../src/analysis/fix.js";
import { DAY, durationOptionSchema, formatDuration, parseDuration, toUnit } from "../src/analysis/durations.js";
import { cookieLabel, cookieOptionsSchema, cookieSettings, findCookieWrites, isAuthCookie, mayWriteCookies, type CookieSettings, type CookieWrite } from "../src/models/cookies.js";
import { staticValue } from "../src/analysis/values.js";
import {
  addSessionOption,
  findSessionMiddlewares,
  lifetimeMs,
  sessionLifetimes,
  type LifetimeUnit,
  type SessionLifetime,
  type SessionMiddlewareCall,
} from "../src/models/sessions.js";

export type Options = [{ maxAge: string; cookieNames: string[] }];
export type MessageIds = "tooLong" | "defaultTooLong" | "useMaximum";

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

const DEFAULT_MAX_AGE = "7d";
/** The `cookieNames` option, shared with the other cookie rules. */
const COOKIE_NAMES_SCHEMA = (cookieOptionsSchema("") as { properties: Record<string, JSONSchema4> }).properties.cookieNames;

export default createRule<MessageIds, Options>({
  name: "max-session-lifetime",
  meta: {
    type: "problem",
    docs: {
      description: "Enforce a maximum lifetime for sessions and session cookies",
      recommended: "strict",
      owasp: ["session#session-expiration", "session#absolute-timeout", "session#idle-timeout"],
      cwe: [613],
      asvs: ["v5.0.0-7.3.1", "v5.0.0-7.3.2", "v4.0.3-3.3.1", "v4.0.3-3.3.2"],
      securitySeverity: 4.3,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          maxAge: durationOptionSchema(
            'Longest allowed session or auth-cookie lifetime, as an `ms`-style duration with a unit ("12h", "7d", "30 days").',
          ),
          cookieNames: COOKIE_NAMES_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
    messages: {
      tooLong:
        "{{subject}} lives for {{actual}} ({{option}}), longer than the allowed {{max}}, so a stolen session stays usable that long: lower {{option}} to {{max}} or less.",
      defaultTooLong:
        "{{subject}} keeps sessions for {{actual}} when {{option}} is not set, longer than the allowed {{max}}: set {{option}} to {{max}} or less.",
      useMaximum: "Set {{option}} to {{value}} ({{max}}).",
    },
  },
  defaultOptions: [{ maxAge: DEFAULT_MAX_AGE, cookieNames: [] }],
  collectsNodes: true,
  create(context, [{ maxAge, cookieNames }]) {
    // Shared per-file pre-check (session middleware included): nothing to find, no listener.
    if (!mayWriteCookies(context)) return {};
    const max = parseDuration(maxAge) ?? 7 * DAY;
    const settings = cookieSettings({ cookieNames });
    return {
      "Program:exit"() {
        const reported = new Set<TSESTree.Node>();
        for (const found of findSessionMiddlewares(context)) {
          for (const lifetime of sessionLifetimes(context, found)) checkMiddleware(context, found, lifetime, max, reported);
        }
        for (const write of findCookieWrites(context)) checkCookie(context, write, settings, max, reported);
      },
    };
  },
});

function describe(ms: number): string {
  return Number.isFinite(ms) ? formatDuration(ms) : "an unlimited time";
}

/** Source text for `max` in the API's unit. */
function valueText(max: number, unit: LifetimeUnit): string {
  return unit === "date" ? `new Date(Date.now() + ${toUnit(max, "ms")})` : String(toUnit(max, unit));
}

function checkMiddleware(context: Context, found: SessionMiddlewareCall, lifetime: SessionLifetime, max: number, reported: Set<TSESTree.Node>): void {
  const ms = lifetime.ms;
  if (ms === null || ms === undefined || ms <= max) return;
  const { location } = lifetime;
  const option = location.option.join(".");
  const value = valueText(max, location.unit);
  const data = { subject: found.middleware.name, actual: describe(ms), option, max: formatDuration(max) };
  const suggestionData = { option, value, max: data.max };
  if (lifetime.found.kind === "present") {
    const node = lifetime.found.node;
    if (reported.has(node)) return;
    reported.add(node);
    const suggest: Suggestion[] = lifetime.found.property
      ? [{ messageId: "useMaximum", data: suggestionData, fix: (fixer) => replaceNode(fixer, node, value) }]
      : [];
    context.report({ node, messageId: "tooLong", data, suggest });
    return;
  }
  if (lifetime.found.kind !== "absent" || reported.has(found.reportNode)) return;
  reported.add(found.reportNode);
  const fix = addSessionOption(context, found, location.option, value);
  const suggest: Suggestion[] = fix ? [{ messageId: "useMaximum", data: suggestionData, fix }] : [];
  context.report({ node: found.reportNode, messageId: "defaultTooLong", data, suggest });
}

/**
 * Auth cookies set by hand (`res.cookie`, `cookies().set`, Set-Cookie strings …): `maxAge` (the
 * cookie model converts it to ms) and `expires: new Date(Date.now() + n)`. Session middleware
 * cookies are checked through their middleware above.
 */
function checkCookie(context: Context, write: CookieWrite, settings: CookieSettings, max: number, reported: Set<TSESTree.Node>): void {
  if (write.session || write.deletion || !isAuthCookie(context, write, settings)) return;
  const subject = `Cookie ${cookieLabel(context, write)}`.trim();
  const maxAge = write.maxAge;
  if (maxAge.kind === "set") {
    // `ms("30d")` is not a static number; its value is a lower bound whatever the API's unit.
    const ms = maxAge.value ?? lifetimeMs(context, maxAge.node, "ms");
    if (typeof ms === "number" && ms > max) {
      const unit = numberUnit(context, maxAge.node, maxAge.value);
      const option = write.keys.maxAge;
      const node = maxAge.node;
      const suggest: Suggestion[] =
        unit && maxAge.property
          ? [{ messageId: "useMaximum", data: { option, value: String(toUnit(max, unit)), max: formatDuration(max) }, fix: (fixer) => replaceNode(fixer, node, String(toUnit(max, unit))) }]
          : [];
      report(context, reported, node, { subject, actual: describe(ms), option, max: formatDuration(max) }, suggest);
    }
  }
  const expires = write.expires;
  if (expires.kind === "set") {
    const ms = lifetimeMs(context, expires.node, "date");
    if (typeof ms === "number" && ms > max) {
      const option = write.keys.expires;
      const node = expires.node;
      const value = valueText(max, "date");
      const suggest: Suggestion[] = expires.property
        ? [{ messageId: "useMaximum", data: { option, value, max: formatDuration(max) }, fix: (fixer) => replaceNode(fixer, node, value) }]
        : [];
      report(context, reported, node, { subject, actual: describe(ms), option, max: formatDuration(max) }, suggest);
    }
  }
}

function report(context: Context, reported: Set<TSESTree.Node>, node: TSESTree.Node, data: Record<string, string>, suggest: Suggestion[]): void {
  if (reported.has(node)) return;
  reported.add(node);
  context.report({ node, messageId: "tooLong", data, suggest });
}

/** The API's unit for a numeric `maxAge`, from the written number and the model's millisecond value. */
function numberUnit(context: Context, node: TSESTree.Node, ms: number | undefined): "ms" | "s" | undefined {
  const written = staticValue(context, node)?.value;
  if (typeof written !== "number" || ms === undefined || written === 0) return undefined;
  if (ms === written) return "ms";
  return ms === written * 1000 ? "s" : undefined;
}
