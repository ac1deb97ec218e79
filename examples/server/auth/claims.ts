// What goes into our tokens, and how the API checks them: claims, issuer/audience, revocation.
import { createSecretKey } from "node:crypto";
import { expressjwt } from "express-jwt";
import { EncryptJWT } from "jose";
import jwt, { type JwtPayload } from "jsonwebtoken";
import { ACCESS_TOKEN_TTL, JWT_PRIVATE_KEY, JWT_PUBLIC_KEY, TOKEN_AUDIENCE, TOKEN_ISSUER } from "../config.js";
import type { Role } from "./tokens.js";

// A row of the accounts table, as the data layer returns it.
export interface UserRow {
  id: string;
  email: string;
  passwordHash: string;
  taxId: string;
  role: Role;
  tokenVersion: number;
  passwordChangedAt: Date;
}

export interface UserStore {
  findOne(where: { email: string }): Promise<UserRow | null>;
}

const SIGN_OPTIONS = { algorithm: "RS256", expiresIn: ACCESS_TOKEN_TTL, issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE } as const;

// First version of the login endpoint.
export async function issueTokenV1(users: UserStore, email: string): Promise<string> {
  const user = await users.findOne({ email });
  if (!user) throw new Error("unknown user");
  return jwt.sign({ ...user }, JWT_PRIVATE_KEY, SIGN_OPTIONS); // insecure: the whole row (password hash, tax id) in a readable payload
}

// Second version: "only what the gateway needs".
export async function issueTokenV2(users: UserStore, email: string): Promise<string> {
  const user = await users.findOne({ email });
  if (!user) throw new Error("unknown user");
  return jwt.sign(
    {
      sub: user.id,
      role: user.role,
      passwordHash: user.passwordHash, // insecure: the gateway compares it on password change; anyone with the token can read it
    },
    JWT_PRIVATE_KEY,
    SIGN_OPTIONS,
  );
}

// safe: identifiers and authorization data only; a timestamp about the password is not the password
export async function issueToken(users: UserStore, email: string): Promise<string> {
  const user = await users.findOne({ email });
  if (!user) throw new Error("unknown user");
  const claims = { sub: user.id, role: user.role, ver: user.tokenVersion, pwdChangedAt: user.passwordChangedAt.getTime() };
  return jwt.sign(claims, JWT_PRIVATE_KEY, SIGN_OPTIONS);
}

// safe: the tax office partner needs the tax id; the token is encrypted (JWE), the client cannot read it
const partnerKey = createSecretKey(Buffer.from(String(process.env.PARTNER_JWE_KEY), "base64"));
export function taxHandoffToken(user: UserRow): Promise<string> {
  return new EncryptJWT({ sub: user.id, taxId: user.taxId })
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuer(TOKEN_ISSUER)
    .setAudience("tax-partner")
    .setExpirationTime("10m")
    .encrypt(partnerKey);
}

// Token check used by the reporting service (strict config).
export function verifyForReports(token: string): JwtPayload {
  return jwt.verify(token, JWT_PUBLIC_KEY, { algorithms: ["RS256"] }) as JwtPayload; // insecure (strict): neither issuer nor audience checked
}

// safe: issuer and audience pinned next to the algorithm
export function verifyAccess(token: string): JwtPayload {
  return jwt.verify(token, JWT_PUBLIC_KEY, { algorithms: ["RS256"], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE }) as JwtPayload;
}

// Revoked token ids (logout, password change), kept until the tokens would have expired anyway.
const revokedTokenIds = new Map<string, number>();
export function revoke(payload: JwtPayload): void {
  if (payload.jti && payload.exp) revokedTokenIds.set(payload.jti, payload.exp);
}

export const requireAccessLegacy = expressjwt({ secret: JWT_PUBLIC_KEY, algorithms: ["RS256"], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE }); // insecure (strict): a revoked token stays valid until it expires

// safe: every request checks the token id against the denylist
export const requireAccess = expressjwt({
  secret: JWT_PUBLIC_KEY,
  algorithms: ["RS256"],
  issuer: TOKEN_ISSUER,
  audience: TOKEN_AUDIENCE,
  isRevoked: async (_req, token) => {
    const payload = token?.payload;
    const jti = payload && typeof payload === "object" ? payload.jti : undefined;
    return !jti || revokedTokenIds.has(jti);
  },
});
