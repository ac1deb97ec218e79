import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import { isSecretCompareName, isSessionIdName, isTrivialOperand, secretComparison } from "../../src/analysis/secret-compare.js";
import { walk } from "../../src/analysis/ast.js";
import { analyze } from "../helpers/analyze.js";

describe("isSecretCompareName", () => {
  it.each(["signature", "x-hub-signature-256", "hmac", "expectedMac", "apiKey", "x-api-key", "API_KEY", "token", "resetCode", "resetToken", "passwordResetToken", "inviteToken", "verificationCode", "otp", "passwordHash", "clientSecret", "CRON_SECRET", "sessionSecret"])(
    "%s is a secret",
    (name) => expect(isSecretCompareName(name)).toBe(true),
  );
  it.each([
    "apiKeyId",
    "tokenType",
    "signatureAlgorithm",
    "fileHash",
    "etag",
    "userId",
    "tokenCount",
    "nextPageToken",
    "machine",
    "code",
    "hash",
    "digest",
    "sessionName",
    "macAddress",
    "ALLOW_CREDENTIALS",
    "withCredentials",
    "hasToken",
    "isApiKeyValid",
    // session ids: looked up by value anyway
    "sessionId",
    "sessionID",
    "sid",
    "cookieSessionId",
    // lexer, navigation, sentinel and placeholder tokens
    "firstToken",
    "tokenBefore",
    "closingToken",
    "operatorToken",
    "nav_token",
    "skipToken",
    "DEFAULT_SECRET",
    "mockToken",
    // metadata
    "tokenIssuer",
    "SESSION_TRANSFER_TOKEN_IDENTIFIER",
    "userIdForWhomTokenWasGenerated",
  ])("%s is not", (name) => expect(isSecretCompareName(name)).toBe(false));
});

describe("isSessionIdName", () => {
  it.each(["sessionId", "sid", "SESSION_ID", "sessionToken", "encryptedSessionId", "session_cookie"])("%s names a session id", (name) =>
    expect(isSessionIdName(name)).toBe(true),
  );
  it.each(["session", "sessionSecret", "sessionStore", "userId", "sidebar"])("%s does not", (name) => expect(isSessionIdName(name)).toBe(false));
});

/** The first `===` / `!==` of the snippet, run through `secretComparison`. */
function compare(code: string, filename = "file.ts"): string | undefined {
  return analyze(
    code,
    (context) => {
      let found: TSESTree.BinaryExpression | undefined;
      walk(context.sourceCode, context.sourceCode.ast, (node) => {
        if (!found && node.type === "BinaryExpression" && (node.operator === "===" || node.operator === "!==")) found = node;
      });
      return found ? secretComparison(context, found.left, found.right)?.name : undefined;
    },
    filename,
  );
}

describe("secretComparison", () => {
  it("names the secret side", () => {
    expect(compare(`if (req.headers["x-api-key"] !== process.env.API_KEY) deny();`)).toBe(`req.headers["x-api-key"]`);
    expect(compare(`const given = req.body.token;\nif (given === user.resetToken) ok();`)).toBe('"req.body.token"');
    expect(compare(`import { createHmac } from "node:crypto";\nconst computed = createHmac("sha256", k).update(b).digest("hex");\nif (got === computed) ok();`)).toBe("the HMAC digest");
  });
  it("ignores enum members, sentinels and lexer tokens", () => {
    expect(compare(`if (kind === SyntaxKind.CommaToken) x();`)).toBeUndefined();
    expect(compare(`if (error.code === TokenError.codes.invalidSignature) x();`)).toBeUndefined();
    expect(compare(`if (dependency.token !== REQUEST) x();`)).toBeUndefined();
    expect(compare(`if (token === firstToken) x();`)).toBeUndefined();
  });
  it("ignores two reads of the same object and copies of one value", () => {
    expect(compare(`function f(secrets) {\n  const secret = secrets[1];\n  return secret === secrets[0];\n}`)).toBeUndefined();
    expect(compare(`let prev;\nfunction f(token) {\n  if (token !== prev) prev = token;\n}`)).toBeUndefined();
    expect(compare(`if (a.refresh_token === b.refresh_token) same();`)).toBeUndefined();
  });
  it("keeps request fields against stored ones", () => {
    expect(compare(`if (req.body.token !== invite.token) deny();`)).toBe('"req.body.token"');
    expect(compare(`function f(ctx) {\n  return ctx.request.body.token === ctx.state.user.resetToken;\n}`)).toBe('"ctx.request.body.token"');
  });
});

describe("isTrivialOperand", () => {
  const trivial = (code: string): boolean =>
    analyze(code, (context) => {
      const statement = context.sourceCode.ast.body.at(-1) as TSESTree.ExpressionStatement;
      return isTrivialOperand(context, statement.expression);
    });
  it.each([`"Bearer";`, `";";`, `"urn:ietf:params:oauth:token-type:jwt";`, `null;`, `42;`, `TokenType.ApiKey;`, `UNSERIALIZABLE;`, `x.length;`, `typeof x;`])("%s is trivial", (code) =>
    expect(trivial(code)).toBe(true),
  );
  it.each([`"k3y-2024-prod-91f0a";`, `process.env.API_KEY;`, `API_KEY;`, `user.resetToken;`, `Bun.env.SECRET;`])("%s is not", (code) => expect(trivial(code)).toBe(false));
});
