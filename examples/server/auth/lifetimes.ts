// How long our tokens live, and how long verification keeps accepting them.
import { randomBytes } from "node:crypto";
import { SignJWT, importPKCS8, importSPKI, jwtVerify, type JWTPayload } from "jose";
import jwt, { type JwtPayload } from "jsonwebtoken";
import { ACCESS_TOKEN_TTL, ID_TOKEN_PRIVATE_KEY, JWT_PRIVATE_KEY, JWT_PUBLIC_KEY, TOKEN_AUDIENCE, TOKEN_ISSUER } from "../config.js";

const SIGN_OPTIONS = { algorithm: "RS256", issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE } as const;
const VERIFY_OPTIONS = { algorithms: ["RS256" as const], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE };
const THIRTY_DAYS = 60 * 60 * 24 * 30;

export interface RefreshSessions {
  insert(row: { userId: string; token: string; expiresAt: Date }): Promise<void>;
  /** Deletes the row and returns it: a refresh token works once. */
  consume(token: string): Promise<{ userId: string } | undefined>;
}

// "Remember me" login (first version).
export function issueRememberMeToken(userId: string): string {
  return jwt.sign({ sub: userId }, JWT_PRIVATE_KEY, { ...SIGN_OPTIONS, expiresIn: "30d" }); // insecure: a 30-day access token
}

// Webhook replay tokens for partners.
export function issuePartnerToken(partnerId: string): string {
  return jwt.sign({ sub: partnerId, scope: "webhooks" }, JWT_PRIVATE_KEY, SIGN_OPTIONS); // insecure: no expiry at all
}

// Mobile app v1 computed exp by hand.
export function issueMobileToken(userId: string): string {
  return jwt.sign({ sub: userId, exp: Math.floor(Date.now() / 1000) + THIRTY_DAYS }, JWT_PRIVATE_KEY, SIGN_OPTIONS); // insecure: exp 30 days out
}

// safe: a 15-minute access token and an opaque refresh token stored server-side (rotated, revocable)
export async function login(sessions: RefreshSessions, userId: string): Promise<{ accessToken: string; refreshToken: string }> {
  const accessToken = jwt.sign({ sub: userId }, JWT_PRIVATE_KEY, { ...SIGN_OPTIONS, expiresIn: ACCESS_TOKEN_TTL });
  const refreshToken = randomBytes(32).toString("base64url");
  await sessions.insert({ userId, token: refreshToken, expiresAt: new Date(Date.now() + 14 * 24 * 60 * 60 * 1000) });
  return { accessToken, refreshToken };
}

// Refresh endpoint (first version): finds the user from the expired access token.
export function refreshFromAccessToken(expiredToken: string): string {
  const claims = jwt.verify(expiredToken, JWT_PUBLIC_KEY, { ...VERIFY_OPTIONS, ignoreExpiration: true }) as JwtPayload; // insecure: every access token ever issued still works here
  return jwt.sign({ sub: claims.sub }, JWT_PRIVATE_KEY, { ...SIGN_OPTIONS, expiresIn: ACCESS_TOKEN_TTL });
}

// safe: the refresh token is consumed server-side, then a new short access token is issued
export async function refresh(sessions: RefreshSessions, refreshToken: string): Promise<string> {
  const session = await sessions.consume(refreshToken);
  if (!session) throw new Error("invalid refresh token");
  return jwt.sign({ sub: session.userId }, JWT_PRIVATE_KEY, { ...SIGN_OPTIONS, expiresIn: ACCESS_TOKEN_TTL });
}

// Batch jobs on servers with drifting clocks.
export function verifyBatchToken(token: string): JwtPayload {
  return jwt.verify(token, JWT_PUBLIC_KEY, { ...VERIFY_OPTIONS, clockTolerance: 60 * 60 * 24 }) as JwtPayload; // insecure: a day of "clock skew"
}

// safe: a few seconds of tolerance
export function verifyServiceToken(token: string): JwtPayload {
  return jwt.verify(token, JWT_PUBLIC_KEY, { ...VERIFY_OPTIONS, clockTolerance: 30 }) as JwtPayload;
}

const idTokenKey = await importPKCS8(ID_TOKEN_PRIVATE_KEY, "ES256");
const idTokenPublicKey = await importSPKI(JWT_PUBLIC_KEY, "ES256");

// Device pairing tokens for the TV app.
export async function issueDeviceToken(deviceId: string): Promise<string> {
  return new SignJWT({ sub: deviceId })
    .setProtectedHeader({ alg: "ES256" })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setExpirationTime("1y") // insecure: a one-year access token
    .sign(idTokenKey);
}

// Invitation links.
export async function issueInviteToken(email: string): Promise<string> {
  return new SignJWT({ email })
    .setProtectedHeader({ alg: "ES256" })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .sign(idTokenKey); // insecure: no setExpirationTime()
}

// safe: ten minutes, verified with a small tolerance and a maximum age
export async function issuePairingCode(deviceId: string): Promise<string> {
  return new SignJWT({ sub: deviceId })
    .setProtectedHeader({ alg: "ES256" })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("10m")
    .sign(idTokenKey);
}

export async function verifyPairingCode(code: string): Promise<JWTPayload> {
  const { payload } = await jwtVerify(code, idTokenPublicKey, { ...VERIFY_OPTIONS, algorithms: ["ES256"], clockTolerance: "30s", maxTokenAge: "10m" });
  return payload;
}
