import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { argumentAt, unwrap } from "../src/analysis/ast.js";
import { DAY, HOUR, durationOptionSchema, formatDuration, parseDuration, relativeDate, relativeTime, toUnit, type RelativeTime } from "../src/analysis/durations.js";
import { quote, replaceNode } from "../src/analysis/fix.js";
import { readLocation, type JwtCall } from "../src/models/jwt.js";
import {
  JOSE_EXPIRATION_METHOD,
  JOSE_EXPIRATION_SLOT,
  findLifetimeCalls,
  mayHaveLifetimeCalls,
  formatTimespan,
  joseSignCalls,
  joseSignChain,
  millisecondsExpression,
  optionNameNodes,
  parseJoseTimespan,
  payloadExp,
  quoteStyleNode,
  readDuration,
  secondsExpression,
  signLifetimeModel,
  tokenKind,
  type DurationSlot,
  type TokenKind,
  type TokenKindEvidence,
} from "../src/models/jwt-lifetime.js";
import { staticValue } from "../src/analysis/values.js";

type MessageIds = "tooLong" | "millisecondExp" | "useLimit" | "useSeconds";
type Options = [{ accessToken: string; refreshToken: string }];
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

const DEFAULTS = { accessToken: "1h", refreshToken: "30d" };

export default createRule<MessageIds, Options>({
  name: "max-jwt-lifetime",
  meta: {
    type: "problem",
    docs: {
      description: "Enforce a maximum lifetime for issued access and refresh tokens",
      recommended: "recommended",
      owasp: ["rest#jwt", "jwt#jwt-denylist", "session#session-expiration", "session#absolute-timeout"],
      cwe: [613],
      asvs: ["v5.0.0-9.2.1", "v5.0.0-7.3.1", "v5.0.0-7.3.2", "v5.0.0-10.4.8", "v4.0.3-3.3.1", "v4.0.3-3.3.2"],
      rfc: ["RFC 7519 §4.1.4", "RFC 7519 §4.1.5", "RFC 6750 §5.3"],
      securitySeverity: 5.3,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          accessToken: durationOptionSchema("Longest lifetime allowed for access tokens (any token not recognised as a refresh token), as an `ms` duration such as \"1h\"."),
          refreshToken: durationOptionSchema("Longest lifetime allowed for refresh tokens, as an `ms` duration such as \"30d\"."),
        },
        additionalProperties: false,
      },
    ],
    messages: {
      tooLong:
        "{{kind}} token lives {{lifetime}}, more than the {{limit}} limit, so a leaked token stays usable that long: shorten {{what}} to {{suggested}}.",
      millisecondExp:
        "The exp claim is computed in milliseconds, but exp counts seconds since the epoch, so this token stays valid for thousands of years: divide the time by 1000.",
      useLimit: "Use {{suggested}}.",
      useSeconds: "Convert the time to seconds.",
    },
  },
  collectsNodes: true,
  defaultOptions: [DEFAULTS],
  create(context, [options]) {
    // Nothing to check in a file that names no JWT library (nor a Fastify JWT decorator).
    if (!mayHaveLifetimeCalls(context)) return {};
    const limits: Record<TokenKind, number> = {
      access: parseDuration(options.accessToken) ?? HOUR,
      refresh: parseDuration(options.refreshToken) ?? 30 * DAY,
    };
    const reported = new Set<string>();

    function report(node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>, suggest: Suggestion[]): void {
      const key = `${node.range[0]}:${node.range[1]}`;
      if (reported.has(key)) return;
      reported.add(key);
      context.report({ node, messageId, data, suggest });
    }

    /** Reports `lifetimeMs` when it exceeds the limit for the token's kind. */
    function check(lifetimeMs: number, node: TSESTree.Node, what: string, evidence: TokenKindEvidence, replacement: (limitMs: number) => { text: string; target?: TSESTree.Node }): void {
      if (!(lifetimeMs > Math.min(limits.access, limits.refresh))) return;
      const kind = tokenKind(context, evidence);
      const limit = limits[kind];
      if (!(lifetimeMs > limit)) return;
      const { text, target } = replacement(limit);
      const suggest: Suggestion[] = target ? [{ messageId: "useLimit", data: { suggested: text }, fix: (fixer) => replaceNode(fixer, target, text) }] : [];
      report(
        node,
        "tooLong",
        { kind: kind === "refresh" ? "Refresh" : "Access", lifetime: lifetimeText(lifetimeMs), limit: formatDuration(limit), what, suggested: text },
        suggest,
      );
    }

    /** An `exp`-like absolute time: seconds relative to now (or milliseconds, a bug). */
    function checkRelative(relative: RelativeTime, node: TSESTree.Node, what: string, evidence: TokenKindEvidence, expectUnit: "s" | "ms"): void {
      if (relative.unit !== expectUnit) {
        if (expectUnit === "s" && relative.unit === "ms") reportMillisecondExp(node);
        return;
      }
      check(relative.offsetMs, node, what, evidence, (limit) => {
        const amount = toUnit(limit, expectUnit);
        const offset = relative.offsetNode ? unwrap(relative.offsetNode) : undefined;
        const text = expectUnit === "s" ? numberText(offset, amount, secondsExpression) : numberText(offset, amount, millisecondsExpression);
        return { text, ...(offset ? { target: offset } : {}) };
      });
    }

    function reportMillisecondExp(node: TSESTree.Node): void {
      const text = `Math.floor((${context.sourceCode.getText(node)}) / 1000)`;
      report(node, "millisecondExp", {}, [{ messageId: "useSeconds", fix: (fixer) => replaceNode(fixer, node, text) }]);
    }

    function durationReplacement(slot: Pick<DurationSlot, "unit" | "syntax">, written: TSESTree.Node, form: "string" | "number", limit: number): { text: string; target: TSESTree.Node } {
      if (form === "string") {
        return { text: quote(context, quoteStyleNode(context, written), formatTimespan(slot, limit)), target: written };
      }
      const amount = toUnit(limit, slot.unit);
      return { text: numberText(written, amount, slot.unit === "s" ? secondsExpression : millisecondsExpression), target: written };
    }

    function checkCall(jwtCall: JwtCall): void {
      const model = signLifetimeModel(jwtCall.api);
      if (!model) return;
      const payload = jwtCall.api.payload ? readLocation(context, jwtCall, jwtCall.api.payload) : undefined;
      const payloadNode = payload?.kind === "present" ? payload.node : undefined;
      const producer = model.builder ? chainTop(jwtCall.call.node) : jwtCall.call.node;
      if (model.expiresIn) {
        const slot = model.expiresIn;
        const found = readLocation(context, jwtCall, slot.location);
        if (found.kind === "present") {
          const value = readDuration(context, found.node, slot);
          const what = "option" in slot.location ? slot.location.option.join(".") : "the lifetime";
          if (value) {
            const evidence: TokenKindEvidence = { producer, ...(payloadNode ? { payload: payloadNode } : {}), names: [found.node, ...optionNameNodes(context, jwtCall, [])] };
            check(value.ms, found.node, what, evidence, (limit) => durationReplacement(slot, value.node, value.form, limit));
          }
        }
      }
      if (model.expClaim && payloadNode) {
        const exp = payloadExp(context, payloadNode);
        if (exp.kind !== "present") return;
        const relative = relativeTime(context, exp.node);
        if (!relative) return;
        const evidence: TokenKindEvidence = { producer, payload: payloadNode, names: optionNameNodes(context, jwtCall, []) };
        checkRelative(relative, exp.node, "the exp claim", evidence, "s");
      }
    }

    function checkJose(): void {
      for (const signCall of joseSignCalls(context)) {
        const chain = joseSignChain(context, signCall.node);
        const payload = chain.construct ? argumentAt(chain.construct, 0) : undefined;
        const key = argumentAt(signCall.node, 0);
        for (const call of chain.calls.get(JOSE_EXPIRATION_METHOD) ?? []) {
          const argument = argumentAt(call, 0);
          if (!argument) continue;
          const evidence: TokenKindEvidence = { producer: signCall.node, ...(payload ? { payload } : {}), names: [argument, key] };
          const what = `${JOSE_EXPIRATION_METHOD}()`;
          const value = staticValue(context, argument);
          if (value && typeof value.value === "string") {
            const ms = parseJoseTimespan(value.value);
            if (ms === undefined) continue;
            check(ms, unwrap(argument), what, evidence, (limit) => durationReplacement(JOSE_EXPIRATION_SLOT, unwrap(argument), "string", limit));
            continue;
          }
          // A number is an absolute NumericDate: only `now + n` tells a lifetime. A Date likewise.
          const relative = relativeTime(context, argument);
          if (relative) {
            checkRelative(relative, unwrap(argument), what, evidence, "s");
            continue;
          }
          const date = relativeDate(context, argument);
          if (date) checkRelative(date, unwrap(argument), what, evidence, "ms");
        }
      }
    }

    return {
      "Program:exit"() {
        for (const jwtCall of findLifetimeCalls(context, "sign")) checkCall(jwtCall);
        checkJose();
      },
    };
  },
});

/** `Infinity` → "forever"; otherwise the `ms`-style duration. */
function lifetimeText(ms: number): string {
  return Number.isFinite(ms) ? formatDuration(ms) : "forever";
}

/** A number in the form it was written: a product (`30 * 24 * 60 * 60`) stays a product, a literal stays a literal. */
function numberText(written: TSESTree.Node | undefined, amount: number, expression: (n: number) => string): string {
  return written?.type === "BinaryExpression" ? expression(amount) : String(amount);
}

/** The outermost call of a builder chain that starts at `node`: `new SignJWT(p).setX().sign(k)` → the `sign(k)` call. */
function chainTop(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (let i = 0; i < 64; i++) {
    const member = current.parent;
    if (member?.type !== "MemberExpression" || member.object !== current) break;
    const call = member.parent;
    if (call?.type !== "CallExpression" || call.callee !== member) break;
    current = call;
  }
  return current;
}
