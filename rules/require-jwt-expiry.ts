import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { argumentAt, unwrap } from "../src/analysis/ast.js";
import { MINUTE, durationOptionSchema, formatDuration, parseDuration, toUnit } from "../src/analysis/durations.js";
import { addProperty, insertArgument, quote, replaceNode } from "../src/analysis/fix.js";
import { readProperty, resolveFunction, resolveNode, staticValue, type PropertyResult } from "../src/analysis/values.js";
import { readLocation, type JwtCall } from "../src/models/jwt.js";
import {
  JOSE_EXPIRATION_METHOD,
  findLifetimeCalls,
  mayHaveLifetimeCalls,
  formatJoseTimespan,
  isStringPayload,
  joseSignCalls,
  joseSignChain,
  moduleSignExpiry,
  payloadExp,
  quoteStyleNode,
  secondsExpression,
  signLifetimeModel,
  type SignLifetimeModel,
} from "../src/models/jwt-lifetime.js";

type MessageIds = "missingExpiry" | "stringPayload" | "addExpiry";
type Options = [{ suggestedLifetime: string }];
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;
type FixFunction = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;

const DEFAULT_LIFETIME = "15m";

export default createRule<MessageIds, Options>({
  name: "require-jwt-expiry",
  meta: {
    type: "problem",
    docs: {
      description: "Require every issued JWT to carry an expiry",
      recommended: "recommended",
      owasp: ["rest#jwt", "jwt#jwt-denylist", "session#session-expiration", "session#absolute-timeout"],
      cwe: [613],
      asvs: ["v5.0.0-9.2.1", "v5.0.0-7.3.1", "v5.0.0-7.3.2", "v5.0.0-10.4.8", "v4.0.3-3.3.1", "v4.0.3-3.3.2"],
      rfc: ["RFC 7519 §4.1.4", "RFC 7519 §4.1.5", "RFC 6750 §5.3"],
      securitySeverity: 6.5,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          suggestedLifetime: durationOptionSchema(
            "Lifetime the suggestions add (`expiresIn`, `setExpirationTime`, an `exp` claim), as an `ms` duration such as \"15m\".",
          ),
        },
        additionalProperties: false,
      },
    ],
    messages: {
      missingExpiry:
        "{{api}} issues tokens with {{missing}}, so a leaked token stays valid forever: give every token a short lifetime and renew it through a revocable refresh token.",
      stringPayload:
        "{{api}} signs a string payload, which cannot carry an exp claim, so the token never expires: sign an object and set an expiry.",
      addExpiry: "Set the expiry: {{text}}.",
    },
  },
  collectsNodes: true,
  defaultOptions: [{ suggestedLifetime: DEFAULT_LIFETIME }],
  create(context, [{ suggestedLifetime }]) {
    // Nothing to check in a file that names no JWT library (nor a Fastify JWT decorator).
    if (!mayHaveLifetimeCalls(context)) return {};
    const lifetimeMs = parseDuration(suggestedLifetime) ?? 15 * MINUTE;
    const reported = new Set<string>();

    function report(node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>, suggest: Suggestion[] = []): void {
      const key = `${node.range[0]}:${node.range[1]}:${messageId}`;
      if (reported.has(key)) return;
      reported.add(key);
      context.report({ node, messageId, data, suggest });
    }

    function suggestion(text: string, fix: FixFunction | undefined): Suggestion[] {
      return fix ? [{ messageId: "addExpiry", data: { text }, fix }] : [];
    }

    return {
      "Program:exit"() {
        const calls = findLifetimeCalls(context, "sign");
        const configReported = new Set<string>();
        for (const jwtCall of calls) {
          const model = signLifetimeModel(jwtCall.api);
          if (model?.configures && checkConfig(context, jwtCall, model, lifetimeMs, report, suggestion)) {
            configReported.add(jwtCall.api.module);
          }
        }
        for (const jwtCall of calls) {
          const model = signLifetimeModel(jwtCall.api);
          if (!model || model.configures) continue;
          if (model.factory) checkFactory(context, jwtCall, model, calls, lifetimeMs, report, suggestion);
          else if (jwtCall.api.payload && !model.fromFactory && !model.builder) checkSign(context, jwtCall, model, configReported, lifetimeMs, report, suggestion);
        }
        checkJose(context, lifetimeMs, report, suggestion);
      },
    };
  },
});

type Report = (node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>, suggest?: Suggestion[]) => void;
type MakeSuggestion = (text: string, fix: FixFunction | undefined) => Suggestion[];

/** Absent, or explicitly `undefined` (which the libraries treat as not set). */
function isMissing(context: Context, found: PropertyResult): boolean {
  if (found.kind === "absent") return true;
  if (found.kind !== "present" || !found.property) return false;
  const value = found.value ?? staticValue(context, found.node);
  return !!value && value.value === undefined;
}

function expiresInText(context: Context, node: TSESTree.Node, lifetimeMs: number): string {
  return `expiresIn: ${quote(context, quoteStyleNode(context, node), formatDuration(lifetimeMs))}`;
}

/**
 * Module-level sign options (`JwtModule.register({ signOptions })`, `register(fastifyJwt, { sign })`)
 * that are written out but set no expiry. Returns true when it reported.
 */
function checkConfig(context: Context, jwtCall: JwtCall, model: SignLifetimeModel, lifetimeMs: number, report: Report, suggestion: MakeSuggestion): boolean {
  if (!model.expiresIn || jwtCall.optionsUnknown || !jwtCall.options || !("option" in model.expiresIn.location)) return false;
  const path = model.expiresIn.location.option;
  const parentPath = path.slice(0, -1);
  const leaf = path[path.length - 1];
  const parent = readLocation(context, jwtCall, { option: parentPath });
  if (parent.kind !== "present") return false;
  const found = readProperty(context, parent.node, leaf);
  if (!isMissing(context, found)) return false;
  const text = expiresInText(context, jwtCall.call.node, lifetimeMs);
  let fix: FixFunction | undefined;
  if (found.kind === "absent" && found.object) {
    const object = found.object;
    fix = (fixer) => addProperty(context, fixer, object, text);
  } else if (found.kind === "present") {
    const node = found.node;
    fix = (fixer) => replaceNode(fixer, node, quote(context, quoteStyleNode(context, jwtCall.call.node), formatDuration(lifetimeMs)));
  }
  report(parent.node, "missingExpiry", { api: jwtCall.api.name, missing: `${parentPath.join(".")} that set no ${leaf}` }, suggestion(text, fix));
  return true;
}

/** A sign call: the payload's `exp`, the per-call `expiresIn`, and module-level options in this file. */
function checkSign(
  context: Context,
  jwtCall: JwtCall,
  model: SignLifetimeModel,
  configReported: ReadonlySet<string>,
  lifetimeMs: number,
  report: Report,
  suggestion: MakeSuggestion,
): void {
  const payload = readLocation(context, jwtCall, jwtCall.api.payload!);
  if (payload.kind !== "present") return;
  const node = reportNode(jwtCall);
  if (model.stringPayloadHasNoExpiry && isStringPayload(context, payload.node)) {
    report(node, "stringPayload", { api: jwtCall.api.name });
    return;
  }
  const exp = payloadExp(context, payload.node);
  if (exp.kind !== "absent") return;
  if (!model.expiresIn) {
    // hono/jwt, jwt-simple: only an `exp` claim in the payload expires the token.
    const seconds = Math.max(1, toUnit(lifetimeMs, "s"));
    const text = `exp: Math.floor(Date.now() / 1000) + ${secondsExpression(seconds)}`;
    const object = exp.object;
    report(node, "missingExpiry", { api: jwtCall.api.name, missing: "no exp claim" }, suggestion(text, object ? (fixer) => addProperty(context, fixer, object, text) : undefined));
    return;
  }
  const found = readLocation(context, jwtCall, model.expiresIn.location);
  if (!isMissing(context, found)) return;
  if (model.inheritsFrom) {
    // Per-call options are merged over module-level ones: only a module configured in this file, without an expiry, counts.
    if (configReported.has(model.inheritsFrom) || moduleSignExpiry(context, model.inheritsFrom) !== "absent") return;
  }
  const text = expiresInText(context, jwtCall.call.node, lifetimeMs);
  report(node, "missingExpiry", { api: jwtCall.api.name, missing: "no expiresIn option and no exp claim" }, suggestion(text, optionsFix(context, jwtCall, found, text, lifetimeMs)));
}

/** Where `expiresIn` can go: the options literal, a known-`undefined` value, or a new options argument. */
function optionsFix(context: Context, jwtCall: JwtCall, found: PropertyResult, text: string, lifetimeMs: number): FixFunction | undefined {
  if (found.kind === "absent" && found.object) {
    const object = found.object;
    return (fixer) => addProperty(context, fixer, object, text);
  }
  if (found.kind === "present") {
    const node = found.node;
    return (fixer) => replaceNode(fixer, node, quote(context, quoteStyleNode(context, jwtCall.call.node), formatDuration(lifetimeMs)));
  }
  const index = jwtCall.api.options;
  if (jwtCall.options || jwtCall.optionsUnknown || index === undefined) return undefined;
  const call = jwtCall.call.node;
  const args = call.arguments;
  const trailingCallback = args.length === index + 1 && args[index].type !== "SpreadElement" && resolveFunction(context, args[index]) !== undefined;
  if (args.length !== index && !trailingCallback) return undefined;
  return (fixer) => insertArgument(context, fixer, call, index, `{ ${text} }`);
}

/** fast-jwt `createSigner` without `expiresIn`, unless a signer it returns is given a payload with (or maybe with) `exp`. */
function checkFactory(
  context: Context,
  jwtCall: JwtCall,
  model: SignLifetimeModel,
  calls: readonly JwtCall[],
  lifetimeMs: number,
  report: Report,
  suggestion: MakeSuggestion,
): void {
  if (!model.expiresIn || !jwtCall.options || jwtCall.optionsUnknown) return;
  const found = readLocation(context, jwtCall, model.expiresIn.location);
  if (!isMissing(context, found)) return;
  for (const signer of calls) {
    const signerModel = signLifetimeModel(signer.api);
    if (!signerModel?.expClaim || signer.api.module !== jwtCall.api.module || !signer.api.payload) continue;
    const callee = unwrap(signer.call.node.callee);
    if (resolveNode(context, callee) !== jwtCall.call.node && callee !== jwtCall.call.node) continue;
    const payload = readLocation(context, signer, signer.api.payload);
    if (payload.kind !== "present" || payloadExp(context, payload.node).kind !== "absent") return;
  }
  const text = expiresInText(context, jwtCall.call.node, lifetimeMs);
  report(reportNode(jwtCall), "missingExpiry", { api: jwtCall.api.name, missing: "no expiresIn option" }, suggestion(text, optionsFix(context, jwtCall, found, text, lifetimeMs)));
}

/** jose: `new SignJWT(payload)…sign(key)` with no `setExpirationTime()` and no `exp` in the payload. */
function checkJose(context: Context, lifetimeMs: number, report: Report, suggestion: MakeSuggestion): void {
  for (const signCall of joseSignCalls(context)) {
    const chain = joseSignChain(context, signCall.node);
    if (!chain.complete || chain.calls.has(JOSE_EXPIRATION_METHOD)) continue;
    const payload = chain.construct ? argumentAt(chain.construct, 0) : undefined;
    if (chain.construct && chain.construct.arguments.length > 0 && !payload) continue;
    if (payload && payloadExp(context, payload).kind !== "absent") continue;
    const callee = unwrap(signCall.node.callee);
    if (callee.type !== "MemberExpression") continue;
    const text = `.${JOSE_EXPIRATION_METHOD}(${quote(context, quoteStyleNode(context, signCall.node), formatJoseTimespan(lifetimeMs))})`;
    const object = callee.object;
    report(callee.property, "missingExpiry", { api: "jose.SignJWT", missing: `no ${JOSE_EXPIRATION_METHOD}() and no exp claim` }, suggestion(text, (fixer) => fixer.insertTextAfter(object, text)));
  }
}

/** The narrowest node naming the issuing call: the callee, or the plugin passed to `register`. */
function reportNode(jwtCall: JwtCall): TSESTree.Node {
  if (jwtCall.api.registered) {
    const plugin = jwtCall.call.node.arguments[0];
    if (plugin && plugin.type !== "SpreadElement") return plugin;
  }
  return jwtCall.call.callee;
}
