import { describe, expect, it } from "vitest";
import { assignedKeyBefore, isCredentialName, isPem, isPemPrivateKey, looksLikeJwt, splitWords } from "../../src/analysis/names.js";

describe("splitWords", () => {
  it.each([
    ["accessToken", ["access", "token"]],
    ["ACCESS_TOKEN", ["access", "token"]],
    ["access-token", ["access", "token"]],
    ["app.auth.token", ["app", "auth", "token"]],
    ["JWTToken", ["jwt", "token"]],
    ["x-auth-token", ["x", "auth", "token"]],
    ["userID2", ["user", "id2"]],
    ["", []],
  ])("%s", (input, words) => {
    expect(splitWords(input)).toEqual(words);
  });

  it("stays linear on long adversarial names", () => {
    const long = "aA".repeat(50_000) + "_".repeat(50_000);
    expect(splitWords(long).length).toBeLessThanOrEqual(256);
  });
});

describe("isCredentialName", () => {
  it.each(["token", "accessToken", "refresh_token", "id_token", "jwt", "authToken", "sessionId", "session_id", "sid", "apiKey", "API_KEY", "password", "clientSecret", "bearer", "authorization", "x-auth-token", "app.auth.token"])(
    "%s is a credential",
    (name) => expect(isCredentialName(name)).toBe(true),
  );
  it.each(["tokens", "tokenCount", "maxTokens", "tokenizer", "inputTokens", "pageToken", "nextPageToken", "continuationToken", "cancelToken", "CancellationToken", "deviceToken", "pushToken", "fcmToken", "apnsToken", "csrfToken", "xsrfToken", "tokenType", "token_type", "tokenExpiry", "tokenUrl", "tokenEndpoint", "passwordChangedAt", "hasPassword", "passwordResetRequired", "theme", "locale", "cursor", "designTokens"])(
    "%s is not a credential",
    (name) => expect(isCredentialName(name)).toBe(false),
  );
});

describe("literal shapes", () => {
  it("recognises JWT literals", () => {
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ";
    expect(looksLikeJwt(jwt)).toBe(true);
    expect(looksLikeJwt(`Bearer ${jwt}`)).toBe(true);
    expect(looksLikeJwt("eyJhbGciOiJIUzI1NiJ9.payload")).toBe(false);
    expect(looksLikeJwt("a.b.c")).toBe(false);
    expect(looksLikeJwt("eyJ" + "a".repeat(20000))).toBe(false);
  });
  it("recognises PEM blocks", () => {
    expect(isPemPrivateKey("-----BEGIN RSA PRIVATE KEY-----\nMIIE...")).toBe(true);
    expect(isPemPrivateKey("-----BEGIN PRIVATE KEY-----\nMIIE...")).toBe(true);
    expect(isPemPrivateKey("-----BEGIN PUBLIC KEY-----\nMIIB...")).toBe(false);
    expect(isPem("  -----BEGIN CERTIFICATE-----")).toBe(true);
  });
});

describe("credential look-alikes seen in real code", () => {
  it.each(["sessionCookieBytes", "forceFreshAuth", "skipToken", "maxCookieSize"])("%s is not a credential", (name) => {
    expect(isCredentialName(name)).toBe(false);
  });
});

describe("assignedKeyBefore", () => {
  it.each([
    ["/cb?token=", "token"],
    ['{"access_token": "', "access_token"],
    ["Authorization: ", "Authorization"],
    ["a=1&api_key = '", "api_key"],
    ["password=", "password"],
  ])("%s → %s", (text, key) => expect(assignedKeyBefore(text)).toBe(key));
  it.each(["token", "", "=", "Bearer ", "x".repeat(100_000)])("%s → undefined", (text) => expect(assignedKeyBefore(text)).toBeUndefined());
  it("is linear on long keys", () => {
    expect(assignedKeyBefore("a".repeat(200_000) + "=")).toHaveLength(200_000);
  });
});
