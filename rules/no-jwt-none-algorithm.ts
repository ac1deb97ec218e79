/**
 * `alg: "none"` (RFC 7519 §6) turns a JWT into a plain, unsigned JSON document. This rule
 * reports every place the JWT model says an algorithm is chosen or accepted when the value is
 * `none` (any casing), the unsecured-token APIs, verifiers that end up with no key and no
 * allow-list, and decode calls whose `noVerify` argument is truthy.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { outermostWrapper } from "../src/analysis/ast.js";
import { removeListItem } from "../src/analysis/fix.js";
import { getModuleIndex } from "../src/analysis/modules.js";
import { arrayElements, isKnownFalsy, staticValue, textOf, type PropertyResult } from "../src/analysis/values.js";
import {
  JWT_TRACKER,
  PROTECTED_HEADER_APIS,
  UNSECURED_JWT_APIS,
  algorithmFamily,
  findJwtCalls,
  mayUseJwtLibrary,
  isNoneAlgorithm,
  readFirst,
  readLocation,
  type JwtApi,
  type JwtCall,
  type Location,
} from "../src/models/jwt.js";

export type Options = [];
export type MessageIds =
  | "signNone"
  | "acceptNone"
  | "falsyKey"
  | "unsecuredApi"
  | "noVerify"
  | "removeNone"
  | "removeNoVerify"
  | "useAsAlgorithm";

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"];

function ordinal(index: number): string {
  return ORDINALS[index] ?? `#${index + 1}`;
}

/** Short source text for a message. */
function excerpt(context: Context, node: TSESTree.Node): string {
  const text = textOf(context, node).replace(/\s+/gu, " ");
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

export default createRule<MessageIds, Options>({
  name: "no-jwt-none-algorithm",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow the `none` JWT algorithm, unsecured-token APIs and switched-off signature verification",
      recommended: "recommended",
      owasp: ["jwt#unsecured-jwts", "rest#jwt"],
      cwe: [347, 345],
      asvs: ["v5.0.0-9.1.2", "v5.0.0-9.1.1", "v4.0.3-3.5.3"],
      rfc: ["RFC 7519 §6", "RFC 8725 §2.1", "RFC 8725 §3.1", "RFC 8725 §3.2"],
      securitySeverity: 9.1,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      signNone:
        '{{name}} issues tokens with algorithm {{value}}, which carry no signature, so anyone can forge them: sign with a real algorithm such as "HS256", "RS256" or "ES256".',
      acceptNone:
        "{{name}} accepts algorithm {{value}}, so a token without a signature passes verification: list only the algorithms your tokens are signed with.",
      falsyKey:
        '{{name}} gets the falsy key {{key}} and no algorithms list, which lets older versions accept unsigned "none" tokens (CVE-2022-23540): pass the real secret or public key and an explicit algorithms list.',
      unsecuredApi:
        '{{name}} handles unsecured "none" tokens, which carry no signature, so their claims can be forged by anyone: issue signed tokens and verify them with an explicit algorithms list.',
      noVerify:
        "The {{position}} argument of {{name}} is the noVerify flag, so {{value}} turns signature checking off and forged tokens are accepted: drop it (or pass false) and give the algorithm as the {{algorithmPosition}} argument.",
      removeNone: "Remove {{value}} from the accepted algorithms.",
      removeNoVerify: "Remove the noVerify argument {{value}} so the signature is checked.",
      useAsAlgorithm: "Pass false as noVerify and {{value}} as the algorithm.",
    },
  },
  defaultOptions: [],
  create(context) {
    // Nothing to check in a file that names no JWT library.
    if (!mayUseJwtLibrary(context)) return {};
    const reported = new Set<string>();

    function report(
      node: TSESTree.Node,
      messageId: MessageIds,
      data: Record<string, string>,
      suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [],
    ): void {
      const key = `${node.range[0]}:${node.range[1]}:${messageId}`;
      if (reported.has(key)) return;
      reported.add(key);
      context.report({ node, messageId, data, suggest });
    }

    /** `algorithm: "none"` / `sign(p, k, "none")`. */
    function checkSignLocation(jwtCall: JwtCall, location: Location): void {
      const found = readLocation(context, jwtCall, location);
      if (found.kind !== "present") return;
      const value = found.value ?? staticValue(context, found.node);
      if (!value || !isNoneAlgorithm(value.value)) return;
      report(found.node, "signNone", { name: jwtCall.api.name, value: JSON.stringify(value.value) });
    }

    /** `algorithms: [..., "none"]` / `verify(t, k, "none")` / `alg: "none"`. */
    function checkVerifyLocation(jwtCall: JwtCall, location: Location): void {
      const found = readLocation(context, jwtCall, location);
      if (found.kind !== "present") return;
      const list = arrayElements(context, found.node);
      if (list) {
        const others = list.elements.filter((element) => !element.value || !isNoneAlgorithm(element.value.value));
        const keepsSomething = others.length > 0 || !list.complete;
        for (const element of list.elements) {
          if (!element.value || !isNoneAlgorithm(element.value.value)) continue;
          const value = JSON.stringify(element.value.value);
          const item = outermostWrapper(element.node);
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] =
            keepsSomething && item.parent?.type === "ArrayExpression"
              ? [{ messageId: "removeNone", data: { value }, fix: (fixer) => removeListItem(context, fixer, item) }]
              : [];
          report(element.node, "acceptNone", { name: jwtCall.api.name, value }, suggest);
        }
        return;
      }
      const value = found.value ?? staticValue(context, found.node);
      if (!value || !isNoneAlgorithm(value.value)) return;
      report(found.node, "acceptNone", { name: jwtCall.api.name, value: JSON.stringify(value.value) });
    }

    /** `verify(token, null)` with no allow-list, where the library then accepts unsigned tokens. */
    function checkFalsyKey(jwtCall: JwtCall): void {
      const api = jwtCall.api;
      if (!api.acceptsNoneWithoutKey || !api.keys) return;
      const key = readFirst(context, jwtCall, api.keys);
      if (key.kind !== "present" || !isKnownFalsy(context, key.node)) return;
      const algorithms: PropertyResult = readFirst(context, jwtCall, api.verifyAlgorithms);
      if (algorithms.kind !== "absent") return;
      report(key.node, "falsyKey", { name: api.name, key: excerpt(context, key.node) });
    }

    /** jwt-simple `decode(token, key, noVerify)` with a truthy flag. */
    function checkNoVerify(jwtCall: JwtCall): void {
      const api = jwtCall.api;
      if (!api.noVerify) return;
      const found = readLocation(context, jwtCall, api.noVerify);
      if (found.kind !== "present") return;
      const value = staticValue(context, found.node);
      if (!value || !value.value) return;
      const argument = outermostWrapper(found.node);
      const call = jwtCall.call.node;
      const text = excerpt(context, argument);
      const position = "arg" in api.noVerify ? api.noVerify.arg : -1;
      const algorithmArg = algorithmArgument(api);
      const isLast = position >= 0 && call.arguments.length === position + 1 && call.arguments[position] === argument;
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      if (isLast) {
        suggest.push({ messageId: "removeNoVerify", data: { value: text }, fix: (fixer) => removeListItem(context, fixer, argument) });
        if (
          algorithmArg === position + 1 &&
          typeof value.value === "string" &&
          !["none", "unknown"].includes(algorithmFamily(value.value.trim()))
        ) {
          suggest.push({ messageId: "useAsAlgorithm", data: { value: text }, fix: (fixer) => fixer.insertTextBefore(argument, "false, ") });
        }
      }
      report(
        argument,
        "noVerify",
        {
          name: api.name,
          position: position >= 0 ? ordinal(position) : "noVerify",
          value: text,
          algorithmPosition: algorithmArg !== undefined ? ordinal(algorithmArg) : "next",
        },
        suggest,
      );
    }

    /** jose `new UnsecuredJWT(...)`, `UnsecuredJWT.decode(...)`. */
    function checkUnsecuredApis(): void {
      const index = getModuleIndex(context, JWT_TRACKER);
      for (const api of UNSECURED_JWT_APIS) {
        for (const call of index.calls(api.module, api.path)) {
          if (!api.kinds.includes(call.kind)) continue;
          report(call.callee, "unsecuredApi", { name: api.name });
        }
      }
    }

    /** jose `.setProtectedHeader({ alg: "none" })`. */
    function checkProtectedHeaders(): void {
      const index = getModuleIndex(context, JWT_TRACKER);
      for (const api of PROTECTED_HEADER_APIS) {
        for (const call of index.calls(api.module, api.path)) {
          if (call.kind !== "call") continue;
          const jwtCall: JwtCall = { api: { name: api.name, module: api.module, path: api.path, operation: "sign" }, call, options: undefined, optionsUnknown: false };
          const header = readLocation(context, jwtCall, { arg: 0 });
          if (header.kind !== "present") continue;
          checkSignLocation({ ...jwtCall, options: header.node }, { option: ["alg"] });
        }
      }
    }

    return {
      "Program:exit"() {
        for (const jwtCall of findJwtCalls(context)) {
          for (const location of jwtCall.api.signAlgorithm ?? []) checkSignLocation(jwtCall, location);
          for (const location of jwtCall.api.verifyAlgorithms ?? []) checkVerifyLocation(jwtCall, location);
          checkFalsyKey(jwtCall);
          checkNoVerify(jwtCall);
        }
        checkUnsecuredApis();
        checkProtectedHeaders();
      },
    };
  },
});

/** The positional argument that carries the verification algorithm, if the API has one. */
function algorithmArgument(api: JwtApi): number | undefined {
  for (const location of api.verifyAlgorithms ?? []) if ("arg" in location) return location.arg;
  return undefined;
}
