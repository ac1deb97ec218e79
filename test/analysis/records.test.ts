import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { walk, type AnyContext } from "../../src/analysis/ast.js";
import { findSensitiveContent, isEntityRecordName, mentionsEntity, wholeRecord } from "../../src/analysis/records.js";
import { analyze } from "../helpers/analyze.js";

/** The argument of the last `probe(...)` call in the code. */
function probeArgument(context: AnyContext): TSESTree.Node {
  let found: TSESTree.Node | undefined;
  walk(context.sourceCode, context.sourceCode.ast, (node) => {
    if (node.type === "CallExpression" && node.callee.type === "Identifier" && node.callee.name === "probe") found = node.arguments[0];
  });
  if (!found) throw new Error("no probe(...) call");
  return found;
}

function origin(code: string): string | undefined {
  return analyze(code, (context) => {
    const record = wholeRecord(context, probeArgument(context));
    return record ? `${record.origin.kind}:${context.sourceCode.getText(record.node)}` : undefined;
  });
}

function content(code: string, options = {}): string[] {
  return analyze(code, (context) =>
    findSensitiveContent(context, probeArgument(context), options).map((finding) => `${finding.kind}:${finding.path}`),
  );
}

describe("isEntityRecordName", () => {
  it.each(["user", "User", "dbUser", "currentUser", "existingAccount", "customerRecord", "userDoc", "user_entity", "foundMember", "adminUser", "patient"])(
    "%s names a record",
    (name) => expect(isEntityRecordName(name)).toBe(true),
  );
  it.each(["users", "userId", "user_id", "userName", "userRole", "safeUser", "publicUser", "sanitizedUser", "userDto", "userWithoutPassword", "jwtUser", "decodedUser", "userAgent", "userCount", "data", "payload", ""])(
    "%s does not name a record",
    (name) => expect(isEntityRecordName(name)).toBe(false),
  );
  it("sees entities in plural and compound names", () => {
    expect(mentionsEntity("usersService")).toBe(true);
    expect(mentionsEntity("UserModel")).toBe(true);
    expect(mentionsEntity("ordersService")).toBe(false);
  });
});

describe("wholeRecord", () => {
  it.each([
    ["const user = await User.findOne({ email });\nprobe(user);", "query:user"],
    ["probe(await prisma.user.findUnique({ where: { id } }));", "query:prisma.user.findUnique({ where: { id } })"],
    ["probe(await this.usersService.findOne(name));", "query:this.usersService.findOne(name)"],
    ["const account = await getAccountByEmail(email);\nprobe(account);", "query:account"],
    ["const { rows } = await pool.query(\"SELECT * FROM users WHERE id = $1\", [id]);\nprobe(rows[0]);", "query:rows[0]"],
    ["const result = await db.query(`select u.* from \"users\" u where u.id = ${id}`);\nprobe(result.rows[0]);", "query:result.rows[0]"],
    ["const row = await knex(\"users\").where({ id }).first();\nprobe(row);", "query:row"],
    ["const { data } = await supabase.from(\"accounts\").select(\"*\").single();\nprobe(data);", "query:data"],
    ["const u = await User.findById(id).select(\"+password\");\nprobe(u);", "query:u"],
    ["probe(user.toJSON());", "name:user.toJSON()"],
    ["probe(account.get({ plain: true }));", "name:account.get({ plain: true })"],
    ["probe(JSON.parse(JSON.stringify(member)));", "name:JSON.parse(JSON.stringify(member))"],
    ["probe(structuredClone(customer));", "name:structuredClone(customer)"],
    ["app.get(\"/\", (req, res) => probe(req.user));", "request:req.user"],
    ["router.get(\"/\", async (ctx) => probe(ctx.state.user));", "request:ctx.state.user"],
    ["function issue(user) { probe(user); }", "name:user"],
    ["const payload = user;\nprobe(payload);", "name:payload"],
    ["interface Login { email: string; password: string }\nfunction f(body: Login) { probe(body); }", "type:body"],
    ["function f(row: { id: string; ssn: string }) { probe(row); }", "type:row"],
    ["import type { UserDocument } from \"./models\";\nfunction f(doc: UserDocument) { probe(doc); }", "entity-type:doc"],
  ])("%s → %s", (code, expected) => {
    expect(origin(code)).toBe(expected);
  });

  it.each([
    "probe(payload);",
    "probe(user.id);",
    "probe(users);",
    "probe(getUserId());",
    "probe(await userService.getUserCount());",
    "probe(await ordersService.findOne(id));",
    "app.get(\"/:user\", (req, res) => probe(req.params.user));",
    "app.post(\"/\", (req, res) => probe(req.body.account));",
    "const { password, ...user } = await User.findOne({ email });\nprobe(user);",
    "const user = await prisma.user.findUnique({ where: { id }, select: { id: true } });\nprobe(user);",
    "const user = await prisma.user.findUnique({ where: { id }, omit: { password: true } });\nprobe(user);",
    "const user = await User.findById(id).select(\"-password\");\nprobe(user);",
    "const { rows } = await pool.query(\"SELECT id, role FROM users WHERE id = $1\", [id]);\nprobe(rows[0]);",
    "function f(user: { id: string; role: string }) { probe(user); }",
    "interface Claims { sub: string }\nfunction f(user: Claims) { probe(user); }",
    "import type { JwtPayload } from \"jsonwebtoken\";\nfunction f(user: JwtPayload) { probe(user); }",
    "import type { PublicUser } from \"./dto\";\nfunction f(user: PublicUser) { probe(user); }",
  ])("%s is not a whole record", (code) => {
    expect(origin(code)).toBeUndefined();
  });
});

describe("findSensitiveContent", () => {
  it("reports keys at any depth with their path", () => {
    expect(content("probe({ sub, profile: { ssn, address: { street } }, cards: [{ cvv }] });")).toEqual(["key:profile.ssn", "key:cards.cvv"]);
  });

  it("follows constants, spreads, Object.assign, helpers and later writes", () => {
    const code = [
      "const base = { pin: 1 };",
      "function extra(u) { return { secret: u.s }; }",
      "const payload = Object.assign({ ...base }, extra(u), { iban });",
      "payload.apiKey = key;",
      "payload.apiKeyId = id;",
      "probe(payload);",
    ].join("\n");
    expect(content(code).sort()).toEqual(["key:apiKey", "key:iban", "key:pin", "key:secret"]);
  });

  it("reports harmless keys with sensitive values and whole records", () => {
    expect(content("probe({ h: user.passwordHash, c: commit.hash, ...account, owner: dbUser, id: user.id });")).toEqual(["value:h", "record:", "record:owner"]);
  });

  it("skips flags and explicit removals", () => {
    expect(content("probe({ password: undefined, pin: null, secret: true, hasPassword: !!user.password, passwordChangedAt: t });")).toEqual([]);
  });

  it("reports personal data only with pii", () => {
    expect(content("probe({ email, phoneNumber, ipAddress });")).toEqual([]);
    expect(content("probe({ email, phoneNumber, ipAddress });", { pii: true })).toEqual(["key:email", "key:phoneNumber"]);
  });

  it("reads both branches of a conditional payload", () => {
    expect(content("const p = admin ? { sub, secret } : { sub, pwd };\nprobe(p);")).toEqual(["key:secret", "key:pwd"]);
  });
});
