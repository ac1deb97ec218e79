// Password storage for sign-up and login, and an API-key / webhook check.
import crypto from "node:crypto";
import argon2 from "argon2";
import bcrypt from "bcryptjs";

// insecure: a salted SHA-256 is still a fast digest: billions of guesses per second on a GPU
export function legacyHashPassword(password: string, salt: string): string {
  return crypto.createHash("sha256").update(salt + password).digest("hex");
}

// insecure: bcrypt cost 8 is below the OWASP minimum of 10
export const hashForImport = (password: string) => bcrypt.hash(password, 8);

// insecure: PBKDF2-SHA-256 needs at least 600,000 iterations
export const deriveLegacy = (password: string, salt: Buffer) => crypto.pbkdf2Sync(password, salt, 10_000, 32, "sha256");

// safe: Argon2id with the library defaults (64 MiB, 3 passes)
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

// safe: a random reset token is high-entropy; a fast hash is the right way to store it
export const storeResetToken = (resetToken: string) => crypto.createHash("sha256").update(resetToken).digest("hex");

// insecure: === stops at the first differing character, so timing reveals the key prefix
export function checkApiKey(headers: Record<string, string | undefined>): boolean {
  return headers["x-api-key"] === process.env.PARTNER_API_KEY;
}

// safe: constant-time comparison of equal-length HMAC digests
export function verifyWebhook(body: string, signatureHex: string, secret: string): boolean {
  const expected = crypto.createHmac("sha256", secret).update(body).digest();
  const given = Buffer.from(signatureHex, "hex");
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

// safe: comparing the two password fields of the sign-up form is not a secret check
export const passwordsMatch = (password: string, confirmPassword: string) => password === confirmPassword;
