import { describe, expect, it } from "vitest";
import { isPasswordName, mentionsPassword } from "../../src/analysis/passwords.js";

describe("isPasswordName", () => {
  it.each(["password", "newPassword", "plain_password", "PASSWORD", "pwd", "userPwd", "passphrase", "confirmPassword", "pass", "user_pass", "passwd", "oldPassword", "pw"])(
    "%s names a password",
    (name) => expect(isPasswordName(name)).toBe(true),
  );
  it.each([
    "passwordHash",
    "hashedPassword",
    "passwordResetToken",
    "resetPasswordToken",
    "passwordChangedAt",
    "hasPassword",
    "passwordResetRequired",
    "passwordPolicy",
    "passwordLength",
    "showPassword",
    "passwordField",
    "bypass",
    "passThrough",
    "compass",
    "passenger",
    "forgotPasswordUrl",
    "passwordSalt",
    "",
  ])("%s does not name a plaintext password", (name) => expect(isPasswordName(name)).toBe(false));
});

describe("mentionsPassword", () => {
  it("accepts names of stored password hashes", () => {
    expect(mentionsPassword("passwordHash")).toBe(true);
    expect(mentionsPassword("hashed_pwd")).toBe(true);
    expect(mentionsPassword("etag")).toBe(false);
    expect(mentionsPassword("bypass")).toBe(false);
  });
});
