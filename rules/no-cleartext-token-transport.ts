/**
 * A credential sent over plain `http://` or `ws://` can be read, and replayed, by anyone on the
 * network path: shared Wi-Fi, a corporate proxy, an ISP. This rule reports requests that carry a
 * credential (an Authorization or API-key header, a session cookie, HTTP Basic credentials, a
 * password or token in the body or the URL, a WebSocket subprotocol token) to a cleartext URL whose
 * host is known and not a loopback address. URLs from configuration or parameters are unknown and
 * not reported.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { credentialIn } from "../src/analysis/credentials.js";
import { mayNameCredential } from "../src/analysis/credential-words.js";
import { codeText } from "../src/analysis/ast.js";
import { credentialNameVerdict } from "../src/analysis/names.js";
import { staticString } from "../src/analysis/values.js";
import {
  bodyCredentials,
  findClients,
  findRequests,
  headerCredentials,
  isEmptyValue,
  isLoopbackHost,
  objectEntries,
  parseUrl,
  searchParamsEntries,
  stringParts,
  mayFindTransport,
  mayHaveCleartextText,
  mayHaveCleartextUrl,
  mayUseTransport,
  urlTarget,
  type Carried,
  type HttpClient,
  type HttpRequest,
  type UrlTarget,
} from "../src/models/transport.js";

export type Options = [];
export type MessageIds = "cleartext" | "useTls";

type Node = TSESTree.Node;

const SECURE: Record<string, string> = { http: "https", ws: "wss" };

export default createRule<MessageIds, Options>({
  name: "no-cleartext-token-transport",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow sending credentials to http:// and ws:// URLs",
      recommended: "recommended",
      owasp: ["session#transport-layer-security", "authentication#transmit-passwords-only-over-tls-or-other-strong-transport"],
      cwe: [319],
      asvs: [],
      rfc: ["RFC 6265 §8.3", "draft-ietf-httpbis-rfc6265bis §8.3"],
      securitySeverity: 7.4,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      cleartext:
        "{{credential}} is sent to {{url}} without TLS, so anyone on the network path can read and replay it: use {{secure}}.",
      useTls: "Change {{scheme}}:// to {{secure}}://.",
    },
  },
  defaultOptions: [],
  create(context) {
    // A report needs a credential (or an XMLHttpRequest password argument), a cleartext target
    // spelled in the file, and a request or client of the modelled APIs.
    // The shared credential test first (most files stop there, and every credential rule asks
    // it), then cheap tests of the text, then the token scan.
    if (!mayNameCredential(context) && !codeText(context).includes("XMLHttpRequest")) return {};
    if (!mayHaveCleartextText(context) || !mayUseTransport(context)) return {};
    if (!mayHaveCleartextUrl(context) || !mayFindTransport(context, { requests: true })) return {};
    const reported = new Set<Node>();

    function report(node: Node, target: UrlTarget, carried: readonly Carried[]): void {
      if (reported.has(node) || carried.length === 0) return;
      reported.add(node);
      const scheme = target.scheme ?? "http";
      const secure = SECURE[scheme] ?? "https";
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      const range = target.schemeRange;
      if (range) suggest.push({ messageId: "useTls", data: { scheme, secure }, fix: (fixer) => fixer.replaceTextRange(range, secure) });
      context.report({
        node,
        messageId: "cleartext",
        data: { credential: capitalize(carried[0].description), url: target.text ?? `${scheme}://${target.host ?? ""}`, secure: `${secure}://` },
        suggest,
      });
    }

    /** Credentials carried in a URL's query string or fragment (`ws://host/socket?token=…`). */
    function urlCredentials(url: Node | undefined): Carried[] {
      if (!url) return [];
      const out: Carried[] = [];
      for (const param of parseUrl(stringParts(context, url), "url").params) {
        if (param.key !== undefined && credentialNameVerdict(param.key) === "excluded") continue;
        if (isEmptyValue(context, param.value)) continue;
        const found = credentialIn(context, param.value);
        if (found) out.push({ description: `${found.description} in the query string`, node: param.value });
        else if (param.key !== undefined && credentialNameVerdict(param.key) === "credential") out.push({ description: `"${param.key}" in the query string`, node: param.value });
      }
      return out;
    }

    function queryCredentials(query: Node): Carried[] {
      const entries = searchParamsEntries(context, query) ?? objectEntries(context, query);
      return entries
        .filter((entry) => credentialNameVerdict(entry.key) === "credential" && !isEmptyValue(context, entry.value))
        .map((entry) => ({ description: `"${entry.key}" in the query string`, node: entry.value }));
    }

    function bodyOf(body: Node): Carried[] {
      const fields = bodyCredentials(context, body);
      if (fields.length > 0) return fields;
      const found = credentialIn(context, body);
      return found ? [{ description: found.description, node: body }] : [];
    }

    /** What the request itself carries (not its client's defaults). */
    function requestCredentials(request: HttpRequest): Carried[] {
      const out: Carried[] = [];
      for (const headers of request.headers) out.push(...headerCredentials(context, headers));
      out.push(...request.other);
      for (const body of request.bodies) out.push(...bodyOf(body));
      for (const query of request.queries) out.push(...queryCredentials(query));
      for (const protocol of request.protocols) {
        const found = credentialIn(context, protocol);
        if (found) out.push({ description: `${found.description} (as a WebSocket subprotocol)`, node: protocol });
      }
      out.push(...urlCredentials(request.url));
      return out;
    }

    function checkRequest(request: HttpRequest): void {
      if (request.host) {
        const host = staticString(context, request.host);
        if (host === undefined || host === "" || isLoopbackHost(host)) return;
        report(request.host, { kind: "cleartext", scheme: "http", host, text: `http://${host}` }, requestCredentials(request));
        return;
      }
      const own = request.url ? urlTarget(context, request.url) : undefined;
      if (own && own.kind !== "relative" && own.kind !== "unknown") {
        if (own.kind === "cleartext") report(request.url!, own, [...requestCredentials(request), ...(request.instance?.carried ?? [])]);
        return;
      }
      if (own?.kind === "unknown" && !isRelativeLooking(request.url!)) return;
      const base = request.base ?? request.instance?.base;
      if (!base) return;
      const target = urlTarget(context, base);
      if (target.kind !== "cleartext") return;
      // The instance's own defaults are reported once, at its base URL (checkClient).
      report(request.url ?? request.node, target, requestCredentials(request));
    }

    /** Request paths passed to an instance: `api.get(path)`, `api.get(\`/users/${id}\`)`. */
    function isRelativeLooking(url: Node): boolean {
      const first = stringParts(context, url)[0];
      return first?.kind === "value";
    }

    function checkClient(client: HttpClient): void {
      if (!client.base || client.carried.length === 0) return;
      const target = urlTarget(context, client.base);
      if (target.kind === "cleartext") report(client.base, target, client.carried);
    }

    return {
      "Program:exit"() {
        for (const client of findClients(context)) checkClient(client);
        for (const request of findRequests(context)) checkRequest(request);
      },
    };
  },
});

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
