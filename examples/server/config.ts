// Runtime configuration for the API server. Secrets come from the environment
// (injected by the deployment), key files from a mounted secrets volume.
import { readFileSync } from "node:fs";

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing required environment variable ${name}`);
  return value;
}

// HS256 secret for internal service-to-service tokens.
export const JWT_SECRET = process.env.JWT_SECRET || "dev-secret"; // insecure: hard-coded fallback secret

// safe: required at boot, no fallback
export const SESSION_SECRET = requireEnv("SESSION_SECRET");
export const COOKIE_SECRET = requireEnv("COOKIE_SECRET");
export const REFRESH_TOKEN_SECRET = requireEnv("REFRESH_TOKEN_SECRET");

// RS256 key pair for access tokens, ES256 key for ID tokens, RSA key for webhooks.
export const JWT_PRIVATE_KEY = readFileSync(requireEnv("JWT_PRIVATE_KEY_PATH"), "utf8");
export const JWT_PUBLIC_KEY = readFileSync(requireEnv("JWT_PUBLIC_KEY_PATH"), "utf8");
export const ID_TOKEN_PRIVATE_KEY = readFileSync(requireEnv("ID_TOKEN_KEY_PATH"), "utf8");
export const WEBHOOK_PRIVATE_KEY = readFileSync(requireEnv("WEBHOOK_KEY_PATH"), "utf8");

// Not secrets: public identifiers that belong in the source.
export const TOKEN_ISSUER = "https://auth.example.com/";
export const TOKEN_AUDIENCE = "orders-api";
export const IDP_JWKS_URL = new URL("https://login.example-idp.com/.well-known/jwks.json");
export const ACCESS_TOKEN_TTL = "15m";
