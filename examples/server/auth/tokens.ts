// Access, refresh and service tokens (jsonwebtoken).
import jwt, { type JwtPayload } from "jsonwebtoken";
import {
  ACCESS_TOKEN_TTL,
  JWT_PRIVATE_KEY,
  JWT_PUBLIC_KEY,
  JWT_SECRET,
  REFRESH_TOKEN_SECRET,
  TOKEN_AUDIENCE,
  TOKEN_ISSUER,
} from "../config.js";

export type Role = "customer" | "staff" | "admin";

export interface AccessClaims extends JwtPayload {
  sub: string;
  role: Role;
}

// safe: RS256 chosen explicitly, short-lived
export function issueAccessToken(userId: string, role: Role): string {
  return jwt.sign({ role }, JWT_PRIVATE_KEY, {
    algorithm: "RS256",
    expiresIn: ACCESS_TOKEN_TTL,
    subject: userId,
    issuer: TOKEN_ISSUER,
    audience: TOKEN_AUDIENCE,
  });
}

// safe: signature, algorithm, issuer and audience all checked
export function verifyAccessToken(token: string): AccessClaims {
  return jwt.verify(token, JWT_PUBLIC_KEY, { algorithms: ["RS256"], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE }) as AccessClaims;
}

// Kept for the mobile app v2, which still sends tokens from before the issuer change.
export function verifyLegacyAccessToken(token: string): AccessClaims {
  return jwt.verify(token, JWT_PUBLIC_KEY) as AccessClaims; // insecure: no algorithm allow-list
}

// Partner tokens: some partners sign with our shared secret, others with RSA.
export function verifyPartnerToken(token: string): AccessClaims {
  return jwt.verify(token, JWT_PUBLIC_KEY, { algorithms: ["HS256", "RS256"] }) as AccessClaims; // insecure: HMAC and RSA mixed
}

// Internal cron jobs call the API with a service token.
export function verifyServiceToken(token: string): JwtPayload {
  return jwt.verify(token, JWT_SECRET, { algorithms: ["none", "HS256"] }) as JwtPayload; // insecure: accepts "none"
}

// Used by the end-to-end suite to log in seeded users without a key.
export function issueTestToken(userId: string): string {
  return jwt.sign({ sub: userId, role: "admin" }, "", { algorithm: "none" }); // insecure: unsigned token
}

// safe: refresh tokens use their own secret and a pinned HMAC algorithm
export function issueRefreshToken(userId: string, sessionId: string): string {
  return jwt.sign({ sid: sessionId }, REFRESH_TOKEN_SECRET, { algorithm: "HS256", subject: userId, expiresIn: "30d" });
}

export function verifyRefreshToken(token: string): JwtPayload {
  return jwt.verify(token, REFRESH_TOKEN_SECRET, { algorithms: ["HS256"] }) as JwtPayload; // safe: HS256 only
}

// Key rotation: read `kid` from the (unverified) header only to pick the key, then verify.
const rotatedPublicKeys = new Map<string, string>([["2024-11", JWT_PUBLIC_KEY]]);

export function verifyRotatedToken(token: string): AccessClaims {
  const decoded = jwt.decode(token, { complete: true }); // safe: header only, verified below
  const publicKey = decoded?.header.kid ? rotatedPublicKeys.get(decoded.header.kid) : undefined;
  if (!publicKey) throw new jwt.JsonWebTokenError("unknown signing key");
  return jwt.verify(token, publicKey, { algorithms: ["RS256"] }) as AccessClaims; // safe: same token verified
}
