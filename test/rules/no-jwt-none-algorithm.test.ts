import rule from "../../rules/no-jwt-none-algorithm.js";
import { createRuleTester, invalid, invalidAcrossImports, valid, validAcrossImports } from "../helpers/rule-tester.js";

const ruleTester = createRuleTester();
// @typescript-eslint/rule-tester ships its own copy of @typescript-eslint/utils; the types differ only by that copy.
type TesterRule = Parameters<typeof ruleTester.run>[1];

const signNone = { messageId: "signNone", suggestions: [] };
const acceptNone = { messageId: "acceptNone", suggestions: [] };
const falsyKey = { messageId: "falsyKey", suggestions: [] };
const unsecuredApi = { messageId: "unsecuredApi", suggestions: [] };

ruleTester.run("no-jwt-none-algorithm", rule as unknown as TesterRule, {
  valid: [
    // jsonwebtoken with real algorithms
    ...validAcrossImports({ module: "jsonwebtoken", member: "sign", code: `$FN(payload, key, { algorithm: "HS256" });` }),
    ...validAcrossImports({ module: "jsonwebtoken", member: "verify", code: `$FN(token, key, { algorithms: ["RS256"] });` }),
    valid(`import jwt from "jsonwebtoken";\njwt.sign(payload, key, { algorithm: process.env.JWT_ALG });`),
    valid(`import jwt from "jsonwebtoken";\njwt.verify(token, key, { algorithms: getAlgs() });`),
    valid(`import jwt from "jsonwebtoken";\njwt.verify(token, key, { algorithms: [...extra, "HS256"] });`),
    valid(`import jwt from "jsonwebtoken";\nconst opts = loadOptions();\njwt.verify(token, key, opts);`),
    valid(`import jwt from "jsonwebtoken";\njwt.sign(payload, key, { ...defaults, expiresIn: "1h" });`),
    valid(`import jwt from "jsonwebtoken";\njwt.sign(payload, key, { algorithm: "nonce" });`),
    valid(`import jwt from "jsonwebtoken";\njwt.sign({ alg: "none" }, key);`),
    // falsy key but with an explicit list, or a key that is not known to be falsy
    valid(`import jwt from "jsonwebtoken";\njwt.verify(token, null, { algorithms: ["RS256"] });`),
    valid(`import jwt from "jsonwebtoken";\njwt.verify(token, process.env.JWT_SECRET);`),
    valid(`import jwt from "jsonwebtoken";\njwt.verify(token, getKey, (err, decoded) => done(err, decoded));`),
    valid(`import jwt from "jsonwebtoken";\nconst secret = "s3cr3t-from-config";\njwt.verify(token, secret);`),
    valid(`import jwt from "jsonwebtoken";\njwt.verify(token, "", { algorithms: unknownAlgs });`),
    // jwt-simple without noVerify
    valid(`import jwt from "jwt-simple";\njwt.decode(token, key);`),
    valid(`import jwt from "jwt-simple";\njwt.decode(token, key, false);`),
    valid(`import jwt from "jwt-simple";\njwt.decode(token, key, false, "HS256");`),
    valid(`import jwt from "jwt-simple";\njwt.decode(token, key, 0, "HS512");`),
    valid(`import jwt from "jwt-simple";\njwt.decode(token, key, skipChecks);`),
    valid(`import jwt from "jwt-simple";\njwt.encode(payload, key, "HS512");`),
    // look-alikes that are not JWT libraries
    valid(`const signer = { sign(payload, key, options) { return payload; } };\nsigner.sign(payload, key, { algorithm: "none" });`),
    valid(`function verify(token, key, options) { return true; }\nverify(token, null);`),
    valid(`import crypto from "node:crypto";\nconst s = crypto.createSign("none");\ns.update(data);`),
    valid(`import { sign } from "./jwt-helpers";\nsign(payload, key, { algorithm: "none" });`),
    valid(`import { UnsecuredJWT } from "./tokens";\nnew UnsecuredJWT(payload).encode();`),
    valid(`const cache = new Map();\ncache.set("algorithm", "none");`),
    valid(`function f(require) {\n  require("jsonwebtoken").verify(token, null, { algorithms: ["none"] });\n}`),
    valid(`import simple from "other-jwt";\nsimple.decode(token, key, true);`),
    // jwt-simple refuses unsigned tokens whatever the key: a falsy key is another rule's business
    valid(`import jwt from "jwt-simple";\njwt.decode(token, null);`),
    // no key argument at all is not a proven falsy value
    valid(`import jwt from "jsonwebtoken";\njwt.verify(token, ...args);`),
    // jose with a real algorithm
    valid(`import { SignJWT } from "jose";\nconst token = await new SignJWT(payload).setProtectedHeader({ alg: "ES256" }).sign(privateKey);`),
    valid(`import * as jose from "jose";\nawait jose.jwtVerify(token, key, { algorithms: ["ES256"] });`),
    valid(`import { SignJWT } from "jose";\nawait new SignJWT(payload).setProtectedHeader({ alg: header.alg }).sign(key);`),
    // other libraries with real algorithms
    valid(`import { createSigner, createVerifier } from "fast-jwt";\ncreateSigner({ key, algorithm: "ES256" });\ncreateVerifier({ key, algorithms: ["ES256"] });`),
    valid(`import { sign, verify, jwt } from "hono/jwt";\nawait sign(payload, key, "HS256");\nawait verify(token, key, "HS256");\napp.use(jwt({ secret, alg: "HS256" }));`),
    valid(`import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, { secret, sign: { algorithm: "HS256" }, verify: { algorithms: ["HS256"] } });`),
    valid(`import { expressjwt } from "express-jwt";\napp.use(expressjwt({ secret, algorithms: ["HS256"] }));`),
    valid(
      `import jwt from "jsonwebtoken";\nexport function Badge({ token }: { token: string }) {\n  const claims = jwt.verify(token, key, { algorithms: ["RS256"] });\n  return <span>{String(claims)}</span>;\n}`,
      { filename: "component.tsx" },
    ),
  ],
  invalid: [
    // --- jsonwebtoken sign / verify in every import style
    ...invalidAcrossImports({
      module: "jsonwebtoken",
      member: "sign",
      code: `$FN(payload, key, { algorithm: ⟦"none"⟧ });`,
      errors: [signNone],
    }),
    ...invalidAcrossImports({
      module: "jsonwebtoken",
      member: "verify",
      code: `$FN(token, key, { algorithms: ["HS256", ⟦"none"⟧] });`,
      errors: [
        {
          messageId: "acceptNone",
          suggestions: [{ messageId: "removeNone", output: `$FN(token, key, { algorithms: ["HS256"] });` }],
        },
      ],
    }),
    ...invalidAcrossImports({
      module: "jsonwebtoken",
      member: "verify",
      code: `$FN(token, ⟦null⟧);`,
      errors: [falsyKey],
    }),
    // none alone: no suggestion (an empty list would break verification)
    invalid(`import jwt from "jsonwebtoken";\njwt.verify(token, key, { algorithms: [⟦"none"⟧] });`, [acceptNone]),
    // casings and whitespace
    invalid(`import jwt from "jsonwebtoken";\njwt.sign(payload, key, { algorithm: ⟦"None"⟧ });`, [signNone]),
    invalid(`import jwt from "jsonwebtoken";\njwt.sign(payload, key, { algorithm: ⟦\`NONE\`⟧ });`, [signNone]),
    invalid(
      `import jwt from "jsonwebtoken";\njwt.verify(token, key, { algorithms: [⟦" NONE "⟧, "RS256"] });`,
      [{ messageId: "acceptNone", suggestions: [{ messageId: "removeNone", output: `import jwt from "jsonwebtoken";\njwt.verify(token, key, { algorithms: ["RS256"] });` }] }],
    ),
    // comma handling: middle element, trailing comma, multi-line
    invalid(
      `import jwt from "jsonwebtoken";\njwt.verify(token, key, {\n  algorithms: [\n    "RS256",\n    ⟦"none"⟧,\n    "ES256",\n  ],\n});`,
      [
        {
          messageId: "acceptNone",
          suggestions: [
            {
              messageId: "removeNone",
              output: `import jwt from "jsonwebtoken";\njwt.verify(token, key, {\n  algorithms: [\n    "RS256",\n    "ES256",\n  ],\n});`,
            },
          ],
        },
      ],
    ),
    invalid(
      `import jwt from "jsonwebtoken";\njwt.verify(token, key, { algorithms: ["RS256", ⟦"none"⟧,] });`,
      [{ messageId: "acceptNone", suggestions: [{ messageId: "removeNone", output: `import jwt from "jsonwebtoken";\njwt.verify(token, key, { algorithms: ["RS256",] });` }] }],
    ),
    // falsy keys of every kind, also through a constant and TypeScript wrappers
    invalid(`import jwt from "jsonwebtoken";\njwt.verify(token, ⟦""⟧);`, [falsyKey]),
    invalid(`import jwt from "jsonwebtoken";\njwt.verify(token, ⟦undefined⟧, { complete: true });`, [falsyKey]),
    invalid(`import jwt from "jsonwebtoken";\njwt.verify(token, ⟦false⟧, (err, decoded) => done(err, decoded));`, [falsyKey]),
    invalid(`import jwt from "jsonwebtoken";\njwt.verify(token, ⟦0⟧);`, [falsyKey]),
    invalid(`import jwt from "jsonwebtoken";\nconst NO_KEY = null;\njwt.verify(token, ⟦NO_KEY⟧);`, [falsyKey]),
    invalid(`import jwt from "jsonwebtoken";\njwt.verify(token, ⟦null⟧ as unknown as string);`, [falsyKey]),
    // options in a variable, spreads, Object.assign, constants
    invalid(`import jwt from "jsonwebtoken";\nconst options = { expiresIn: "1h", algorithm: ⟦"none"⟧ };\njwt.sign(payload, key, options);`, [signNone]),
    invalid(
      `import jwt from "jsonwebtoken";\nconst base = { algorithms: [⟦"none"⟧, "HS256"] };\njwt.verify(token, key, { ...base, complete: true });`,
      [
        {
          messageId: "acceptNone",
          suggestions: [
            { messageId: "removeNone", output: `import jwt from "jsonwebtoken";\nconst base = { algorithms: ["HS256"] };\njwt.verify(token, key, { ...base, complete: true });` },
          ],
        },
      ],
    ),
    invalid(`import jwt from "jsonwebtoken";\njwt.sign(payload, key, Object.assign({}, defaults, { algorithm: ⟦"none"⟧ }));`, [signNone]),
    invalid(`import jwt from "jsonwebtoken";\nconst ALG = "none";\njwt.sign(payload, key, { algorithm: ⟦ALG⟧ });`, [signNone]),
    invalid(
      `import jwt from "jsonwebtoken";\nconst NONE = "none";\nconst ALLOWED = ["RS256", ⟦NONE⟧];\njwt.verify(token, key, { algorithms: ALLOWED });`,
      [
        {
          messageId: "acceptNone",
          suggestions: [
            { messageId: "removeNone", output: `import jwt from "jsonwebtoken";\nconst NONE = "none";\nconst ALLOWED = ["RS256"];\njwt.verify(token, key, { algorithms: ALLOWED });` },
          ],
        },
      ],
    ),
    // one options object used twice is reported once
    invalid(
      `import jwt from "jsonwebtoken";\nconst opts = { algorithm: ⟦"none"⟧ };\njwt.sign(a, key, opts);\njwt.sign(b, key, opts);`,
      [signNone],
    ),
    // TypeScript syntax
    invalid(
      `import jwt, { type Algorithm } from "jsonwebtoken";\njwt.sign(payload, key!, { algorithm: ⟦"none"⟧ as Algorithm } satisfies jwt.SignOptions);`,
      [signNone],
    ),
    invalid(
      `import * as jwt from "jsonwebtoken";\nconst opts = { algorithms: ["RS256", ⟦"none"⟧ as const] } as jwt.VerifyOptions;\njwt.verify<string>(token, key, opts!);`,
      [
        {
          messageId: "acceptNone",
          suggestions: [
            { messageId: "removeNone", output: `import * as jwt from "jsonwebtoken";\nconst opts = { algorithms: ["RS256"] } as jwt.VerifyOptions;\njwt.verify<string>(token, key, opts!);` },
          ],
        },
      ],
    ),
    invalid(
      `import jwt from "jsonwebtoken";\nexport function Badge({ token }: { token: string }) {\n  const claims = jwt.verify(token, key, { algorithms: [⟦"none"⟧] });\n  return <span>{String(claims)}</span>;\n}`,
      [acceptNone],
      { filename: "component.tsx" },
    ),

    // --- jose
    ...invalidAcrossImports({
      module: "jose",
      member: "UnsecuredJWT",
      code: `const token = new ⟦$FN⟧({ sub: "admin" }).setIssuedAt().encode();`,
      errors: [unsecuredApi],
    }),
    ...invalidAcrossImports({
      module: "jose",
      member: "UnsecuredJWT",
      code: `const { payload } = ⟦$FN.decode⟧(token);`,
      errors: [unsecuredApi],
    }),
    invalid(
      `import { SignJWT } from "jose";\nconst token = await new SignJWT(payload).setProtectedHeader({ alg: ⟦"none"⟧ }).setExpirationTime("2h").sign(key);`,
      [signNone],
    ),
    invalid(`import * as jose from "jose";\nconst header = { alg: ⟦"none"⟧, typ: "JWT" };\nawait new jose.CompactSign(bytes).setProtectedHeader(header).sign(key);`, [signNone]),
    invalid(
      `import { jwtVerify } from "jose";\nawait jwtVerify(token, key, { algorithms: ["ES256", ⟦"none"⟧] });`,
      [{ messageId: "acceptNone", suggestions: [{ messageId: "removeNone", output: `import { jwtVerify } from "jose";\nawait jwtVerify(token, key, { algorithms: ["ES256"] });` }] }],
    ),

    // --- jwt-simple
    ...invalidAcrossImports({
      module: "jwt-simple",
      member: "decode",
      code: `$FN(token, key, ⟦true⟧);`,
      errors: [{ messageId: "noVerify", suggestions: [{ messageId: "removeNoVerify", output: `$FN(token, key);` }] }],
    }),
    invalid(`import jwt from "jwt-simple";\njwt.decode(token, key, ⟦'HS256'⟧);`, [
      {
        messageId: "noVerify",
        data: { name: "jwt-simple.decode", position: "third", value: "'HS256'", algorithmPosition: "fourth" },
        suggestions: [
          { messageId: "removeNoVerify", output: `import jwt from "jwt-simple";\njwt.decode(token, key);` },
          { messageId: "useAsAlgorithm", output: `import jwt from "jwt-simple";\njwt.decode(token, key, false, 'HS256');` },
        ],
      },
    ]),
    invalid(`import jwt from "jwt-simple";\njwt.decode(token, key, ⟦1⟧);`, [
      { messageId: "noVerify", suggestions: [{ messageId: "removeNoVerify", output: `import jwt from "jwt-simple";\njwt.decode(token, key);` }] },
    ]),
    invalid(`import jwt from "jwt-simple";\nconst SKIP = "yes";\njwt.decode(token, key, ⟦SKIP⟧);`, [
      { messageId: "noVerify", suggestions: [{ messageId: "removeNoVerify", output: `import jwt from "jwt-simple";\nconst SKIP = "yes";\njwt.decode(token, key);` }] },
    ]),
    // not the last argument: no suggestion
    invalid(`import jwt from "jwt-simple";\njwt.decode(token, key, ⟦true⟧, "HS256");`, [{ messageId: "noVerify", suggestions: [] }]),
    invalid(`import jwt from "jwt-simple";\njwt.encode(payload, key, ⟦"none"⟧);`, [signNone]),
    invalid(`import jwt from "jwt-simple";\njwt.decode(token, key, false, ⟦"none"⟧);`, [acceptNone]),

    // --- fast-jwt
    invalid(
      `import { createSigner, createVerifier } from "fast-jwt";\nconst signer = createSigner({ algorithm: ⟦"none"⟧ });\nconst verifier = createVerifier({ key, algorithms: [⟦"none"⟧] });`,
      [signNone, acceptNone],
    ),

    // --- @nestjs/jwt
    invalid(
      `import { JwtModule } from "@nestjs/jwt";\nJwtModule.register({ secret, signOptions: { algorithm: ⟦"none"⟧ }, verifyOptions: { algorithms: [⟦"none"⟧, "HS256"] } });`,
      [
        signNone,
        {
          messageId: "acceptNone",
          suggestions: [
            {
              messageId: "removeNone",
              output: `import { JwtModule } from "@nestjs/jwt";\nJwtModule.register({ secret, signOptions: { algorithm: "none" }, verifyOptions: { algorithms: ["HS256"] } });`,
            },
          ],
        },
      ],
    ),
    invalid(
      `import { JwtModule } from "@nestjs/jwt";\nJwtModule.registerAsync({ useFactory: async (config: ConfigService) => ({ secret: config.get("S"), signOptions: { algorithm: ⟦"none"⟧ } }) });`,
      [signNone],
    ),
    invalid(
      `import { Injectable } from "@nestjs/common";\nimport { JwtService } from "@nestjs/jwt";\n@Injectable()\nexport class AuthService {\n  constructor(private readonly jwt: JwtService) {}\n  issue(user: User) {\n    return this.jwt.sign({ sub: user.id }, { algorithm: ⟦"none"⟧ });\n  }\n  check(token: string) {\n    return this.jwt.verifyAsync(token, { algorithms: [⟦"none"⟧] });\n  }\n}`,
      [signNone, acceptNone],
    ),

    // --- express-jwt, koa-jwt, passport-jwt
    invalid(`import { expressjwt } from "express-jwt";\napp.use(expressjwt({ secret, algorithms: [⟦"none"⟧] }));`, [acceptNone]),
    invalid(`const koaJwt = require("koa-jwt");\napp.use(koaJwt({ secret, algorithms: [⟦"none"⟧] }));`, [acceptNone]),
    invalid(
      `import { Strategy, ExtractJwt } from "passport-jwt";\npassport.use(new Strategy({ secretOrKey, jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), jsonWebTokenOptions: { algorithms: [⟦"none"⟧] } }, verify));`,
      [acceptNone],
    ),
    invalid(
      `import { PassportStrategy } from "@nestjs/passport";\nimport { Strategy } from "passport-jwt";\nexport class JwtStrategy extends PassportStrategy(Strategy) {\n  constructor() {\n    super({ secretOrKey, algorithms: [⟦"none"⟧] });\n  }\n}`,
      [acceptNone],
    ),

    // --- @fastify/jwt
    invalid(
      `import fastifyJwt from "@fastify/jwt";\napp.register(fastifyJwt, { secret, sign: { algorithm: ⟦"none"⟧ }, verify: { algorithms: [⟦"none"⟧] } });`,
      [signNone, acceptNone],
    ),

    // --- message data
    invalid(`import jwt from "jsonwebtoken";\njwt.sign(payload, key, { algorithm: ⟦"NoNe"⟧ });`, [
      { messageId: "signNone", data: { name: "jsonwebtoken.sign", value: '"NoNe"' }, suggestions: [] },
    ]),
    invalid(`import jwt from "jsonwebtoken";\nconst EMPTY = "";\njwt.verify(token, ⟦EMPTY⟧);`, [
      { messageId: "falsyKey", data: { name: "jsonwebtoken.verify", key: "EMPTY" }, suggestions: [] },
    ]),
    invalid(`import { jwtVerify } from "jose";\nawait jwtVerify(token, key, { algorithms: [⟦"none"⟧, ...fromConfig] });`, [
      {
        messageId: "acceptNone",
        data: { name: "jose.jwtVerify", value: '"none"' },
        suggestions: [{ messageId: "removeNone", output: `import { jwtVerify } from "jose";\nawait jwtVerify(token, key, { algorithms: [...fromConfig] });` }],
      },
    ]),

    // --- hono/jwt
    invalid(
      `import { sign, verify, jwt } from "hono/jwt";\nawait sign(payload, key, ⟦"none"⟧);\nawait verify(token, key, ⟦"none"⟧);\napp.use("/api/*", jwt({ secret, alg: ⟦"none"⟧ }));`,
      [signNone, acceptNone, acceptNone],
    ),
    invalid(`const { verify } = require("hono/jwt");\nawait verify(token, key, { alg: ⟦"none"⟧ });`, [acceptNone]),
  ],
});
