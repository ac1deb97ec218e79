/**
 * Log lines are copied to files, log shippers, monitoring SaaS and support tickets, and read by
 * far more people than the credentials in them were meant for. This rule reports credentials and
 * passwords passed to `console.*` or a logger (pino, winston, bunyan, debug, NestJS `Logger`,
 * log4js, loglevel, consola, tslog, framework loggers such as `request.log`), directly, as object
 * properties, interpolated into messages, or as whole request headers. Values that only describe a
 * credential (`token.length`, `typeof token`, `!!token`) and masked values are not reported.
 */
import { createRule } from "../src/create-rule.js";
import { credentialIn } from "../src/analysis/credentials.js";
import { mayNameCredential, mayNameSecretOrCredential } from "../src/analysis/credential-words.js";
import { credentialNameVerdict, isSensitiveDataName, splitWords } from "../src/analysis/names.js";
import { codeText, memberName, unwrap } from "../src/analysis/ast.js";
import { staticValue } from "../src/analysis/values.js";
import { findLogCalls, isLogCallCandidate, isRedacted, mayImportLogger, mayLogByName, mayNameRequestHeaders, printedValues, requestSecretHolder } from "../src/models/loggers.js";
import { isEmptyValue } from "../src/models/transport.js";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

export type Options = [];
export type MessageIds = "credentialLogged";

type Node = TSESTree.Node;

/** The name a printed value is known by (identifier or property), for the password / secret vocabulary. */
function nameOf(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type === "Identifier") return n.name;
  if (n.type === "MemberExpression") return memberName(n) ?? undefined;
  return undefined;
}

function isSecretName(name: string | undefined): boolean {
  if (name === undefined) return false;
  return isSensitiveDataName(name)?.category === "secret";
}

export default createRule<MessageIds, Options>({
  name: "no-token-in-logs",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow writing tokens, session ids, API keys and passwords to logs",
      recommended: "recommended",
      owasp: ["logging#data-to-exclude", "session#logging-sessions-life-cycle-monitoring-creation-usage-and-destruction-of-session-ids"],
      cwe: [532],
      asvs: [],
      securitySeverity: 5.5,
    },
    schema: [],
    messages: {
      credentialLogged:
        "{{logger}} writes {{credential}} to the log; log files and log services are read by far more people than the credential is meant for: leave it out, or log a masked form.",
    },
  },
  defaultOptions: [],
  create(context) {
    // Every report is a credential, a secret (`isSecretName`) or the request's headers or cookies
    // (`requestSecretHolder`), all spelled in the file: the shared per-file word tests first.
    if (!mayNameSecretOrCredential(context) && !mayNameRequestHeaders(codeText(context))) return {};
    const byName = mayLogByName(context);
    if (!byName && !mayImportLogger(context)) return {};
    const reported = new Set<Node>();
    let named: boolean | undefined;
    /** False when no value or key of the file can be a credential by `credentialIn` / `credentialNameVerdict` (computed on first use). */
    const credentialsNamed = (): boolean => (named ??= mayNameCredential(context));
    /** Calls of console / logger level methods, in traversal order. */
    const candidates: TSESTree.CallExpression[] = [];
    const listeners: TSESLint.RuleListener = {
      CallExpression(node) {
        if (isLogCallCandidate(node)) candidates.push(node);
      },
      "Program:exit"() {
        for (const call of findLogCalls(context, candidates).values()) {
          for (const argument of call.args) {
            for (const printed of printedValues(context, argument)) {
              if (reported.has(printed.node)) continue;
              if (printed.key !== undefined && (credentialNameVerdict(printed.key) === "excluded" || isDescriptiveName(printed.key))) continue;
              if (isRedacted(call.redact, printed.path)) continue;
              const name = nameOf(printed.node);
              if (name !== undefined && isDescriptiveName(name)) continue;
              const credential = describe(printed.node, printed.key, printed.keySource === "message");
              if (!credential) continue;
              reported.add(printed.node);
              context.report({ node: printed.node, messageId: "credentialLogged", data: { credential, logger: call.api } });
            }
          }
        }
      },
    };
    if (!byName) delete listeners.CallExpression;
    return listeners;

    function describe(node: Node, key: string | undefined, keyInMessage: boolean): string | undefined {
      const holder = requestSecretHolder(context, node);
      if (holder) return holder;
      const found = credentialsNamed() ? credentialIn(context, node) : undefined;
      let description = found?.description;
      if (description === undefined) {
        description = keyDescription(node, key, keyInMessage);
        if (description === undefined || isEmptyValue(context, node)) return undefined;
      }
      // Constants are not run-time credentials, and `EnvNames.MSI_SECRET` holds the name of a variable.
      // (Checked last: most printed values are no credential, and resolving a constant costs more.)
      if (staticValue(context, node) !== null || isNameHolderMember(node)) return undefined;
      return description;
    }

    /** A value printed under a credential key (`{ token: t }`, `"Bearer " + t`) or with a secret name. */
    function keyDescription(node: Node, key: string | undefined, keyInMessage: boolean): string | undefined {
      if (key === "bearer" && keyInMessage) return "a bearer token";
      if (key !== undefined && ((credentialsNamed() && credentialNameVerdict(key) === "credential") || (!keyInMessage && isSecretName(key)))) return `"${key}"`;
      const name = nameOf(node);
      if (isSecretName(name)) return `"${name}"`;
      return undefined;
    }
  },
});

/** Names of values that describe a credential rather than hold it: `tokenPresent`, `sessionCookieBytes`, `apiKeyPreview`. */
const DESCRIPTIVE_WORDS = new Set(["present", "exists", "masked", "preview", "bytes", "size", "length", "count", "hint"]);

/** Objects that hold names, not values: `EnvironmentVariableNames.API_KEY`, `HEADER_KEYS.authorization`. */
const NAME_HOLDER_WORDS = new Set(["names", "keys", "constants", "headers", "fields", "params", "vars", "variables"]);

function isNameHolderMember(node: Node): boolean {
  const n = unwrap(node);
  if (n.type !== "MemberExpression") return false;
  const object = unwrap(n.object);
  const owner = object.type === "Identifier" ? object.name : object.type === "MemberExpression" ? memberName(object) : null;
  if (!owner || owner === "headers") return false;
  const words = splitWords(owner);
  return words.length > 0 && NAME_HOLDER_WORDS.has(words[words.length - 1]) && /^[A-Z0-9_]+$/u.test(memberName(n) ?? "");
}

function isDescriptiveName(name: string): boolean {
  return splitWords(name).some((word) => DESCRIPTIVE_WORDS.has(word));
}
