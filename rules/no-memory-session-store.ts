/**
 * Session middleware without a store keeps every session in the memory of one process: a restart
 * or deploy logs everybody out, a second instance does not know the sessions of the first, and
 * express-session's MemoryStore never evicts expired entries (its own docs say it is not meant
 * for production). Expiry and server-side invalidation need a real store.
 *
 * Policy only: which middlewares have a store option and what they default to is in src/models/sessions.ts.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { unwrap } from "../src/analysis/ast.js";
import { getModuleIndex } from "../src/analysis/modules.js";
import { resolveNode } from "../src/analysis/values.js";
import { SESSION_TRACKER, findSessionMiddlewares, maySessionMiddlewares, readSessionOption, type SessionMiddlewareCall } from "../src/models/sessions.js";

export type Options = [];
export type MessageIds = "memoryStore";

export default createRule<MessageIds, Options>({
  name: "no-memory-session-store",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow session middleware that keeps sessions in the process's memory",
      recommended: "strict",
      owasp: ["session#built-in-session-management-implementations", "session#session-expiration"],
      cwe: [613],
      asvs: [],
      securitySeverity: 4.3,
    },
    schema: [],
    messages: {
      memoryStore:
        "{{name}} keeps sessions in process memory ({{why}}): they are lost on every restart, are not shared between instances and cannot be expired or revoked reliably; configure a persistent store (Redis, a database) with server-side expiry.",
    },
  },
  defaultOptions: [],
  collectsNodes: true,
  create(context) {
    if (!maySessionMiddlewares(context)) return {};
    return {
      "Program:exit"() {
        for (const found of findSessionMiddlewares(context)) {
          const why = memoryReason(context, found);
          if (why) context.report({ node: found.reportNode, messageId: "memoryStore", data: { name: found.middleware.name, why } });
        }
      },
    };
  },
});

function memoryReason(context: Parameters<typeof findSessionMiddlewares>[0], found: SessionMiddlewareCall): string | undefined {
  const store = found.middleware.store;
  if (!store || found.middleware.storage !== "server") return undefined;
  if (store.option === null) return store.defaultIsMemory ? "it is an in-memory storage" : undefined;
  const read = readSessionOption(context, found, store.option);
  if (read.kind === "absent") return store.defaultIsMemory ? "no store is configured" : undefined;
  if (read.kind !== "present") return undefined;
  return isMemoryStore(context, read.node, found) ? "the store is a MemoryStore" : undefined;
}

/** `new session.MemoryStore()` / `new MemoryStore()` imported from the middleware's module. */
function isMemoryStore(context: Parameters<typeof findSessionMiddlewares>[0], node: TSESTree.Node, found: SessionMiddlewareCall): boolean {
  const value = unwrap(resolveNode(context, node));
  if (value.type !== "NewExpression") return false;
  const target = getModuleIndex(context, SESSION_TRACKER).resolve(value.callee);
  return target !== undefined && target.module === found.middleware.module && target.path[target.path.length - 1] === "MemoryStore";
}
