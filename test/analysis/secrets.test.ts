import { describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";
import {
  KEY_QUALIFIERS,
  maySpellOtherSigningKeyName,
  classifySecret,
  credentialJwt,
  envRead,
  envReadChain,
  isInlinePrivateKeyPem,
  isSigningSecretName,
  type SecretValue,
} from "../../src/analysis/secrets.js";
import type { AnyContext } from "../../src/analysis/ast.js";
import { SECRET_VALUE_MODEL, classifySecretUse, findSecretUses } from "../../src/models/secrets.js";
import { analyze } from "../helpers/analyze.js";
import { mayNameCredential } from "../../src/analysis/credential-words.js";

/** The argument of the last `probe(...)` call in the code. */
function probeArg(context: AnyContext): TSESTree.Node {
  const body = context.sourceCode.ast.body;
  const last = body[body.length - 1] as TSESTree.ExpressionStatement;
  return (last.expression as TSESTree.CallExpression).arguments[0];
}

function describeParts(context: AnyContext, parts: SecretValue[]): string[] {
  return parts.map((part) => {
    const text = context.sourceCode.getText(part.node);
    switch (part.kind) {
      case "fallback":
        return `fallback ${text} of ${part.source} -> ${context.sourceCode.getText(part.kept)}`;
      case "random":
        return `random ${part.bytes}`;
      default:
        return `${part.kind} ${text}`;
    }
  });
}

function classify(code: string): string[] {
  return analyze(code, (context) => describeParts(context, classifySecret(context, probeArg(context), SECRET_VALUE_MODEL)));
}

const PRIVATE_PEM = `-----BEGIN PRIVATE KEY-----\\n${"MIIEvQIBADANBgkqhkiG9w0BAQEFAASC".repeat(3)}\\n-----END PRIVATE KEY-----\\n`;
const PUBLIC_PEM = `-----BEGIN PUBLIC KEY-----\\n${"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A".repeat(3)}\\n-----END PUBLIC KEY-----\\n`;

describe("classifySecret", () => {
  it("finds literals directly, through constants, object paths, templates and concatenation", () => {
    expect(classify(`probe("s3cr3t");`)).toEqual(['literal "s3cr3t"']);
    expect(classify(`const S = "s3cr3t";\nprobe(S);`)).toEqual(['literal "s3cr3t"']);
    expect(classify(`const config = { jwt: { secret: "abc" } };\nprobe(config.jwt.secret);`)).toEqual(['literal "abc"']);
    expect(classify("probe(`abc`);")).toEqual(["literal `abc`"]);
    expect(classify(`probe("ab" + "cd");`)).toEqual(['literal "ab" + "cd"']);
    expect(classify(`probe("abc" as string);`)).toEqual(['literal "abc"']);
    expect(classify(`probe(String(process.env.S || "dev"));`)).toEqual(['fallback "dev" of process.env.S -> process.env.S']);
    expect(classify("probe(`${process.env.S ?? 'dev'}`);")).toEqual(["fallback 'dev' of process.env.S -> process.env.S"]);
  });

  it("skips empty strings, public keys and unknown values", () => {
    expect(classify(`probe("");`)).toEqual([]);
    expect(classify(`probe("${PUBLIC_PEM}");`)).toEqual([]);
    expect(classify(`probe(process.env.JWT_SECRET);`)).toEqual([]);
    expect(classify(`probe(process.env.JWT_SECRET!);`)).toEqual([]);
    expect(classify(`probe(config.get("jwt.secret"));`)).toEqual([]);
    expect(classify(`import { secret } from "./config";\nprobe(secret);`)).toEqual([]);
    expect(classify(`probe("a" + suffix);`)).toEqual([]);
    expect(classify(`probe(new Uint8Array(32));`)).toEqual([]);
  });

  it("sees through key wrappers", () => {
    expect(classify(`probe(Buffer.from("abc", "utf8"));`)).toEqual(['literal "abc"']);
    expect(classify(`probe(Buffer.from([1, 2, 3]));`)).toEqual(["literal [1, 2, 3]"]);
    expect(classify(`probe(new TextEncoder().encode("abc"));`)).toEqual(['literal "abc"']);
    expect(classify(`const enc = new TextEncoder();\nprobe(enc.encode("abc"));`)).toEqual(['literal "abc"']);
    expect(classify(`import crypto from "node:crypto";\nprobe(crypto.createSecretKey("abc", "utf8"));`)).toEqual(['literal "abc"']);
    expect(classify(`import { createSecretKey } from "crypto";\nprobe(createSecretKey(Buffer.from("abc")));`)).toEqual(['literal "abc"']);
    expect(classify(`import * as jose from "jose";\nprobe(await jose.importJWK({ kty: "oct", k: "c2VjcmV0" }, "HS256"));`)).toEqual(['literal "c2VjcmV0"']);
    expect(classify(`import { base64url } from "jose";\nprobe(base64url.decode("c2VjcmV0"));`)).toEqual(['literal "c2VjcmV0"']);
    // a local helper with the same name is not a wrapper
    expect(classify(`function createSecretKey(x) { return load(x); }\nprobe(createSecretKey("abc"));`)).toEqual([]);
    const shadowed = `function f(Buffer) {\n  probe(Buffer.from("abc"));\n}\nprobe(1);`;
    expect(analyze(shadowed, (context) => {
      const fn = context.sourceCode.ast.body[0] as TSESTree.FunctionDeclaration;
      const call = ((fn.body.body[0] as TSESTree.ExpressionStatement).expression as TSESTree.CallExpression).arguments[0];
      return classifySecret(context, call, SECRET_VALUE_MODEL).length;
    })).toBe(0);
  });

  it("reports fallbacks of configuration reads with the part to keep", () => {
    expect(classify(`probe(process.env.JWT_SECRET || "dev");`)).toEqual(['fallback "dev" of process.env.JWT_SECRET -> process.env.JWT_SECRET']);
    expect(classify(`probe(process.env.A ?? process.env.B ?? "dev");`)).toEqual([
      'fallback "dev" of process.env.A ?? process.env.B -> process.env.A ?? process.env.B',
    ]);
    expect(classify(`const { JWT_SECRET = "dev" } = process.env;\nprobe(JWT_SECRET);`)).toEqual(['fallback "dev" of process.env.JWT_SECRET -> JWT_SECRET']);
    expect(classify(`const { JWT_SECRET: secret = "dev" } = process.env;\nprobe(secret);`)).toEqual(['fallback "dev" of process.env.JWT_SECRET -> secret']);
    expect(classify(`const { secret = "dev" } = options;\nprobe(secret);`)).toEqual([]);
    expect(classify(`probe(process.env.JWT_SECRET || "");`)).toEqual([]);
  });

  it("classifies conditionals, arrays and key objects", () => {
    expect(classify(`probe(isProd ? process.env.S : "dev");`)).toEqual(['literal "dev"']);
    expect(classify(`probe(["new", process.env.OLD, "old"]);`)).toEqual(['literal "new"', 'literal "old"']);
    expect(classify(`probe({ 1: "first-password-that-is-long-enough" });`)).toEqual(['literal "first-password-that-is-long-enough"']);
    expect(classify(`probe({ private: "${PRIVATE_PEM}", public: "${PUBLIC_PEM}" });`)).toEqual([`privateKey "${PRIVATE_PEM}"`]);
    expect(classify(`probe({ key: k, passphrase: "hunter2", format: "pem" });`)).toEqual(['literal "hunter2"']);
    expect(classify(`probe({ kty: "RSA", n: "abc", e: "AQAB" });`)).toEqual([]);
    expect(classify(`probe({ kty: "EC", crv: "P-256", x: "a", y: "b", d: "private-part" });`)).toEqual(['privateKey "private-part"']);
  });

  it("sizes keys generated at run time", () => {
    expect(classify(`import crypto from "node:crypto";\nprobe(crypto.randomBytes(16));`)).toEqual(["random 16"]);
    expect(classify(`import { randomBytes } from "crypto";\nprobe(randomBytes(64).toString("hex"));`)).toEqual(["random 64"]);
    expect(classify(`const crypto = require("crypto");\nprobe(crypto.generateKeySync("hmac", { length: 128 }));`)).toEqual(["random 16"]);
    expect(classify(`probe(crypto.getRandomValues(new Uint8Array(24)));`)).toEqual(["random 24"]);
    expect(classify(`probe(crypto.randomUUID());`)).toEqual(["random 16"]);
    expect(classify(`import crypto from "node:crypto";\nprobe(crypto.randomBytes(size));`)).toEqual([]);
  });
});

describe("environment reads", () => {
  function read(code: string) {
    return analyze(code, (context) => envRead(context, probeArg(context))?.name);
  }

  it("recognizes every runtime's environment", () => {
    expect(read(`probe(process.env.JWT_SECRET);`)).toBe("JWT_SECRET");
    expect(read(`probe(process.env["JWT_SECRET"]);`)).toBe("JWT_SECRET");
    expect(read(`probe(import.meta.env.VITE_SECRET);`)).toBe("VITE_SECRET");
    expect(read(`probe(Bun.env.SECRET);`)).toBe("SECRET");
    expect(read(`probe(Deno.env.get("SECRET"));`)).toBe("SECRET");
    expect(read(`const env = process.env;\nprobe(env.SECRET);`)).toBe("SECRET");
    expect(read(`import { env } from "$env/dynamic/private";\nprobe(env.SECRET);`)).toBe("SECRET");
    expect(read(`import process from "node:process";\nprobe(process.env.SECRET);`)).toBe("SECRET");
  });

  it("ignores look-alikes", () => {
    expect(read(`const process = { env: {} };\nprobe(process.env.SECRET);`)).toBeUndefined();
    expect(read(`probe(config.env.SECRET);`)).toBeUndefined();
    expect(read(`probe(process.env[name]);`)).toBeUndefined();
    expect(analyze(`probe(process.env.A || "x");`, (context) => envReadChain(context, probeArg(context)))).toBeUndefined();
    expect(analyze(`probe(process.env.A || process.env.B);`, (context) => envReadChain(context, probeArg(context)))).toEqual(["A", "B"]);
  });
});

describe("names and texts", () => {
  it("tells signing-secret names from other configuration", () => {
    for (const name of ["JWT_SECRET", "NEXTAUTH_SECRET", "SECRET_KEY_BASE", "JWT_PRIVATE_KEY", "SESSION_KEY", "SESSION_PASSWORD", "cookieSecret", "CLIENT_SECRET"]) {
      expect(isSigningSecretName(name), name).toBe(true);
    }
    for (const name of ["JWT_PUBLIC_KEY", "JWT_SECRET_PATH", "API_KEY", "DB_PASSWORD", "JWT_ALGORITHM", "JWT_EXPIRES_IN", "SESSION_SECRET_FILE", "PORT"]) {
      expect(isSigningSecretName(name), name).toBe(false);
    }
  });

  it("accepts only complete PEM private keys", () => {
    expect(isInlinePrivateKeyPem(PRIVATE_PEM.replace(/\\n/gu, "\n"))).toBe(true);
    expect(isInlinePrivateKeyPem("-----BEGIN PRIVATE KEY-----")).toBe(false);
    expect(isInlinePrivateKeyPem("-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----")).toBe(false);
    expect(isInlinePrivateKeyPem(PUBLIC_PEM.replace(/\\n/gu, "\n"))).toBe(false);
  });

  it("finds a complete JWT in a credential value", () => {
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    expect(credentialJwt(jwt)).toBe(jwt);
    expect(credentialJwt(`Bearer ${jwt}`)).toBe(jwt);
    expect(credentialJwt(`JWT ${jwt}`)).toBe(jwt);
    expect(credentialJwt("Bearer ")).toBeUndefined();
    expect(credentialJwt("eyJhbGciOiJIUzI1NiJ9")).toBeUndefined();
  });
});

describe("findSecretUses", () => {
  function sinks(code: string): string[] {
    return analyze(code, (context) =>
      findSecretUses(context).flatMap((use) =>
        classifySecretUse(context, use).map((part) => `${use.name} ${use.kind} ${use.env}${use.algorithm ? ` ${use.algorithm}` : ""}: ${describeParts(context, [part])[0]}`),
      ),
    );
  }

  it("fills the algorithm next to the key", () => {
    expect(sinks(`import jwt from "jsonwebtoken";\njwt.sign(p, "k", { algorithm: "HS512" });`)).toEqual(['jsonwebtoken.sign jwt JWT_SECRET HS512: literal "k"']);
    expect(sinks(`import jwt from "jsonwebtoken";\njwt.verify(t, "k", { algorithms: ["HS512", "HS256"] });`)).toEqual(['jsonwebtoken.verify jwt JWT_SECRET HS256: literal "k"']);
    expect(sinks(`import { SignJWT } from "jose";\nawait new SignJWT(p).setProtectedHeader({ alg: "HS384" }).setIssuedAt().sign(new TextEncoder().encode("k"));`)).toEqual([
      'jose.SignJWT#sign jwt JWT_SECRET HS384: literal "k"',
    ]);
  });

  it("covers session, cookie and auth-framework secrets", () => {
    expect(sinks(`import session from "express-session";\napp.use(session({ secret: ["a", "b"] }));`)).toEqual([
      'express-session session SESSION_SECRET: literal "a"',
      'express-session session SESSION_SECRET: literal "b"',
    ]);
    expect(sinks(`const cookieParser = require("cookie-parser");\napp.use(cookieParser("c"));`)).toEqual(['cookie-parser cookie COOKIE_SECRET: literal "c"']);
    expect(sinks(`import { getIronSession } from "iron-session";\nawait getIronSession(cookies(), { password: { 2: "p2" }, cookieName: "s" });`)).toEqual([
      'iron-session getIronSession session SESSION_PASSWORD: literal "p2"',
    ]);
    expect(sinks(`import { betterAuth } from "better-auth";\nexport const auth = betterAuth({ secret: "b" });`)).toEqual(['better-auth auth-framework BETTER_AUTH_SECRET: literal "b"']);
  });

  it("does not treat public-key options as secrets", () => {
    expect(sinks(`import { JwtService } from "@nestjs/jwt";\nclass A { constructor(private jwt: JwtService) {}\n  check(t) { return this.jwt.verify(t, { publicKey: "not-a-pem" }); } }`)).toEqual([]);
  });
});

describe("maySpellOtherSigningKeyName", () => {
  it("with the credential-word test, lets through every signing-key name isSigningSecretName knows, in every spelling", () => {
    for (const qualifier of KEY_QUALIFIERS) {
      for (const name of [`${qualifier.toUpperCase()}_KEY`, `${qualifier}Key`, `${qualifier}-key`]) {
        expect(isSigningSecretName(name), name).toBe(true);
        const code = `const k = process.env.${name.replace("-", "_")} || "x";`;
        const passes = analyze(code, (context) => mayNameCredential(context)) || maySpellOtherSigningKeyName(`${code} ${name}`);
        expect(passes, name).toBe(true);
      }
    }
  });

  it("rules out key names of other things", () => {
    expect(maySpellOtherSigningKeyName("const k = process.env.THEME_KEY || 'x';")).toBe(false);
  });
});
