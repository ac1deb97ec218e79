// ID tokens we issue and tokens from the external identity provider (jose).
import {
  SignJWT,
  UnsecuredJWT,
  createRemoteJWKSet,
  decodeProtectedHeader,
  importPKCS8,
  importSPKI,
  jwtVerify,
  type JWTPayload,
} from "jose";
import { ID_TOKEN_PRIVATE_KEY, IDP_JWKS_URL, TOKEN_AUDIENCE, TOKEN_ISSUER } from "../config.js";

const idpKeys = createRemoteJWKSet(IDP_JWKS_URL);
const idTokenKey = await importPKCS8(ID_TOKEN_PRIVATE_KEY, "ES256");

// safe: signed, algorithm fixed in the protected header
export async function issueIdToken(userId: string, email: string): Promise<string> {
  return new SignJWT({ email })
    .setProtectedHeader({ alg: "ES256", kid: "id-2024-11" })
    .setSubject(userId)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("10m")
    .sign(idTokenKey);
}

// Single sign-on callback (first version).
export async function verifyIdpTokenUnpinned(token: string): Promise<JWTPayload> {
  const { payload } = await jwtVerify(token, idpKeys, { audience: TOKEN_AUDIENCE }); // weaker: key set, no algorithm allow-list (reported with requireForJose: true)
  return payload;
}

// safe: the key set is restricted to the algorithm the provider signs with
export async function verifyIdpToken(token: string): Promise<JWTPayload> {
  const { payload } = await jwtVerify(token, idpKeys, { algorithms: ["RS256"], audience: TOKEN_AUDIENCE });
  return payload;
}

// Partner keys are published by key id; the header is read only to choose one.
const partnerPublicKeys: Record<string, string> = JSON.parse(process.env.PARTNER_PUBLIC_KEYS ?? "{}");

export async function verifyPartnerAssertion(token: string): Promise<JWTPayload> {
  const { kid } = decodeProtectedHeader(token); // safe: header only, verified below
  const pem = kid ? partnerPublicKeys[kid] : undefined;
  if (!pem) throw new Error("unknown partner key");
  const { payload } = await jwtVerify(token, await importSPKI(pem, "PS256"), { algorithms: ["PS256"] });
  return payload;
}

// Share links for order previews.
export function issuePreviewToken(orderId: string): string {
  return new UnsecuredJWT({ orderId }).setIssuedAt().setExpirationTime("7d").encode(); // insecure: unsigned token
}

export function readPreviewToken(token: string): JWTPayload {
  return UnsecuredJWT.decode(token).payload; // insecure: accepts an unsigned token
}
