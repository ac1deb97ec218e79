/**
 * A verifier without an algorithm allow-list lets the token header choose the algorithm. With
 * libraries that pick "whatever fits the key", a public key that is a plain PEM string can then
 * be used as an HMAC secret (RS256 → HS256 key confusion), and a key set accepts every algorithm
 * its keys allow. An allow-list that mixes HMAC and asymmetric algorithms reopens the same hole.
 *
 * Policy only: which verifiers exist, where their allow-list lives and what they default to comes
 * from `src/models/jwt.ts`.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { addProperty, insertArgument, quote, replaceNode } from "../src/analysis/fix.js";
import { sameValue } from "../src/analysis/flow.js";
import { arrayElements, readProperty, resolveFunction, staticValue, type PropertyResult } from "../src/analysis/values.js";
import {
  algorithmFamily,
  findJwtCalls,
  mayUseJwtLibrary,
  readFirst,
  readLocation,
  signingAlgorithm,
  verifiesWithKeySet,
  type JwtCall,
} from "../src/models/jwt.js";

export type Options = [{ requireForJose: boolean }];
export type MessageIds = "missingAlgorithms" | "mixedAlgorithms" | "addAlgorithms";

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;
type FixFunction = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;

export default createRule<MessageIds, Options>({
  name: "require-jwt-algorithms",
  meta: {
    type: "problem",
    docs: {
      description: "Require an explicit, single-family algorithm allow-list wherever JWTs are verified",
      recommended: "recommended",
      owasp: ["jwt#key-type-confusion", "rest#jwt"],
      cwe: [347, 757],
      asvs: ["v5.0.0-9.1.2", "v4.0.3-3.5.3"],
      rfc: ["RFC 8725 §3.1", "RFC 8725 §3.2", "RFC 8725 §2.1"],
      securitySeverity: 7.4,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          requireForJose: {
            type: "boolean",
            description:
              "Also require `algorithms` in jose verify calls whose key is a key set (`createRemoteJWKSet` / `createLocalJWKSet`) or a key-resolving function.",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      missingAlgorithms:
        "{{api}} is given no algorithms allow-list, so the token's own header decides which algorithm is checked (a public key can then verify a forged HMAC token): pass algorithms with only the algorithm(s) you sign with.",
      mixedAlgorithms:
        "The algorithms allow-list of {{api}} mixes HMAC {{hmac}} with asymmetric {{asymmetric}}, so a token MACed with the public key as its secret can pass: keep only the family that matches the verification key.",
      addAlgorithms: "Accept only {{algorithms}}, the algorithm this file signs with using the same key.",
    },
    messageReferences: {
      missingAlgorithms: { owasp: "rest#jwt", cwe: 757 },
      mixedAlgorithms: { owasp: "jwt#key-type-confusion", cwe: 347 },
    },
  },
  defaultOptions: [{ requireForJose: false }],
  create(context, [{ requireForJose }]) {
    // Nothing to check in a file that names no JWT library.
    if (!mayUseJwtLibrary(context)) return {};
    const reported = new Set<string>();

    function report(node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>, suggest: Suggestion[] = []): void {
      const key = `${node.range[0]}:${node.range[1]}:${messageId}`;
      if (reported.has(key)) return;
      reported.add(key);
      context.report({ node, messageId, data, suggest });
    }

    return {
      "Program:exit"() {
        const verifiers = findJwtCalls(context, (api) => api.verifyAlgorithms !== undefined && (api.operation === "verify" || api.operation === "configure"));
        if (verifiers.length === 0) return;
        const signers = findJwtCalls(context, (api) => (api.operation === "sign" || api.operation === "configure") && api.keys !== undefined);
        const seen = new Set<TSESTree.Node>();
        for (const found of verifiers) {
          if (seen.has(found.call.node)) continue;
          seen.add(found.call.node);
          const jwtCall = withoutCallbackOptions(context, found);
          checkMixed(context, jwtCall, report);
          checkMissing(context, jwtCall, signers, requireForJose, report);
        }
      },
    };
  },
});

type Report = (node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>, suggest?: Suggestion[]) => void;

/** `verify(token, key, done)` where `done` is a declared function: the options position holds a callback, not options. */
function withoutCallbackOptions(context: Context, jwtCall: JwtCall): JwtCall {
  const { api, call, options } = jwtCall;
  if (!options || api.operation !== "verify" || api.options === undefined || api.optionsFromFactory) return jwtCall;
  const args = call.node.arguments;
  if (args.length !== api.options + 1 || args[api.options] !== options) return jwtCall;
  return resolveFunction(context, options) ? { ...jwtCall, options: undefined } : jwtCall;
}

/** Every allow-list location holding a list whose known members span HMAC and asymmetric families. */
function checkMixed(context: Context, jwtCall: JwtCall, report: Report): void {
  for (const location of jwtCall.api.verifyAlgorithms ?? []) {
    const found = readLocation(context, jwtCall, location);
    if (found.kind !== "present") continue;
    const list = arrayElements(context, found.node);
    if (!list) continue;
    const hmac = new Set<string>();
    const asymmetric = new Set<string>();
    for (const element of list.elements) {
      const value = element.value?.value;
      if (typeof value !== "string") continue;
      const family = algorithmFamily(value.trim());
      if (family === "hmac") hmac.add(value);
      else if (family === "asymmetric") asymmetric.add(value);
    }
    if (hmac.size === 0 || asymmetric.size === 0) continue;
    report(found.node, "mixedAlgorithms", { api: jwtCall.api.name, hmac: listText(hmac), asymmetric: listText(asymmetric) });
  }
}

function listText(values: Iterable<string>): string {
  return [...values].map((value) => JSON.stringify(value)).join(", ");
}

/** No allow-list (or one that is known to be `undefined` / `null`) where the library then trusts the header. */
function checkMissing(context: Context, jwtCall: JwtCall, signers: readonly JwtCall[], requireForJose: boolean, report: Report): void {
  if (!mustHaveAllowList(context, jwtCall, requireForJose)) return;
  // Missing means: every location is absent, or holds a known `undefined` / `null` (replaceable in place).
  let replace: TSESTree.Node | undefined;
  for (const location of jwtCall.api.verifyAlgorithms ?? []) {
    const found = readLocation(context, jwtCall, location);
    if (found.kind === "absent") continue;
    if (found.kind !== "present") return;
    const value = found.value ?? staticValue(context, found.node);
    if (!value || (value.value !== undefined && value.value !== null) || !found.property) return;
    replace ??= found.node;
  }
  const suggest: Suggestion[] = [];
  const algorithms = inferAlgorithms(context, jwtCall, signers);
  if (algorithms) {
    const list = `[${algorithms.map((alg) => quote(context, jwtCall.call.node, alg)).join(", ")}]`;
    const target = replace;
    const fix: FixFunction | undefined = target ? (fixer) => replaceNode(fixer, target, list) : insertionFix(context, jwtCall, list);
    if (fix) suggest.push({ messageId: "addAlgorithms", data: { algorithms: listText(algorithms) }, fix });
  }
  report(reportNode(jwtCall), "missingAlgorithms", { api: jwtCall.api.name }, suggest);
}

function mustHaveAllowList(context: Context, jwtCall: JwtCall, requireForJose: boolean): boolean {
  const api = jwtCall.api;
  // A configuration call without options (`new JwtService()`, `registerAsync({ useClass })`) is configured elsewhere.
  if (api.operation === "configure" && !jwtCall.options && !jwtCall.optionsUnknown) return false;
  if (api.algorithmDefault === "pinned") return requireForJose && verifiesWithKeySet(context, jwtCall);
  // Only APIs that take an allow-list option; a single positional algorithm argument is pinned by the key type.
  return (api.verifyAlgorithms ?? []).some((location) => "option" in location);
}

/** The narrowest node naming the verifier: the callee, `super`, or the plugin passed to `register`. */
function reportNode(jwtCall: JwtCall): TSESTree.Node {
  if (jwtCall.api.registered) {
    const plugin = jwtCall.call.node.arguments[0];
    if (plugin && plugin.type !== "SpreadElement") return plugin;
  }
  return jwtCall.call.callee;
}

/**
 * The algorithms the same key signs with in this file: every sign (or configure) call whose key is
 * the same expression as the verifier's must have a known algorithm, and all of one family.
 */
function inferAlgorithms(context: Context, jwtCall: JwtCall, signers: readonly JwtCall[]): string[] | undefined {
  const key = readFirst(context, jwtCall, jwtCall.api.keys);
  if (key.kind !== "present") return undefined;
  const algorithms = new Set<string>();
  for (const signer of signers) {
    const signKey: PropertyResult = readFirst(context, signer, signer.api.keys);
    if (signKey.kind !== "present" || !sameValue(context, key.node, signKey.node)) continue;
    const algorithm = signingAlgorithm(context, signer);
    if (!algorithm) return undefined;
    algorithms.add(algorithm.trim());
  }
  const families = new Set([...algorithms].map((algorithm) => algorithmFamily(algorithm)));
  if (families.size !== 1 || (!families.has("hmac") && !families.has("asymmetric"))) return undefined;
  return [...algorithms];
}

/**
 * Where `algorithms: [...]` can go: into the options object literal (creating the parent objects of
 * a nested location), or as a new options argument of a verify call (before a trailing callback).
 */
function insertionFix(context: Context, jwtCall: JwtCall, list: string): FixFunction | undefined {
  const api = jwtCall.api;
  for (const location of api.verifyAlgorithms ?? []) {
    if (!("option" in location)) continue;
    const path = location.option;
    if (jwtCall.options) {
      let current: TSESTree.Node = jwtCall.options;
      for (let i = 0; i < path.length; i++) {
        const found = readProperty(context, current, path[i]);
        if (found.kind === "present") {
          current = found.node;
          continue;
        }
        if (found.kind === "absent" && found.object) {
          const object = found.object;
          const text = nested(path.slice(i), list);
          return (fixer) => addProperty(context, fixer, object, text);
        }
        break;
      }
      continue;
    }
    if (jwtCall.optionsUnknown || api.operation !== "verify" || api.options === undefined || api.optionsFromFactory || api.registered) continue;
    const call = jwtCall.call.node;
    const index = api.options;
    const args = call.arguments;
    const trailingCallback = args.length === index + 1 && args[index].type !== "SpreadElement" && resolveFunction(context, args[index]) !== undefined;
    if (args.length !== index && !trailingCallback) continue;
    const text = `{ ${nested(path, list)} }`;
    return (fixer) => insertArgument(context, fixer, call, index, text);
  }
  return undefined;
}

/** `["verifyOptions", "algorithms"]` → `verifyOptions: { algorithms: [...] }`. */
function nested(path: readonly string[], list: string): string {
  let text = list;
  for (let i = path.length - 1; i >= 0; i--) {
    const key = /^[A-Za-z_$][\w$]*$/u.test(path[i]) ? path[i] : JSON.stringify(path[i]);
    text = i === path.length - 1 ? `${key}: ${text}` : `${key}: { ${text} }`;
  }
  return text;
}
