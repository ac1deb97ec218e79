/**
 * A signing key, session secret or cookie-signing key written in the source is known to everyone
 * who can read the repository or the shipped bundle: they can mint tokens and session cookies the
 * server accepts. This rule reports secrets that reach a modelled sink as literals (also through
 * constants, string building and key wrappers), literal fallbacks of configuration reads, runtime
 * HMAC keys shorter than RFC 7518 §3.2 requires, inline PEM private keys, and complete JWTs
 * written into credential slots (Authorization headers, credential-named variables).
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createRule } from "../src/create-rule.js";
import { mayNameCredential } from "../src/analysis/credential-words.js";
import { codeText, memberName, staticKeyName, unwrap } from "../src/analysis/ast.js";
import { isCredentialName } from "../src/analysis/names.js";
import {
  classifySecret,
  credentialJwt,
  destructuredEnvName,
  envReadChain,
  isInlinePrivateKeyPem,
  isSigningSecretName,
  maySpellOtherSigningKeyName,
  type SecretValue,
} from "../src/analysis/secrets.js";
import { resolveNode, staticString, staticValue, textOf } from "../src/analysis/values.js";
import { algorithmFamily, minimumHmacKeyBytes } from "../src/models/jwt.js";
import { SECRET_VALUE_MODEL, classifySecretUse, findSecretUses, maySecretUses, type SecretUse } from "../src/models/secrets.js";
import { textSearch } from "../src/analysis/text.js";

export type Options = [];
export type MessageIds = "hardcoded" | "fallback" | "privateKey" | "weakSecret" | "jwtLiteral" | "useEnv" | "removeFallback";

type Node = TSESTree.Node;

/** Methods that write a named header, cookie or storage slot: `headers.set("Authorization", value)`. */
const NAMED_SETTERS = new Set(["set", "append", "setHeader", "setRequestHeader", "header", "setItem"]);

/** Expressions that spell a string out in the source. */
const STRING_SHAPES = new Set(["Literal", "TemplateLiteral", "BinaryExpression"]);

/** Short source text for a message. */
function shorten(source: string): string {
  const text = source.replace(/\s+/gu, " ");
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The outermost expression a string fragment is part of: `"a" + "b"`, `[...lines].join("\n")`. */
function concatenationTop(node: Node): Node {
  let current = node;
  for (let i = 0; i < 64; i++) {
    const parent = current.parent;
    if (parent?.type === "BinaryExpression" && parent.operator === "+") {
      current = parent;
      continue;
    }
    const member = parent?.parent;
    const call = member?.parent;
    if (
      parent?.type === "ArrayExpression" &&
      member?.type === "MemberExpression" &&
      member.object === parent &&
      memberName(member) === "join" &&
      call?.type === "CallExpression" &&
      call.callee === member
    ) {
      current = call;
      continue;
    }
    break;
  }
  return current;
}

/** Text pre-checks: a JWT literal (`eyJ…`), a PEM key block, `process.env` / `import.meta.env`. */
const JWT_TEXT = textSearch("eyJ");
const PEM_TEXT = textSearch("KEY-----");
const ENV_TEXT = textSearch("env");

export default createRule<MessageIds, Options>({
  name: "no-hardcoded-auth-secret",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow signing secrets, session secrets, private keys and JWTs written in the source code",
      recommended: "recommended",
      owasp: ["jwt#mac", "secrets#2-general-secrets-management", "secrets#8-detection"],
      cwe: [798, 321, 326],
      asvs: ["v5.0.0-13.3.1", "v5.0.0-11.2.3", "v4.0.3-2.10.4", "v4.0.3-6.4.1"],
      rfc: ["RFC 8725 §3.5", "RFC 7518 §3.2"],
      securitySeverity: 8.6,
    },
    messageReferences: {
      fallback: { owasp: "secrets#2-general-secrets-management", cwe: 798 },
      privateKey: { owasp: "secrets#2-general-secrets-management", cwe: 321 },
      weakSecret: { owasp: "jwt#mac", cwe: 326 },
      jwtLiteral: { owasp: "secrets#8-detection", cwe: 798 },
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      hardcoded:
        "{{api}} receives a secret written in the source code, so anyone with the repository or the bundle can forge its tokens or sessions: load it from a secret manager or an environment variable.",
      fallback:
        "{{env}} falls back to a secret written in the source code, so a missing variable silently uses the published value: remove the fallback and fail at start-up when it is not set.",
      privateKey:
        "A private key is written in the source code, so anyone with the repository or the bundle can sign as this service: load it from a secret manager or a mounted file, and replace the key.",
      weakSecret:
        "{{api}} gets a {{bytes}}-byte random secret; {{bytes}} bytes is shorter than the {{min}} bytes HMAC-{{alg}} needs, which makes the key easier to guess: generate at least {{min}} random bytes.",
      jwtLiteral:
        "A complete JWT is hard-coded as a credential, so anyone who reads the source can use it until it expires or its key changes: obtain the token at run time and revoke this one.",
      useEnv: "Read the secret from process.env.{{env}} instead.",
      removeFallback: "Remove the literal fallback and use {{env}} alone.",
    },
  },
  defaultOptions: [],
  create(context) {
    const text = context.sourceCode.text;
    // The shared per-file credential-word test first: a JWT literal spells `eyJ`, a private key
    // `PRIVATE KEY`, every JWT and session library a credential word (the tests check), and so
    // does every signing-secret name (`isSigningSecretName`) except the `jws` / `jwe` / `sign` /
    // `hmac` keys, looked for only in files that read the environment.
    const mayReadEnv = ENV_TEXT.in(text);
    if (!mayNameCredential(context) && !(mayReadEnv && maySpellOtherSigningKeyName(codeText(context)))) return {};
    // Cheap file-level pre-checks: a JWT literal starts with `eyJ` (the encoded `{"`) and an inline
    // private key spells `PRIVATE KEY-----`; without them in the text those listeners find nothing.
    // Every environment read (`process.env`, `import.meta.env`, `Bun.env`, `Deno.env`, `env` from
    // `$env/…`) spells "env": without it no fallback is possible. Each is searched from its rarest
    // character.
    const mayHoldJwt = JWT_TEXT.in(text);
    const mayHoldPem = PEM_TEXT.in(text);
    const maySink = maySecretUses(context);
    if (!mayHoldJwt && !mayHoldPem && !mayReadEnv && !maySink) return {};

    const reported = new Set<Node>();
    const fallbacks: TSESTree.LogicalExpression[] = [];
    const destructuringDefaults: TSESTree.AssignmentPattern[] = [];
    const pemCandidates: Node[] = [];
    const jwtSlots: Node[] = [];

    function report(
      node: Node,
      messageId: MessageIds,
      data: Record<string, string | number> = {},
      suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [],
    ): void {
      if (reported.has(node)) return;
      reported.add(node);
      context.report({ node, messageId, data, suggest });
    }

    function reportFallback(part: Extract<SecretValue, { kind: "fallback" }>): void {
      const env = shorten(part.source);
      report(part.node, "fallback", { env }, [
        { messageId: "removeFallback", data: { env }, fix: (fixer) => fixer.replaceText(part.whole, textOf(context, part.kept)) },
      ]);
    }

    function checkSinkPart(use: SecretUse, part: SecretValue): void {
      switch (part.kind) {
        case "literal":
          report(part.node, "hardcoded", { api: use.name }, [
            { messageId: "useEnv", data: { env: use.env }, fix: (fixer) => fixer.replaceText(part.node, `process.env.${use.env}`) },
          ]);
          return;
        case "fallback":
          reportFallback(part);
          return;
        case "privateKey":
          report(part.node, "privateKey");
          return;
        case "random": {
          // RFC 7518 §3.2 sizes HMAC keys for JWS; other sinks have no such rule.
          if (use.kind !== "jwt") return;
          const algorithm = use.algorithm ?? "HS256";
          if (algorithmFamily(algorithm) !== "hmac") return;
          const min = minimumHmacKeyBytes(algorithm);
          if (part.bytes >= min) return;
          report(part.node, "weakSecret", { api: use.name, bytes: part.bytes, min, alg: `SHA${min * 8}` });
          return;
        }
      }
    }

    /** `process.env.JWT_SECRET || "dev"` anywhere (the secret usually reaches its sink in another file). */
    function checkEnvFallback(node: TSESTree.LogicalExpression): void {
      for (const part of classifySecret(context, node, SECRET_VALUE_MODEL)) {
        if (part.kind === "fallback" && part.whole === node) reportFallback(part);
      }
    }

    /**
     * Checks every `||` / `??` of a chain (`a || b || c` is `(a || b) || c`) from the innermost
     * out, extending the environment reads on the left one operand at a time: linear in the
     * length of the chain (re-reading the whole left side at every link was quadratic).
     */
    function checkFallbackChain(outer: TSESTree.LogicalExpression): void {
      // Only a chain that reads a signing secret can be reported: skip the scope lookups of
      // `envReadChain` when no operand could be such a read.
      if (!maySignSecret(outer)) return;
      const links: TSESTree.LogicalExpression[] = [];
      for (let current: Node = outer; current.type === "LogicalExpression" && isFallbackOperator(current); current = unwrap(current.left)) links.push(current);
      links.reverse();
      const names = envReadChain(context, links[0].left);
      let signing = names?.some(isSigningSecretName) ?? false;
      if (!names) return;
      for (const link of links) {
        const right = envReadChain(context, link.right);
        if (!right) {
          // The chain of reads ends here: the right operand is what a missing variable falls back to.
          if (signing) checkEnvFallback(link);
          return;
        }
        // Another environment read on the right is no literal fallback: extend the chain.
        signing ||= right.some(isSigningSecretName);
      }
    }

    /** `const { JWT_SECRET = "dev" } = process.env`. */
    function checkDestructuringDefault(pattern: TSESTree.AssignmentPattern): void {
      // The key's name first (no scope lookup): only signing secrets are reported.
      const property = pattern.parent;
      const key = property?.type === "Property" ? staticKeyName(property.key, property.computed) : null;
      if (key === null || !isSigningSecretName(key)) return;
      const name = destructuredEnvName(context, pattern);
      if (name === undefined || !isSigningSecretName(name) || pattern.left.type !== "Identifier") return;
      for (const part of classifySecret(context, pattern.left, SECRET_VALUE_MODEL)) {
        if (part.kind === "fallback" && part.whole === pattern) reportFallback(part);
      }
    }

    function checkPem(node: Node): void {
      const value = staticString(context, node);
      if (value !== undefined && isInlinePrivateKeyPem(value)) report(node, "privateKey");
    }

    /** A complete JWT written into a credential slot (directly or through a constant). */
    function checkJwtSlot(value: Node): void {
      const direct = unwrap(value);
      if (direct.type === "Literal" && !(typeof direct.value === "string" && direct.value.includes("eyJ"))) return;
      if (!STRING_SHAPES.has(direct.type) && direct.type !== "Identifier" && direct.type !== "MemberExpression") return;
      const text = staticValue(context, direct);
      const token = typeof text?.value === "string" ? credentialJwt(text.value) : undefined;
      if (token === undefined) return;
      const holder = tokenHolder(direct, token, 0);
      if (holder) report(holder, "jwtLiteral");
    }

    /** The narrowest expression in the source (following constants) whose text contains the whole token. */
    function tokenHolder(node: Node, token: string, depth: number): Node | undefined {
      if (depth > 8) return undefined;
      const resolved = resolveNode(context, node);
      if (!STRING_SHAPES.has(resolved.type)) return undefined;
      const text = staticValue(context, resolved);
      if (typeof text?.value !== "string" || !text.value.includes(token)) return undefined;
      const parts: Node[] = resolved.type === "TemplateLiteral" ? resolved.expressions : resolved.type === "BinaryExpression" ? [resolved.left, resolved.right] : [];
      for (const part of parts) {
        const inner = tokenHolder(part, token, depth + 1);
        if (inner) return inner;
      }
      return resolved;
    }

    function slot(name: string | null, value: Node | null | undefined): void {
      if (name !== null && value && isCredentialName(name)) jwtSlots.push(value);
    }

    function pemListeners(): TSESLint.RuleListener {
      return {
        Literal(node) {
          if (typeof node.value !== "string" || !node.value.includes("PRIVATE KEY-----") || node.parent?.type === "TSLiteralType") return;
          pemCandidates.push(concatenationTop(node));
        },
        TemplateLiteral(node) {
          if (node.quasis.some((quasi) => quasi.value.raw.includes("PRIVATE KEY-----"))) pemCandidates.push(concatenationTop(node));
        },
      };
    }

    function jwtSlotListeners(): TSESLint.RuleListener {
      return {
        Property(node) {
          if (node.parent?.type === "ObjectExpression" && node.kind === "init") slot(staticKeyName(node.key, node.computed), node.value);
        },
        PropertyDefinition(node) {
          slot(staticKeyName(node.key, node.computed), node.value);
        },
        VariableDeclarator(node) {
          if (node.id.type === "Identifier") slot(node.id.name, node.init);
        },
        AssignmentExpression(node) {
          if (node.operator !== "=") return;
          const left = unwrap(node.left);
          if (left.type === "Identifier") slot(left.name, node.right);
          else if (left.type === "MemberExpression") slot(memberName(left), node.right);
        },
        JSXAttribute(node) {
          if (node.name.type !== "JSXIdentifier" || !node.value) return;
          const value = node.value.type === "JSXExpressionContainer" ? node.value.expression : node.value;
          if (value.type !== "JSXEmptyExpression") slot(node.name.name, value as Node);
        },
        CallExpression(node) {
          const callee = unwrap(node.callee);
          if (callee.type !== "MemberExpression" || node.arguments.length < 2) return;
          const method = memberName(callee);
          const [name, value] = node.arguments;
          if (method === null || !NAMED_SETTERS.has(method) || name.type === "SpreadElement" || value.type === "SpreadElement") return;
          const key = staticString(context, name);
          if (key !== undefined) slot(key, value);
        },
        ArrayExpression(node) {
          // `new Headers([["Authorization", "Bearer eyJ…"]])`
          if (node.elements.length !== 2) return;
          const [name, value] = node.elements;
          if (!name || !value || name.type !== "Literal" || typeof name.value !== "string" || value.type === "SpreadElement") return;
          if (node.parent?.type === "ArrayExpression") slot(name.value, value);
        },
      };
    }

    function envListeners(): TSESLint.RuleListener {
      return {
        LogicalExpression(node) {
          if (node.operator === "||" || node.operator === "??") fallbacks.push(node);
        },
        AssignmentPattern(node) {
          if (node.parent?.type === "Property" && node.parent.parent?.type === "ObjectPattern") destructuringDefaults.push(node);
        },
      };
    }

    return {
      ...(mayHoldPem ? pemListeners() : {}),
      ...(mayHoldJwt ? jwtSlotListeners() : {}),
      ...(mayReadEnv ? envListeners() : {}),
      "Program:exit"() {
        if (maySink) {
          for (const use of findSecretUses(context)) {
            for (const part of classifySecretUse(context, use)) checkSinkPart(use, part);
          }
        }
        // Only the outermost link of each chain: checkFallbackChain visits the links inside.
        const inner = new Set<Node>();
        for (const node of fallbacks) {
          const left = unwrap(node.left);
          if (left.type === "LogicalExpression" && isFallbackOperator(left)) inner.add(left);
        }
        for (const node of fallbacks) if (!inner.has(node)) checkFallbackChain(node);
        for (const pattern of destructuringDefaults) checkDestructuringDefault(pattern);
        for (const node of pemCandidates) checkPem(node);
        for (const value of jwtSlots) checkJwtSlot(value);
      },
    };
  },
});

function isFallbackOperator(node: TSESTree.LogicalExpression): boolean {
  return node.operator === "||" || node.operator === "??";
}

/**
 * A syntactic over-approximation of "some environment read in this `||` / `??` chain names a
 * signing secret": an operand `….NAME` with a signing-secret name, or a `….get(…)` call
 * (`Deno.env.get(name)`, whose name is only known from its argument).
 */
function maySignSecret(node: Node): boolean {
  let current = unwrap(node);
  if (current.type === "LogicalExpression") return isFallbackOperator(current) && (maySignSecret(current.left) || maySignSecret(current.right));
  if (current.type === "ChainExpression") current = unwrap(current.expression);
  if (current.type === "MemberExpression") {
    const name = memberName(current);
    return name !== null && isSigningSecretName(name);
  }
  if (current.type === "CallExpression") {
    const callee = unwrap(current.callee);
    return callee.type === "MemberExpression" && memberName(callee) === "get";
  }
  return false;
}
