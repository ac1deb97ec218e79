import { describe, expect, it } from "vitest";
import { isSecretCompareName } from "../../src/analysis/secret-compare.js";

describe("isSecretCompareName", () => {
  it.each(["signature", "x-hub-signature-256", "hmac", "expectedMac", "apiKey", "x-api-key", "API_KEY", "token", "resetCode", "resetToken", "passwordResetToken", "inviteToken", "verificationCode", "otp", "passwordHash", "sessionId", "clientSecret", "CRON_SECRET"])(
    "%s is a secret",
    (name) => expect(isSecretCompareName(name)).toBe(true),
  );
  it.each(["apiKeyId", "tokenType", "signatureAlgorithm", "fileHash", "etag", "userId", "tokenCount", "nextPageToken", "machine", "code", "hash", "digest", "sessionName", "macAddress", "ALLOW_CREDENTIALS", "withCredentials", "hasToken", "isApiKeyValid"])(
    "%s is not",
    (name) => expect(isSecretCompareName(name)).toBe(false),
  );
});
