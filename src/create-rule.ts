import type { TSESLint } from "@typescript-eslint/utils";
import { collectIndexedNodes } from "./analysis/indexed-nodes.js";
import { cweTitle, owaspSection, type CweId, type OwaspId, type AsvsId, type RfcId } from "./references.js";

/** Where rule documentation lives. One constant, so forks only change it here. */
export const REPOSITORY_URL = "https://github.com/auth-security/eslint-plugin-auth-security";

/** Which shipped config turns a rule on. `strict` includes everything in `recommended`. */
export type ConfigName = "recommended" | "strict";

/** The typed `meta.docs` every rule in this plugin carries. */
export interface AuthSecurityDocs {
  /** One sentence starting with "Disallow", "Require" or "Enforce". */
  description: string;
  /** The smallest shipped config that enables the rule (`all` enables every rule). */
  recommended: ConfigName;
  /** OWASP Cheat Sheet sections, by id from `src/references.ts`; the first one is cited in messages. */
  owasp: readonly OwaspId[];
  /** CWE ids; the first one is cited in messages and all of them become SARIF tags. */
  cwe: readonly CweId[];
  /** ASVS requirement ids, v5.0.0 first then v4.0.3. */
  asvs: readonly AsvsId[];
  /** RFC / spec sections. */
  rfc?: readonly RfcId[];
  /** GitHub code scanning `security-severity` (0.1–10.0, CVSS-like). */
  securitySeverity: number;
  /** Filled in by `createRule`. */
  url?: string;
}

export interface MessageReference {
  owasp: OwaspId;
  cwe: CweId;
}

type Meta<MessageIds extends string, Options extends readonly unknown[]> = Omit<
  TSESLint.RuleMetaData<MessageIds, AuthSecurityDocs, Options>,
  "docs" | "defaultOptions"
> & {
  docs: Omit<AuthSecurityDocs, "url">;
  /**
   * Messages that should cite another section than `docs.owasp[0]` / `docs.cwe[0]`.
   * Every message gets its reference appended by `createRule`, so rules never spell it out.
   */
  messageReferences?: Partial<Record<MessageIds, MessageReference>>;
};

export interface RuleDefinition<MessageIds extends string, Options extends readonly unknown[]> {
  name: string;
  meta: Meta<MessageIds, Options>;
  defaultOptions: Options;
  create: (
    context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
    options: Options,
  ) => TSESLint.RuleListener;
  /**
   * The rule reads `indexedNodes` (the calls and assignments of the whole
   * file) in `Program:exit`: collect them during ESLint's traversal instead of a walk of our own.
   */
  collectsNodes?: boolean;
}

export type AuthSecurityRule<MessageIds extends string = string, Options extends readonly unknown[] = readonly unknown[]> =
  TSESLint.RuleModule<MessageIds, Options, AuthSecurityDocs> & { name: string };

/** `(OWASP Session Management: HttpOnly Attribute; CWE-1004)` */
export function referenceSuffix(reference: MessageReference): string {
  const section = owaspSection(reference.owasp);
  return `(OWASP ${section.sheetTitle}: ${section.title}; CWE-${reference.cwe})`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** True when `given` already holds every key of `defaults`, at every level of plain objects. */
function coversDefaults(defaults: Record<string, unknown>, given: Record<string, unknown>): boolean {
  for (const key in defaults) {
    if (!(key in given)) return false;
    const fallback = defaults[key];
    const value = given[key];
    if (isPlainObject(fallback) && isPlainObject(value) && !coversDefaults(fallback, value)) return false;
  }
  return true;
}

/** Deep-merges user options over defaults, object by object (arrays replace). */
export function applyDefaults<Options extends readonly unknown[]>(defaults: Options, user: readonly unknown[]): Options {
  // ESLint >= 9.15 has merged `meta.defaultOptions` already: reuse its array instead of a copy per file.
  if (
    user.length >= defaults.length &&
    defaults.every((fallback, index) => {
      const given = user[index];
      if (given === undefined) return false;
      return !isPlainObject(fallback) || (isPlainObject(given) && coversDefaults(fallback, given));
    })
  ) {
    return user as unknown as Options;
  }
  return defaults.map((fallback, index) => {
    const given = user[index];
    if (given === undefined) return fallback;
    if (isPlainObject(fallback) && isPlainObject(given)) return mergeObjects(fallback, given);
    return given;
  }) as unknown as Options;
}

function mergeObjects(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? mergeObjects(current, value) : value;
  }
  return out;
}

/**
 * Builds a rule module: fills `docs.url`, appends the OWASP/CWE reference to every message,
 * declares `meta.defaultOptions` (ESLint >= 9.15 merges them) and merges defaults again for
 * runtimes that do not (Oxlint JS plugins, older testers).
 */
export function createRule<MessageIds extends string, Options extends readonly unknown[]>(
  definition: RuleDefinition<MessageIds, Options>,
): AuthSecurityRule<MessageIds, Options> {
  const { name, meta, defaultOptions, create, collectsNodes } = definition;
  const { messageReferences, ...rest } = meta;
  const fallback: MessageReference = { owasp: meta.docs.owasp[0], cwe: meta.docs.cwe[0] };
  const messages = Object.fromEntries(
    Object.entries<string>(meta.messages).map(([id, text]) => {
      const reference = messageReferences?.[id as MessageIds] ?? fallback;
      return [id, `${text} ${referenceSuffix(reference)}`];
    }),
  ) as Record<MessageIds, string>;
  // Keep the title lookup honest at load time: an unknown CWE id throws here, not in a report.
  for (const id of meta.docs.cwe) cweTitle(id);
  return {
    name,
    meta: {
      ...rest,
      messages,
      defaultOptions,
      docs: { ...meta.docs, url: `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md` },
    },
    defaultOptions,
    create(context) {
      const listener = create(context, applyDefaults(defaultOptions, context.options));
      // A rule that gave up on the file (no listener) needs no collection.
      return collectsNodes && Object.keys(listener).length > 0 ? collectIndexedNodes(context, listener) : listener;
    },
  } as AuthSecurityRule<MessageIds, Options>;
}
