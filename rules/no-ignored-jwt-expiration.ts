import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { unwrap } from "../src/analysis/ast.js";
import { DAY, HOUR, MINUTE, durationOptionSchema, formatDuration, parseDuration, relativeDate, relativeTime, toUnit } from "../src/analysis/durations.js";
import { quote, removeProperty, replaceNode } from "../src/analysis/fix.js";
import { isGlobalRef } from "../src/analysis/flow.js";
import { resolveNode, staticValue, type PropertyResult } from "../src/analysis/values.js";
import { readLocation, type JwtCall, type Location } from "../src/models/jwt.js";
import {
  findLifetimeCalls,
  mayHaveLifetimeCalls,
  formatTimespan,
  millisecondsExpression,
  optionNameNodes,
  quoteStyleNode,
  readDuration,
  secondsExpression,
  tokenKind,
  verifyLifetimeModel,
  type DurationSlot,
  type TokenKind,
  type VerifyLifetimeModel,
} from "../src/models/jwt-lifetime.js";

type MessageIds = "ignoredExpiration" | "clockTolerance" | "clockOverride" | "maxAge" | "removeOption" | "useLimit";
type Options = [{ maxClockTolerance: string; accessToken: string; refreshToken: string }];
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

const DEFAULTS = { maxClockTolerance: "5m", accessToken: "1h", refreshToken: "30d" };

export default createRule<MessageIds, Options>({
  name: "no-ignored-jwt-expiration",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow JWT verification that skips or stretches the expiry check",
      recommended: "recommended",
      owasp: ["rest#jwt", "session#idle-timeout"],
      cwe: [613],
      asvs: ["v5.0.0-9.2.1", "v4.0.3-3.3.1"],
      rfc: ["RFC 7519 §4.1.4", "RFC 7519 §7.2"],
      securitySeverity: 7.1,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          maxClockTolerance: durationOptionSchema("Largest clock skew a verifier may tolerate past `exp`, as an `ms` duration such as \"5m\"."),
          accessToken: durationOptionSchema("Largest `maxAge` / `maxTokenAge` for verifiers of access tokens, as an `ms` duration such as \"1h\"."),
          refreshToken: durationOptionSchema("Largest `maxAge` / `maxTokenAge` for verifiers of refresh tokens, as an `ms` duration such as \"30d\"."),
        },
        additionalProperties: false,
      },
    ],
    messages: {
      ignoredExpiration:
        "{{api}} is configured with {{option}}, so expired tokens, leaked ones included, are accepted forever: remove it and renew tokens through a refresh flow instead.",
      clockTolerance:
        "{{api}} tolerates {{value}} of clock skew, more than the {{limit}} limit, so tokens stay valid that long after they expire: lower {{option}} to {{suggested}}.",
      clockOverride: "{{api}} checks expiry against {{option}} instead of the current time, so expired tokens can pass: remove it.",
      maxAge: "{{api}} accepts {{kind}} tokens up to {{value}} old, more than the {{limit}} limit: lower {{option}} to {{suggested}}.",
      removeOption: "Remove {{option}}.",
      useLimit: "Use {{suggested}}.",
    },
  },
  collectsNodes: true,
  defaultOptions: [DEFAULTS],
  create(context, [options]) {
    // Nothing to check in a file that names no JWT library (nor a Fastify JWT decorator).
    if (!mayHaveLifetimeCalls(context)) return {};
    const maxTolerance = parseDuration(options.maxClockTolerance) ?? 5 * MINUTE;
    const limits: Record<TokenKind, number> = {
      access: parseDuration(options.accessToken) ?? HOUR,
      refresh: parseDuration(options.refreshToken) ?? 30 * DAY,
    };
    const reported = new Set<string>();

    function report(node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>, suggest: Suggestion[]): void {
      const key = `${node.range[0]}:${node.range[1]}:${messageId}`;
      if (reported.has(key)) return;
      reported.add(key);
      context.report({ node, messageId, data, suggest });
    }

    function removal(found: PropertyResult & { kind: "present" }, option: string): Suggestion[] {
      const property = found.property;
      if (!property || property.parent?.type !== "ObjectExpression") return [];
      return [{ messageId: "removeOption", data: { option }, fix: (fixer) => removeProperty(context, fixer, property) }];
    }

    function replacement(slot: Pick<DurationSlot, "unit" | "syntax">, written: TSESTree.Node, form: "string" | "number", limit: number): string {
      if (form === "string") {
        return quote(context, quoteStyleNode(context, written), formatTimespan(slot, limit));
      }
      const amount = toUnit(limit, slot.unit);
      if (written.type !== "BinaryExpression") return String(amount);
      return slot.unit === "s" ? secondsExpression(amount) : millisecondsExpression(amount);
    }

    function optionName(location: Location): string {
      return "option" in location ? location.option[location.option.length - 1] : "the option";
    }

    function checkCall(jwtCall: JwtCall, model: VerifyLifetimeModel): void {
      const api = jwtCall.api.name;
      const kind = (): TokenKind =>
        tokenKind(context, { producer: jwtCall.call.node, names: optionNameNodes(context, jwtCall, model.maxAge && "option" in model.maxAge.location ? [model.maxAge.location.option] : []) });

      // maxAge first: a short maxAge makes `ignoreExpiration` a deliberate "age instead of exp" policy.
      let boundedByMaxAge = false;
      if (model.maxAge) {
        const slot = model.maxAge;
        const found = readLocation(context, jwtCall, slot.location);
        const value = found.kind === "present" ? readDuration(context, found.node, slot) : undefined;
        if (found.kind === "present" && value && value.ms > 0) {
          const tokenKindValue = value.ms > Math.min(limits.access, limits.refresh) ? kind() : "access";
          const limit = limits[tokenKindValue];
          if (value.ms <= limit) boundedByMaxAge = true;
          else {
            const suggested = replacement(slot, value.node, value.form, limit);
            const target = value.node;
            report(
              found.node,
              "maxAge",
              { api, kind: tokenKindValue, value: durationText(value.ms), limit: formatDuration(limit), option: optionName(slot.location), suggested },
              [{ messageId: "useLimit", data: { suggested }, fix: (fixer) => replaceNode(fixer, target, suggested) }],
            );
          }
        }
      }

      for (const location of model.ignoreExpiration ?? []) {
        const found = readLocation(context, jwtCall, location);
        if (found.kind !== "present" || boundedByMaxAge) continue;
        const value = found.value ?? staticValue(context, found.node);
        if (value?.value !== true) continue;
        const option = `${optionName(location)}: true`;
        report(found.property ?? found.node, "ignoredExpiration", { api, option }, removal(found, optionName(location)));
      }

      if (model.checkExpiration) {
        const found = readLocation(context, jwtCall, model.checkExpiration);
        if (found.kind === "present") {
          const value = found.value ?? staticValue(context, found.node);
          if (value?.value === false) {
            const option = `${optionName(model.checkExpiration)}: false`;
            report(found.property ?? found.node, "ignoredExpiration", { api, option }, removal(found, optionName(model.checkExpiration)));
          }
        }
      }

      if (model.clockTolerance) {
        const slot = model.clockTolerance;
        const found = readLocation(context, jwtCall, slot.location);
        const value = found.kind === "present" ? readDuration(context, found.node, slot) : undefined;
        if (found.kind === "present" && value && value.ms > maxTolerance) {
          const suggested = replacement(slot, value.node, value.form, maxTolerance);
          const target = value.node;
          report(
            found.node,
            "clockTolerance",
            { api, value: durationText(value.ms), limit: formatDuration(maxTolerance), option: optionName(slot.location), suggested },
            [{ messageId: "useLimit", data: { suggested }, fix: (fixer) => replaceNode(fixer, target, suggested) }],
          );
        }
      }

      if (model.currentTime) {
        const { location, kind: clockKind } = model.currentTime;
        const found = readLocation(context, jwtCall, location);
        if (found.kind === "present" && isStaleClock(context, found.node, clockKind)) {
          const option = optionName(location);
          report(found.property ?? found.node, "clockOverride", { api, option }, removal(found, option));
        }
      }
    }

    return {
      "Program:exit"() {
        for (const jwtCall of findLifetimeCalls(context, "verify")) {
          const model = verifyLifetimeModel(jwtCall.api);
          if (model) checkCall(jwtCall, model);
        }
      },
    };
  },
});

function durationText(ms: number): string {
  return Number.isFinite(ms) ? formatDuration(ms) : "unlimited time";
}

/**
 * A verification clock that is fixed (`new Date("2020-01-01")`, `clockTimestamp: 1700000000`) or
 * set in the past (`new Date(Date.now() - 86400000)`, `Math.floor(Date.now() / 1000) - 3600`).
 * The current time (`new Date()`), the future, and unknown values are fine.
 */
function isStaleClock(context: Context, node: TSESTree.Node, kind: "date" | "s" | "ms"): boolean {
  if (kind === "date") {
    const relative = relativeDate(context, node);
    if (relative) return relative.offsetMs < 0;
    const resolved = resolveNode(context, node);
    if (resolved.type !== "NewExpression" || !isGlobalRef(context, resolved.callee, "Date") || resolved.arguments.length === 0) return false;
    return resolved.arguments.every((argument) => argument.type !== "SpreadElement" && staticValue(context, argument) !== null);
  }
  const relative = relativeTime(context, node);
  if (relative) return relative.unit === kind && relative.offsetMs < 0;
  const value = staticValue(context, unwrap(node));
  return !!value && typeof value.value === "number" && Number.isFinite(value.value);
}
