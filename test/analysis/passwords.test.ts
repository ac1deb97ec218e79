import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import { walk } from "../../src/analysis/ast.js";
import { PASSWORD_WORDS, isPasswordName, mayNamePassword, mentionsPassword, passwordIn, resultName } from "../../src/analysis/passwords.js";
import { analyze } from "../helpers/analyze.js";
import { PASSWORD_HASH_APIS, mayCallWorkFactorApi } from "../../src/models/passwords.js";

describe("isPasswordName", () => {
  it.each(["password", "newPassword", "plain_password", "PASSWORD", "pwd", "userPwd", "passphrase", "confirmPassword", "pass", "user_pass", "passwd", "oldPassword", "pw"])(
    "%s names a password",
    (name) => expect(isPasswordName(name)).toBe(true),
  );
  it.each([
    "passwordHash",
    "hashedPassword",
    "passwordResetToken",
    "resetPasswordToken",
    "passwordChangedAt",
    "hasPassword",
    "passwordResetRequired",
    "passwordPolicy",
    "passwordLength",
    "showPassword",
    "passwordField",
    "bypass",
    "passThrough",
    "compass",
    "passenger",
    "forgotPasswordUrl",
    "passwordSalt",
    "",
  ])("%s does not name a plaintext password", (name) => expect(isPasswordName(name)).toBe(false));
});

describe("mentionsPassword", () => {
  it("accepts names of stored password hashes", () => {
    expect(mentionsPassword("passwordHash")).toBe(true);
    expect(mentionsPassword("hashed_pwd")).toBe(true);
    expect(mentionsPassword("etag")).toBe(false);
    expect(mentionsPassword("bypass")).toBe(false);
  });
});

describe("passwordIn", () => {
  const carried = (code: string): string | undefined =>
    analyze(code, (context) => {
      const statement = context.sourceCode.ast.body.at(-1) as TSESTree.ExpressionStatement;
      return passwordIn(context, statement.expression)?.name;
    });
  it("follows names, constants, string building and carriers", () => {
    expect(carried(`password;`)).toBe("password");
    expect(carried(`req.body.newPassword;`)).toBe("req.body.newPassword");
    expect(carried(`const input = form.pwd;\ninput;`)).toBe("form.pwd");
    expect(carried(`\`\${salt}:\${plainPassword}\`;`)).toBe("plainPassword");
    expect(carried(`Buffer.from(password.normalize("NFKC"), "utf8");`)).toBe("password");
    expect(carried(`new TextEncoder().encode(password);`)).toBe("password");
  });
  it("takes the first parameter of a password-hashing function", () => {
    expect(analyze(`function hashPassword(plain, salt) {\n  plain;\n}`, (context) => {
      const fn = context.sourceCode.ast.body[0] as TSESTree.FunctionDeclaration;
      const statement = fn.body.body[0] as TSESTree.ExpressionStatement;
      return passwordIn(context, statement.expression)?.name;
    })).toBe("plain");
  });
  it("ignores tokens, hashes and file contents", () => {
    expect(carried(`passwordResetToken;`)).toBeUndefined();
    expect(carried(`user.passwordHash;`)).toBeUndefined();
    expect(carried(`fileContents;`)).toBeUndefined();
    expect(carried(`hash(password);`)).toBeUndefined();
  });
});

describe("resultName", () => {
  const stored = (code: string): string | undefined =>
    analyze(code, (context) => {
      let call: TSESTree.CallExpression | undefined;
      walk(context.sourceCode, context.sourceCode.ast, (node) => {
        if (!call && node.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === "h") call = node;
      });
      return call ? resultName(call) : undefined;
    });
  it("names the binding a hash is stored under", () => {
    expect(stored(`const passwordHash = (await h(p)).toString("hex");`)).toBe("passwordHash");
    expect(stored(`user.password = h(p) as string;`)).toBe("password");
    expect(stored(`save({ hashedPwd: h(p) });`)).toBe("hashedPwd");
    expect(stored(`log(h(p));`)).toBeUndefined();
  });
});

describe("mayNamePassword", () => {
  it("is true for every password word, in every casing, and for the names built from them", () => {
    for (const word of PASSWORD_WORDS) {
      for (const text of [word, word.toUpperCase(), `user${word[0].toUpperCase()}${word.slice(1)}`]) expect(mayNamePassword(text), text).toBe(true);
    }
    expect(mayNamePassword("const total = items.length;")).toBe(false);
  });
});

describe("mayCallWorkFactorApi", () => {
  it("is true for every file that calls a work-factor API of the model", () => {
    for (const api of PASSWORD_HASH_APIS) {
      if (api.kind === "digest" || api.kind === "streaming-digest") continue;
      const call = api.path.length > 0 ? `m.${api.path.join(".")}(input)` : "m(input)";
      const code = `import * as m from "${api.module}"; ${call};`;
      expect(mayCallWorkFactorApi(code), code).toBe(true);
    }
    expect(mayCallWorkFactorApi('import { createHash } from "node:crypto"; createHash("sha256");')).toBe(false);
  });
});
