/**
 * @fastify/jwt decorators, for the claims and the lifetime models: `reply.jwtSign(payload, options)`,
 * `request.jwtVerify(options)`, `<instance>.jwt.sign(payload, options)` and
 * `<instance>.jwt.verify(token, options)` (@fastify/jwt 9.x). The plugin adds them at run time, so
 * there is no import to follow: they are found by name, once per file, together with the evidence
 * of Fastify that each model weighs before it trusts a name (see `FastifyJwtDecorators`).
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { memberName, perFile, unwrap, type AnyContext } from "../analysis/ast.js";
import { indexedNodes } from "../analysis/indexed-nodes.js";
import { getModuleIndex, mentionsTrackedModule, type TrackerConfig } from "../analysis/modules.js";
import { JWT_TRACKER } from "./jwt.js";

export interface FastifyJwtDecoratorCall {
  readonly method: "jwtSign" | "jwtVerify" | "sign" | "verify";
  /** `<instance>.jwt.sign` / `<instance>.jwt.verify`; the other two are methods of the reply and the request. */
  readonly viaJwt: boolean;
  /** `fastify.jwt.…`: the instance is a variable named `fastify`. */
  readonly onFastify: boolean;
  readonly call: TSESTree.CallExpression;
}

/** The name of each decorator in messages. */
export const DECORATOR_NAMES: Readonly<Record<FastifyJwtDecoratorCall["method"], string>> = {
  jwtSign: "@fastify/jwt reply.jwtSign",
  jwtVerify: "@fastify/jwt request.jwtVerify",
  sign: "@fastify/jwt fastify.jwt.sign",
  verify: "@fastify/jwt fastify.jwt.verify",
};

export interface FastifyJwtDecorators {
  /** The file imports or requires fastify, @fastify/jwt, fastify-plugin or fastify-jwt (type-only imports count). */
  readonly importsFastify: boolean;
  /** The file names a `FastifyInstance`, `FastifyReply` or `FastifyRequest` type. */
  readonly namesFastifyType: boolean;
  /** In traversal order. */
  readonly calls: readonly FastifyJwtDecoratorCall[];
}

/** Modules whose import marks a Fastify file. */
const FASTIFY_TRACKER: TrackerConfig = { modules: new Set(["fastify", "@fastify/jwt", "fastify-plugin", "fastify-jwt"]) };

const NONE: FastifyJwtDecorators = Object.freeze({ importsFastify: false, namesFastifyType: false, calls: Object.freeze([]) });

/** `jwtSign`, `jwtVerify`, `jwt.`, `jwt!.`, `jwt?.` (white space allowed before them), `["jwt"]`. */
const DECORATOR_TEXT = /jwt(?:Sign|Verify|\s*[!?]?\.|["'`]\s*\])/u;

/**
 * False when the text spells no decorator call (`reply.jwtSign`, `request.jwtVerify`, `app.jwt.sign`,
 * `app.jwt!.verify`, `app["jwt"].sign`): a cheap gate, once per file (the claims and lifetime rules
 * all ask it). It misses `(app.jwt as Jwt).sign`.
 */
export const mentionsFastifyJwtDecorator = perFile((context): boolean => {
  const text = context.sourceCode.text;
  return text.includes("jwt") && DECORATOR_TEXT.test(text);
});

/** False when the file has no decorator call or does not import a Fastify module (cheap: the text and the module entry points). */
export function mayHaveFastifyJwtImport(context: AnyContext): boolean {
  return mentionsFastifyJwtDecorator(context) && mentionsTrackedModule(context, FASTIFY_TRACKER);
}

/**
 * Every call of the file by a decorator's name, with the file's evidence of Fastify (cached per
 * AST). Calls that the JWT libraries' module index resolves (`this.jwt.sign` on an injected NestJS
 * `JwtService`) are left to that model.
 */
export const findFastifyJwtDecorators = perFile((context): FastifyJwtDecorators => {
  if (!mentionsFastifyJwtDecorator(context)) return NONE;
  const jwtIndex = getModuleIndex(context, JWT_TRACKER);
  const calls: FastifyJwtDecoratorCall[] = [];
  for (const node of indexedNodes(context, ["CallExpression"])) {
    if (node.type !== "CallExpression") continue;
    const callee = unwrap(node.callee);
    if (callee.type !== "MemberExpression") continue;
    const method = memberName(callee);
    if (method !== "jwtSign" && method !== "jwtVerify" && method !== "sign" && method !== "verify") continue;
    if (jwtIndex.resolve(callee) || jwtIndex.resolve(node.callee)) continue;
    if (method === "jwtSign" || method === "jwtVerify") {
      calls.push({ method, viaJwt: false, onFastify: false, call: node });
      continue;
    }
    const owner = unwrap(callee.object);
    if (owner.type !== "MemberExpression" || memberName(owner) !== "jwt" || jwtIndex.resolve(callee.object) || jwtIndex.resolve(owner)) continue;
    const root = unwrap(owner.object);
    calls.push({ method, viaJwt: true, onFastify: root.type === "Identifier" && root.name === "fastify", call: node });
  }
  const text = context.sourceCode.text;
  return {
    importsFastify: mentionsTrackedModule(context, FASTIFY_TRACKER),
    namesFastifyType: /\bFastify(?:Instance|Reply|Request)\b/u.test(text),
    calls,
  };
});
