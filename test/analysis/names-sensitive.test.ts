import { describe, expect, it } from "vitest";
import { isSensitiveDataName } from "../../src/analysis/names.js";

describe("isSensitiveDataName: secrets", () => {
  it.each([
    ["password", "password"],
    ["Password", "password"],
    ["PASSWORD", "password"],
    ["passwd", "passwd"],
    ["pwd", "pwd"],
    ["passwordHash", "password"],
    ["password_hash", "password"],
    ["hashedPassword", "password"],
    ["encrypted_password", "password"],
    ["password_digest", "password"],
    ["newPassword", "password"],
    ["confirmPassword", "password"],
    ["passwordConfirmation", "password"],
    ["pwHash", "pw"],
    ["hash", "hash"],
    ["hashed", "hashed"],
    ["salt", "salt"],
    ["passwordSalt", "password"],
    ["saltValue", "salt"],
    ["passphrase", "passphrase"],
    ["secret", "secret"],
    ["clientSecret", "secret"],
    ["client_secret", "secret"],
    ["totpSecret", "totp"],
    ["mfaSecret", "secret"],
    ["otp_secret", "otp"],
    ["otp", "otp"],
    ["otpCode", "otp"],
    ["pin", "pin"],
    ["pinCode", "pin"],
    ["cardPin", "pin"],
    ["apiKey", "api key"],
    ["API_KEY", "api key"],
    ["apikey", "apikey"],
    ["privateKey", "private key"],
    ["private-key", "private key"],
    ["signingKey", "signing key"],
    ["recoveryCodes", "recovery codes"],
    ["mnemonic", "mnemonic"],
    ["securityAnswer", "security answer"],
  ])("%s is a secret (%s)", (name, word) => {
    expect(isSensitiveDataName(name)).toEqual({ category: "secret", word });
  });
});

describe("isSensitiveDataName: regulated data", () => {
  it.each([
    ["ssn", "ssn"],
    ["SSN", "ssn"],
    ["socialSecurityNumber", "social security"],
    ["social_security_number", "social security"],
    ["creditCard", "credit card"],
    ["creditCardNumber", "credit card"],
    ["cardNumber", "card number"],
    ["card_no", "card no"],
    ["ccNumber", "cc number"],
    ["pan", "pan"],
    ["cvv", "cvv"],
    ["cardCvc", "cvc"],
    ["securityCode", "security code"],
    ["iban", "iban"],
    ["bankAccount", "bank account"],
    ["bankAccountNumber", "bank account"],
    ["routingNumber", "routing number"],
    ["taxId", "tax id"],
    ["nationalId", "national id"],
    ["passportNumber", "passport number"],
    ["driversLicense", "drivers license"],
  ])("%s is regulated (%s)", (name, word) => {
    expect(isSensitiveDataName(name)).toEqual({ category: "regulated", word });
  });

  it("prefers the secret word when a name has both", () => {
    expect(isSensitiveDataName("cardPinHash")?.category).toBe("secret");
  });
});

describe("isSensitiveDataName: personal data only with pii", () => {
  it.each([
    ["email", "email"],
    ["emailAddress", "email"],
    ["phone", "phone"],
    ["phoneNumber", "phone"],
    ["phone_number", "phone"],
    ["address", "address"],
    ["homeAddress", "address"],
    ["shipping_address", "address"],
    ["dob", "dob"],
    ["dateOfBirth", "date of birth"],
    ["birthDate", "birth date"],
    ["birthdate", "birthdate"],
    ["postalCode", "postal code"],
  ])("%s is personal data (%s)", (name, word) => {
    expect(isSensitiveDataName(name, { pii: true })).toEqual({ category: "pii", word });
    expect(isSensitiveDataName(name)).toBeUndefined();
  });

  it.each(["ipAddress", "ip_address", "macAddress", "walletAddress", "remoteAddress", "contractAddress", "emailVerified", "email_verified", "phoneNumberVerified", "emailTemplate", "emailSubject", "emailEnabled"])(
    "%s is not personal data",
    (name) => expect(isSensitiveDataName(name, { pii: true })).toBeUndefined(),
  );
});

describe("isSensitiveDataName: names about the data, not the data", () => {
  it.each([
    // false-positives.md and the issue
    "passwordChangedAt",
    "hasPassword",
    "passwordResetRequired",
    "passwordUpdatedAt",
    "pinned",
    "hashtag",
    "hashedAt",
    // flags, times, policies
    "isPasswordSet",
    "mustChangePassword",
    "forcePasswordChange",
    "passwordProtected",
    "pwdChangedTime",
    "passwordExpiresAt",
    "lastPasswordChange",
    "passwordMinLength",
    "password_policy",
    "passwordStrength",
    "saltRounds",
    "hashAlgorithm",
    "bcryptCost",
    "passwordVersion",
    "tokenVersion",
    "otpEnabled",
    "otpVerified",
    "mfaEnabled",
    "pinLength",
    "failedPinAttempts",
    // identifiers and locations of a secret
    "secretId",
    "secretName",
    "secret_arn",
    "apiKeyId",
    "apiKeyName",
    "apiKeyPrefix",
    "apiKeyHeader",
    "secretFile",
    "privateKeyPath",
    // UI
    "passwordField",
    "passwordLabel",
    "passwordPlaceholder",
    "showPassword",
    "passwordVisible",
    "passwordError",
    "secretQuestion",
    // masked and other hashes
    "cardLast4",
    "cardNumberLast4",
    "cardBrand",
    "maskedCardNumber",
    "fileHash",
    "contentHash",
    "commitHash",
    "txHash",
    // ordinary words
    "spinner",
    "opinion",
    "secretary",
    "passport",
    "company",
    "username",
    "role",
    "sub",
    "",
    "___",
  ])("%s is not sensitive", (name) => {
    expect(isSensitiveDataName(name)).toBeUndefined();
    expect(isSensitiveDataName(name, { pii: true })).toBeUndefined();
  });
});

describe("isSensitiveDataName options", () => {
  it("adds extra names word by word", () => {
    const extra = ["taxNumber", "medicalNotes"];
    expect(isSensitiveDataName("medical_notes", { extra })).toEqual({ category: "secret", word: "medical notes" });
    expect(isSensitiveDataName("patientMedicalNotes", { extra })).toEqual({ category: "secret", word: "medical notes" });
    expect(isSensitiveDataName("medical", { extra })).toBeUndefined();
    expect(isSensitiveDataName("notes", { extra })).toBeUndefined();
  });

  it("lets an extra name cover qualifiers that would otherwise exclude it", () => {
    expect(isSensitiveDataName("secretId")).toBeUndefined();
    expect(isSensitiveDataName("secretId", { extra: ["secretId"] })).toEqual({ category: "secret", word: "secret id" });
  });

  it("allows whole names word by word", () => {
    const allow = ["pinHash", "hash"];
    expect(isSensitiveDataName("pin_hash", { allow })).toBeUndefined();
    expect(isSensitiveDataName("PIN_HASH", { allow })).toBeUndefined();
    expect(isSensitiveDataName("hash", { allow })).toBeUndefined();
    expect(isSensitiveDataName("pin", { allow })).toEqual({ category: "secret", word: "pin" });
    expect(isSensitiveDataName("passwordHash", { allow })).toEqual({ category: "secret", word: "password" });
  });

  it("stays linear on long adversarial names", () => {
    const long = "passwordChangedAt".repeat(10_000);
    expect(() => isSensitiveDataName(long, { pii: true, extra: ["a b c"] })).not.toThrow();
  });
});
