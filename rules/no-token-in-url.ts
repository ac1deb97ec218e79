/**
 * A credential in a URL is copied into places nobody protects: server and proxy access logs,
 * browser history, bookmarks, analytics, and the Referer header sent to every third party the
 * page loads. This rule reports credentials written into query strings and fragments (URL
 * strings, `URLSearchParams`, `url.searchParams`, request query options, redirects and
 * navigation), and server code that reads credentials from the query string, which forces
 * clients to send them that way. One-time link tokens (password reset, e-mail verification,
 * invitations, magic links) are left alone: see `isOneTimeLinkName` in src/models/transport.ts.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { memberName, unwrap } from "../src/analysis/ast.js";
import { credentialIn, credentialKey } from "../src/analysis/credentials.js";
import { mayNameCredential } from "../src/analysis/credential-words.js";
import { usesOf } from "../src/analysis/handlers.js";
import { credentialNameVerdict } from "../src/analysis/names.js";
import { resolveNode, staticString } from "../src/analysis/values.js";
import {
  findNavigations,
  findQueryReads,
  findRequests,
  inOneTimeLinkContext,
  isEmptyValue,
  isExemptUrlKey,
  isOneTimeLinkName,
  isOneTimeLinkValue,
  isUrlSearchParams,
  mayHaveUrlSearchParams,
  mayHaveUrlParams,
  mayHaveUrlParamText,
  mayUseTransport,
  urlStrings,
  objectEntries,
  parseUrl,
  routeQuery,
  routeStrings,
  searchParamsEntries,
  mayFindTransport,
  startsLikeUrl,
  stringParts,
  valueName,
  type UrlMode,
  type UrlSection,
} from "../src/models/transport.js";

export type Options = [];
export type MessageIds = "tokenInUrl" | "tokenFromUrl" | "tokenFromPageUrl" | "extractorFromUrl";

type Node = TSESTree.Node;

const SECTION_TEXT: Record<UrlSection, string> = { query: "query string", fragment: "fragment" };

/** A query parameter whose read is reported: a credential name, not a protocol parameter or one-time link token. */
function isReportedKey(key: string | undefined): boolean {
  return key !== undefined && !isExemptUrlKey(key) && credentialNameVerdict(key) === "credential";
}

export default createRule<MessageIds, Options>({
  name: "no-token-in-url",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow access tokens, session ids, API keys and passwords in URLs",
      recommended: "recommended",
      owasp: [
        "rest#sensitive-information-in-http-requests",
        "session#used-vs-accepted-session-id-exchange-mechanisms",
        "session#session-management-implementation",
        "oauth2#implicit-grant-deprecated-do-not-use",
      ],
      cwe: [598, 200],
      asvs: ["v5.0.0-14.2.1", "v5.0.0-3.4.5", "v4.0.3-3.1.1", "v4.0.3-8.3.1", "v4.0.3-13.1.3"],
      rfc: ["RFC 9700 §4.2", "RFC 9700 §4.3.2", "RFC 6750 §2.3", "RFC 6750 §5.3"],
      securitySeverity: 6.5,
    },
    messageReferences: {
      tokenFromUrl: { owasp: "session#used-vs-accepted-session-id-exchange-mechanisms", cwe: 598 },
      extractorFromUrl: { owasp: "session#used-vs-accepted-session-id-exchange-mechanisms", cwe: 598 },
    },
    schema: [],
    messages: {
      tokenInUrl:
        "{{credential}} is put in the {{section}} of a URL; URLs end up in server and proxy logs, browser history and Referer headers: send it in the Authorization header or a POST body.",
      tokenFromUrl:
        "{{credential}} is read from the URL query string ({{api}}), so clients have to put it in URLs that end up in logs, browser history and Referer headers: accept it from the Authorization header or a POST body.",
      tokenFromPageUrl:
        "{{credential}} is read from the page URL ({{api}}), so it was delivered in a URL that ends up in browser history, logs and Referer headers: have the server return it in a response body or set an HttpOnly cookie (for OAuth, use the authorization code flow with PKCE).",
      extractorFromUrl:
        "passport-jwt reads the JWT from the URL query parameter {{name}}, so clients have to put it in URLs that end up in logs, browser history and Referer headers: use ExtractJwt.fromAuthHeaderAsBearerToken().",
    },
  },
  defaultOptions: [],
  create(context) {
    // Every report names a credential (`paramCredential`, `credentialKey`, a credential query key).
    // First: the test is shared by every credential rule, so most files stop here for free.
    if (!mayNameCredential(context)) return {};
    // Then cheap text tests: strings built in the file carry URL parameters only after a `?`, `#`
    // or `&` in a literal; `url.searchParams.set(…)` spells `searchParams`; the scans start from words.
    const paramText = mayHaveUrlParamText(context);
    const setters = mayHaveUrlSearchParams(context);
    if (!paramText && !setters && !mayUseTransport(context)) return {};
    const strings = paramText && mayHaveUrlParams(context);
    const scans = mayFindTransport(context, { navigations: true, requests: true, queryReads: true });
    if (!strings && !setters && !scans) return {};

    const reported = new Set<Node>();

    function report(node: Node, credential: string, section: UrlSection): void {
      if (reported.has(node)) return;
      reported.add(node);
      context.report({ node, messageId: "tokenInUrl", data: { credential, section: SECTION_TEXT[section] } });
    }

    /** The credential a URL parameter carries, if it is one this rule reports. */
    function paramCredential(key: string | undefined, value: Node): string | undefined {
      if (key !== undefined && isExemptUrlKey(key)) return undefined;
      // Literal values are not run-time credentials (hard-coded secrets are no-hardcoded-auth-secret's business).
      if (isEmptyValue(context, value) || staticString(context, value) !== undefined) return undefined;
      const name = valueName(value);
      if (name !== undefined && credentialNameVerdict(name) === "excluded") return undefined;
      if (isOneTimeLinkValue(context, value)) return undefined;
      const found = credentialIn(context, value);
      if (found) return found.description;
      if (key !== undefined && credentialNameVerdict(key) === "credential") return `"${key}"`;
      return undefined;
    }

    function checkEntries(entries: readonly { key: string; value: Node }[], section: UrlSection, at: Node): void {
      if (entries.length === 0 || inOneTimeLinkContext(context, at)) return;
      for (const entry of entries) {
        const credential = paramCredential(entry.key, entry.value);
        if (credential) report(entry.value, credential, section);
      }
    }

    /** A string built as a URL: its query / fragment parameters and interpolated query strings. */
    function checkUrlString(node: Node, mode: UrlMode | "string"): void {
      const parts = stringParts(context, node);
      if (!parts.some((part) => part.kind === "text")) {
        // A whole query string in a `search` / `hash` slot: `url.search = params.toString()`.
        if (mode === "query" || mode === "fragment") {
          const entries = searchParamsEntries(context, node);
          if (entries) checkEntries(entries, mode, node);
        }
        return;
      }
      // TOTP provisioning URIs (`otpauth://totp/…?secret=…`) carry the secret by design, for a QR code.
      if (parts[0]?.kind === "text" && /^otpauth:/iu.test(parts[0].text)) return;
      // A URL's parameters start after a `?`, `#` or (in a known URL) `&` in its static text.
      if ((mode === "string" || mode === "url") && !parts.some((part) => part.kind === "text" && /[?#&]/u.test(part.text))) return;
      const parsed = parseUrl(parts, mode === "string" && startsLikeUrl(parts) ? "url" : mode);
      if (parsed.params.length === 0 && parsed.chunks.length === 0) return;
      if (isOneTimeLinkName(parsed.pathWords.join(" ")) || inOneTimeLinkContext(context, node)) return;
      for (const param of parsed.params) {
        const credential = paramCredential(param.key, param.value);
        if (credential) report(param.value, credential, param.section);
      }
      for (const chunk of parsed.chunks) {
        const entries = searchParamsEntries(context, chunk.value);
        if (entries) checkEntries(entries, chunk.section, node);
      }
    }

    /** A navigation / redirect / request target: a URL string, a `new URL()`, or a route object. */
    function checkTarget(target: Node, mode: UrlMode): void {
      const resolved = resolveNode(context, target);
      if (resolved.type === "ObjectExpression") {
        checkEntries(routeQuery(context, resolved), "query", target);
        for (const part of routeStrings(context, resolved)) checkUrlString(part.node, part.mode);
        return;
      }
      checkUrlString(target, mode);
    }

    /** `url.searchParams.set("access_token", token)` */
    function checkSetter(node: TSESTree.CallExpression): void {
      const callee = unwrap(node.callee);
      if (callee.type !== "MemberExpression") return;
      const method = memberName(callee);
      if ((method !== "set" && method !== "append") || !isUrlSearchParams(context, callee.object)) return;
      const [key, value] = node.arguments;
      if (!key || !value || key.type === "SpreadElement" || value.type === "SpreadElement") return;
      const name = staticString(context, key);
      if (name !== undefined) {
        checkEntries([{ key: name, value }], "query", node);
        return;
      }
      // An unresolved constant counts by its name: `url.searchParams.set(TOKEN_KEY, t)`.
      const named = credentialKey(context, key);
      if (!named || isEmptyValue(context, value) || staticString(context, value) !== undefined) return;
      if (isOneTimeLinkValue(context, value) || inOneTimeLinkContext(context, node)) return;
      report(value, `"${named.name}"`, "query");
    }

    return {
      "Program:exit"() {
        // Strings built as URLs (`\`/cb?token=${t}\``, `"?token=" + t`): the ones that can hold a URL parameter.
        if (strings) for (const node of urlStrings(context)) checkUrlString(node, "string");
        if (setters) {
          for (const node of usesOf(context, ["set", "append"])) if (node.type === "CallExpression") checkSetter(node);
        }
        if (!scans) return;
        for (const navigation of findNavigations(context)) checkTarget(navigation.target, navigation.mode);
        for (const request of findRequests(context)) {
          if (request.url) checkTarget(request.url, "url");
          for (const query of request.queries) {
            checkEntries(searchParamsEntries(context, query) ?? objectEntries(context, query), "query", request.node);
          }
        }
        for (const read of findQueryReads(context, isReportedKey)) {
          if (read.extractor) {
            context.report({ node: read.node, messageId: "extractorFromUrl", data: { name: read.key === undefined ? "given" : `"${read.key}"` } });
            continue;
          }
          if (!isReportedKey(read.key)) continue;
          if (inOneTimeLinkContext(context, read.node)) continue;
          context.report({ node: read.node, messageId: read.page ? "tokenFromPageUrl" : "tokenFromUrl", data: { credential: `"${read.key}"`, api: read.api } });
        }
      },
    };
  },
});
