/**
 * A signed JWT (JWS) protects its payload against change, not against reading: the payload is
 * base64url-encoded JSON that anyone holding the token (the browser, a proxy log, a support
 * ticket) can decode. This rule reports secrets and regulated data in token payloads, at any
 * depth, and whole user/account records used as (or spread into) a payload.
 *
 * Policy only: where each library takes the payload comes from `src/models/jwt-claims.ts`, the
 * vocabulary from `src/analysis/names.ts`, and what a whole record is from `src/analysis/records.ts`.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { removeProperty } from "../src/analysis/fix.js";
import { findSensitiveContent, type RecordOrigin, type SensitiveContent } from "../src/analysis/records.js";
import type { SensitiveNameOptions } from "../src/analysis/names.js";
import { textOf } from "../src/analysis/values.js";
import { findPayloadSites, mayHavePayloadSites } from "../src/models/jwt-claims.js";

export type Options = [{ pii: boolean; extraNames: string[]; allowNames: string[] }];
export type MessageIds = "sensitiveClaim" | "sensitiveValue" | "personalClaim" | "wholeRecord" | "removeClaim";

type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

/** Short source text for a message. */
function shorten(text: string): string {
  const flat = text.replace(/\s+/gu, " ");
  return flat.length > 48 ? `${flat.slice(0, 45)}...` : flat;
}

function describeOrigin(origin: RecordOrigin): string {
  switch (origin.kind) {
    case "type":
      return `its type has "${origin.property}"`;
    case "entity-type":
      return `typed ${origin.type}`;
    case "query":
      return `the result of ${shorten(origin.call)}`;
    case "request":
      return `the authenticated ${origin.text}`;
    case "name":
      return "a user/account record by its name";
  }
}

export default createRule<MessageIds, Options>({
  name: "no-sensitive-jwt-claims",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow secrets, regulated data and whole user records in JWT payloads",
      recommended: "recommended",
      owasp: ["jwt#token-structure", "jwt#introduction", "session#session-id-content-or-value"],
      cwe: [312, 359, 315],
      asvs: ["v5.0.0-14.2.6", "v5.0.0-14.3.3", "v4.0.3-8.2.2", "v4.0.3-3.5.3"],
      rfc: ["RFC 7519 §12"],
      securitySeverity: 6.5,
    },
    messageReferences: {
      personalClaim: { owasp: "jwt#token-structure", cwe: 359 },
      wholeRecord: { owasp: "jwt#token-structure", cwe: 359 },
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          pii: {
            type: "boolean",
            description: "Also report personal data claims: email, phone number, postal address, date of birth.",
          },
          extraNames: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description: "More claim names to report, compared word by word (`taxNumber` also matches `tax_number`).",
          },
          allowNames: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description: "Claim names never to report, compared word by word against the whole name.",
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      sensitiveClaim:
        'JWT payload contains "{{claim}}" ({{api}}): JWT payloads are only base64-encoded, so anyone holding the token can read it. Remove it and keep only identifiers (sub) and authorization claims.',
      sensitiveValue:
        'JWT payload claim "{{claim}}" holds {{source}} ({{api}}): JWT payloads are only base64-encoded, so anyone holding the token can read it. Remove it and keep only identifiers (sub) and authorization claims.',
      personalClaim:
        'JWT payload contains the personal data "{{claim}}" ({{api}}): anyone holding the token can read it. Look it up on the server from sub instead, or issue an encrypted token (JWE).',
      wholeRecord:
        "JWT payload {{what}} the whole record {{source}} ({{origin}}), so its password hash and personal data become readable by anyone holding the token ({{api}}): pick the claims you need, e.g. { sub: user.id }.",
      removeClaim: 'Remove "{{claim}}" from the payload.',
    },
  },
  defaultOptions: [{ pii: false, extraNames: [], allowNames: [] }],
  create(context, [options]) {
    // Nothing to check in a file that names no JWT library and no Fastify JWT decorator.
    if (!mayHavePayloadSites(context)) return {};
    const vocabulary: SensitiveNameOptions = { pii: options.pii, extra: options.extraNames, allow: options.allowNames };
    const reported = new Set<string>();

    function report(node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>, suggest: Suggestion[] = []): void {
      const key = `${node.range[0]}:${node.range[1]}`;
      if (reported.has(key)) return;
      reported.add(key);
      context.report({ node, messageId, data, suggest });
    }

    function removal(finding: SensitiveContent, claim: string): Suggestion[] {
      if (finding.kind === "record" || !finding.property) return [];
      const property = finding.property;
      return [{ messageId: "removeClaim", data: { claim }, fix: (fixer) => removeProperty(context, fixer, property) }];
    }

    function reportFinding(finding: SensitiveContent, api: string): void {
      switch (finding.kind) {
        case "key": {
          const messageId = finding.category === "pii" ? "personalClaim" : "sensitiveClaim";
          report(finding.node, messageId, { claim: finding.path, api }, removal(finding, finding.path));
          return;
        }
        case "value": {
          if (finding.category === "pii") {
            report(finding.node, "personalClaim", { claim: finding.path, api }, removal(finding, finding.path));
            return;
          }
          report(finding.node, "sensitiveValue", { claim: finding.path, source: finding.source, api }, removal(finding, finding.path));
          return;
        }
        case "record": {
          const node = finding.node.parent?.type === "SpreadElement" ? finding.node.parent : finding.node;
          const verb = node.type === "SpreadElement" ? "spreads" : "is";
          report(node, "wholeRecord", {
            what: finding.path ? `claim "${finding.path}" ${verb}` : verb,
            source: shorten(textOf(context, finding.record.node)),
            origin: describeOrigin(finding.record.origin),
            api,
          });
          return;
        }
      }
    }

    return {
      "Program:exit"() {
        for (const site of findPayloadSites(context)) {
          if (site.payload.kind !== "present") continue;
          for (const finding of findSensitiveContent(context, site.payload.node, vocabulary)) reportFinding(finding, site.name);
        }
      },
    };
  },
});
