/**
 * "Is this value a whole user / account record?" and "what sensitive data does this object carry?"
 *
 * Rules that look at data leaving the server in readable form (JWT payloads, logs, browser
 * storage) need two answers. First, the keys an object literal names, at any depth, followed
 * through constants, spreads, `Object.assign`, small helper functions and later
 * `payload.key = value` writes. Second, whether an opaque value is an entire database record
 * of a person, which carries a password hash and personal data no matter which keys the code
 * spells out. That second answer is decided, most reliable first, by:
 *
 * 1. type information when the user runs type-aware linting (`parserServices.program`): a type
 *    with a `password` / `passwordHash` / `ssn` … property is such a record, a type without one is not;
 * 2. the declared type in the source (`user: { id: string; role: Role }`, a local interface, or the
 *    name of an imported type: `User`, `UserDocument`, `JwtPayload`);
 * 3. the origin of the value: a data-access call (`User.findOne(…)`, `prisma.user.findUnique(…)`,
 *    `this.usersService.findOne(…)`, `pool.query("SELECT * FROM users …")` rows), the request's
 *    authenticated user (`req.user`, `ctx.state.user`), copies of a record (`user.toJSON()`,
 *    `user.toObject()`, `JSON.parse(JSON.stringify(user))`, `structuredClone(user)`, `{ ...user }`);
 * 4. the name: `user`, `dbUser`, `existingAccount`, `customerRecord`, but not `userId`, `users`,
 *    `safeUser`, `publicUser` or `userDto`.
 *
 * Narrowed results are not whole records: a query that selects columns (`select: { id: true }`,
 * `.select("id role")`, `attributes: [...]`), omits secrets (`omit: { password: true }`,
 * `.select("-password")`), or a rest binding that dropped a sensitive key
 * (`const { password, ...user } = row`).
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "@eslint-community/eslint-utils";
import { memberName, propertyName, staticKeyName, unwrap, variableAt, walk, type AnyContext } from "./ast.js";
import { chainNames, isGlobalMember, isGlobalRef, isParameterRooted } from "./flow.js";
import { isSensitiveDataName, splitWords, type SensitiveCategory, type SensitiveNameOptions } from "./names.js";
import { readProperty, resolveFunction, staticValue, variableInit } from "./values.js";

// ---------------------------------------------------------------------------------------------
// Entity names
// ---------------------------------------------------------------------------------------------

/** Nouns for a person's record in an application database. */
const ENTITY_WORDS: ReadonlySet<string> = new Set([
  "user", "account", "member", "customer", "employee", "admin", "administrator", "person", "patient",
]);
const ENTITY_PLURALS: ReadonlySet<string> = new Set([
  "users", "accounts", "members", "customers", "employees", "admins", "administrators", "people", "persons", "patients",
]);
/** Words after the entity noun that still name the whole record: `userRecord`, `accountDoc`, `userEntity`. */
const RECORD_SUFFIXES: ReadonlySet<string> = new Set(["record", "doc", "document", "entity", "row", "model", "instance", "data", "obj", "object", "details", "json", "raw", "full", "db"]);
/** Words that say the value was already reduced to safe claims or a public view. */
const SANITIZED_WORDS: ReadonlySet<string> = new Set([
  "safe", "sanitized", "sanitised", "public", "clean", "cleaned", "stripped", "redacted", "masked", "minimal", "basic", "lite",
  "partial", "jwt", "token", "payload", "claims", "claim", "decoded", "dto", "view", "summary", "without", "no",
  // flags: `isAdmin`, `hasAccount`, `canImpersonateUser`
  "is", "has", "can", "should", "was", "needs", "allow", "allowed",
]);

/**
 * True when a variable or property name denotes one user/account record: the last word (after
 * record suffixes such as `Record`, `Doc`, `Entity`) is an entity noun, and no word says the value
 * was sanitized. `user`, `dbUser`, `existingAccount`, `customerRecord` yes; `userId`, `users`,
 * `userName`, `safeUser`, `userDto`, `userWithoutPassword` no.
 */
export function isEntityRecordName(name: string): boolean {
  const words = splitWords(name);
  if (words.some((word) => SANITIZED_WORDS.has(word))) return false;
  let end = words.length;
  while (end > 1 && RECORD_SUFFIXES.has(words[end - 1])) end--;
  return end > 0 && ENTITY_WORDS.has(words[end - 1]);
}

/** True when a name mentions an entity, singular or plural (`usersService`, `prisma.user`, `UserModel`). */
export function mentionsEntity(name: string): boolean {
  return splitWords(name).some((word) => ENTITY_WORDS.has(word) || ENTITY_PLURALS.has(word));
}

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** What the (checked or declared) type says: it has a sensitive property, it has only harmless ones, or nothing is known. */
export type TypeVerdict = { kind: "sensitive"; property: string } | { kind: "clean" } | undefined;

interface TypeCheckerLike {
  getTypeAtLocation(node: unknown): TypeLike;
  getNonNullableType?(type: TypeLike): TypeLike;
  getPropertiesOfType?(type: TypeLike): readonly { name: string }[];
}
interface TypeLike {
  flags: number;
  getProperties?(): readonly { name: string }[];
}
interface ParserServicesLike {
  program?: { getTypeChecker(): TypeCheckerLike } | null;
  esTreeNodeToTSNodeMap?: { get(node: unknown): unknown };
}

/** TypeScript `TypeFlags.Any | TypeFlags.Unknown` (stable values since TypeScript 2). */
const ANY_OR_UNKNOWN = 1 | 2;

function verdictOf(properties: readonly string[], options: SensitiveNameOptions): TypeVerdict {
  if (properties.length === 0) return undefined;
  for (const property of properties) {
    const found = isSensitiveDataName(property, options);
    if (found && found.category !== "pii") return { kind: "sensitive", property };
  }
  return { kind: "clean" };
}

/** The checked type's properties, when the user runs type-aware linting. Never throws. */
export function checkedTypeVerdict(context: AnyContext, node: TSESTree.Node, options: SensitiveNameOptions = {}): TypeVerdict {
  const services = (context.sourceCode as { parserServices?: ParserServicesLike }).parserServices;
  const program = services?.program;
  const map = services?.esTreeNodeToTSNodeMap;
  if (!program || !map) return undefined;
  try {
    const checker = program.getTypeChecker();
    const tsNode = map.get(node);
    if (!tsNode) return undefined;
    let type = checker.getTypeAtLocation(tsNode);
    if (checker.getNonNullableType) type = checker.getNonNullableType(type);
    if (type.flags & ANY_OR_UNKNOWN) return undefined;
    const properties = checker.getPropertiesOfType ? checker.getPropertiesOfType(type) : (type.getProperties?.() ?? []);
    return verdictOf(
      properties.map((p) => p.name),
      options,
    );
  } catch {
    return undefined;
  }
}

/** The declared type annotation of an identifier's binding (parameter, variable, class property). */
function declaredType(context: AnyContext, identifier: TSESTree.Identifier): TSESTree.TypeNode | undefined {
  const variable = variableAt(context.sourceCode, identifier) as unknown as
    | { defs: { type: string; name: TSESTree.Node }[] }
    | null;
  if (!variable || variable.defs.length !== 1) return undefined;
  const name = variable.defs[0].name;
  if (name.type === "Identifier" && name.typeAnnotation) return name.typeAnnotation.typeAnnotation;
  return undefined;
}

/** Member names of a type literal, a local interface or type alias (`undefined` when not all are known). */
function typeMembers(context: AnyContext, type: TSESTree.TypeNode, depth = 0): string[] | undefined {
  if (depth > 4) return undefined;
  if (type.type === "TSTypeLiteral") return membersOf(type.members);
  if (type.type === "TSIntersectionType") {
    const out: string[] = [];
    for (const part of type.types) {
      const members = typeMembers(context, part, depth + 1);
      if (!members) return undefined;
      out.push(...members);
    }
    return out;
  }
  if (type.type === "TSTypeReference" && type.typeName.type === "Identifier") {
    const variable = findVariable(context.sourceCode.getScope(type) as never, type.typeName.name) as unknown as
      | { defs: { node: TSESTree.Node }[] }
      | null;
    const declaration = variable?.defs.length === 1 ? variable.defs[0].node : undefined;
    if (declaration?.type === "TSInterfaceDeclaration") {
      if (declaration.extends.length > 0) return undefined;
      return membersOf(declaration.body.body);
    }
    if (declaration?.type === "TSTypeAliasDeclaration") return typeMembers(context, declaration.typeAnnotation, depth + 1);
  }
  return undefined;
}

function membersOf(members: readonly TSESTree.TypeElement[]): string[] | undefined {
  const out: string[] = [];
  for (const member of members) {
    if (member.type !== "TSPropertySignature" && member.type !== "TSMethodSignature") return undefined;
    const name = staticKeyName(member.key, member.computed);
    if (name === null) return undefined;
    if (member.type === "TSPropertySignature") out.push(name);
  }
  return out;
}

/** Type nodes whose values are never records: `boolean`, `string`, `"a" | "b"`, `string[]`, functions. */
const SCALAR_TYPES: ReadonlySet<string> = new Set([
  "TSBooleanKeyword", "TSStringKeyword", "TSNumberKeyword", "TSBigIntKeyword", "TSSymbolKeyword", "TSLiteralType", "TSTemplateLiteralType",
  "TSArrayType", "TSTupleType", "TSFunctionType", "TSUndefinedKeyword", "TSNullKeyword", "TSNeverKeyword", "TSVoidKeyword",
]);

function isScalarType(type: TSESTree.TypeNode): boolean {
  if (type.type === "TSUnionType") return type.types.every(isScalarType);
  return SCALAR_TYPES.has(type.type);
}

/** Initializers whose value is never a record: literals, arithmetic, comparisons, arrays, functions, object literals (read key by key). */
const NON_RECORD_INITS: ReadonlySet<string> = new Set([
  "Literal", "TemplateLiteral", "BinaryExpression", "UnaryExpression", "UpdateExpression", "ArrayExpression", "ObjectExpression",
  "ArrowFunctionExpression", "FunctionExpression", "ClassExpression",
]);

/** The name of a referenced type: `User`, `Prisma.User` → `User`, `HydratedDocument<IUser>` → `IUser`. */
function referencedTypeName(type: TSESTree.TypeNode): string | undefined {
  if (type.type !== "TSTypeReference") return undefined;
  const name = type.typeName.type === "Identifier" ? type.typeName.name : type.typeName.type === "TSQualifiedName" ? type.typeName.right.name : undefined;
  const argument = type.typeArguments?.params[0];
  if (name && /^(?:HydratedDocument|Document|Partial|Required|Readonly|WithId)$/u.test(name) && argument) return referencedTypeName(argument) ?? name;
  return name;
}

/** What the source's own type annotation says about the value of `identifier`. */
export function declaredTypeVerdict(
  context: AnyContext,
  identifier: TSESTree.Identifier,
  options: SensitiveNameOptions = {},
): TypeVerdict | { kind: "entity"; type: string } {
  const type = declaredType(context, identifier);
  if (!type) return undefined;
  if (isScalarType(type)) return { kind: "clean" };
  const members = typeMembers(context, type);
  if (members) return verdictOf(members, options);
  const name = referencedTypeName(type);
  if (!name) return undefined;
  const words = splitWords(name.replace(/^I(?=[A-Z])/u, ""));
  if (words.some((word) => SANITIZED_WORDS.has(word))) return { kind: "clean" };
  if (isEntityRecordName(name.replace(/^I(?=[A-Z])/u, ""))) return { kind: "entity", type: name };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Whole records
// ---------------------------------------------------------------------------------------------

export type RecordOrigin =
  /** Its type has a sensitive property (checked or declared). */
  | { kind: "type"; property: string }
  /** Its declared type is an entity (`User`, `AccountDocument`). */
  | { kind: "entity-type"; type: string }
  /** The result of a data-access call (`User.findOne`, `prisma.user.findUnique`, `SELECT * FROM users`). */
  | { kind: "query"; call: string }
  /** The authenticated request user (`req.user`, `ctx.state.user`). */
  | { kind: "request"; text: string }
  /** Named like a user/account record. */
  | { kind: "name"; name: string };

export interface WholeRecord {
  /** The expression that holds the record (after copies such as `user.toJSON()` were looked through). */
  node: TSESTree.Node;
  origin: RecordOrigin;
}

const MAX_DEPTH = 8;

/** Method names of data-access calls that return one record (or a list of them). */
const FIND_METHODS: ReadonlySet<string> = new Set([
  "findOne", "findById", "findByPk", "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findOneBy", "findOneOrFail",
  "findOneByOrFail", "findOneAndUpdate", "findByIdAndUpdate", "findOneAndDelete", "find", "findBy", "findMany", "findAll", "findAndCountAll",
  "first", "single", "maybeSingle", "get", "getOne", "getRawOne", "fetch", "fetchOne", "query", "execute", "exec", "all", "lean", "one", "oneOrNone",
  "select", "create", "insert", "save", "update", "upsert", "returning",
]);
/** Properties of a query result that hold the rows / the record. */
const RESULT_MEMBERS: ReadonlySet<string> = new Set(["rows", "data", "result", "results", "records", "recordset", "items", "item", "Item", "Items", "dataValues", "_doc", "value", "attributes", "user", "account"]);
/** Methods that return a plain copy of the record they are called on. */
const COPY_METHODS: ReadonlySet<string> = new Set(["toJSON", "toObject", "get", "lean", "toPlainObject", "serialize", "dehydrate"]);
/** Request properties that hold client input (a string id, a form body), never the authenticated user record. */
const REQUEST_INPUT: ReadonlySet<string> = new Set(["params", "query", "body", "headers", "cookies", "signedCookies", "path", "search", "searchParams"]);
/** Verbs that start the name of a lookup function: `getUser`, `findUserByEmail`, `loadCurrentAccount`. */
const LOOKUP_VERBS: ReadonlySet<string> = new Set(["find", "get", "fetch", "load", "lookup", "read", "retrieve", "select", "query"]);
/** Query-builder methods that narrow the selected columns. */
const NARROWING_METHODS: ReadonlySet<string> = new Set(["select", "pluck", "only", "columns", "attributes", "project", "projection"]);
/** Option properties of ORM calls that narrow (or strip) the returned columns. */
const NARROWING_OPTIONS: readonly string[] = ["select", "attributes", "omit", "projection", "columns", "fields"];

/** `{ ...x }`, `Object.assign({}, x)` are handled by callers; these are copies of one value. */
export function copiedRecord(context: AnyContext, node: TSESTree.Node): TSESTree.Node | undefined {
  const n = unwrap(node);
  if (n.type !== "CallExpression") return undefined;
  const callee = unwrap(n.callee);
  const first = n.arguments[0];
  const argument = first && first.type !== "SpreadElement" ? first : undefined;
  // JSON.parse(JSON.stringify(user)), JSON.stringify(user)
  if (isGlobalMember(context, callee, "JSON", "parse") && argument) {
    const inner = unwrap(argument);
    if (inner.type === "CallExpression" && isGlobalMember(context, inner.callee, "JSON", "stringify")) {
      const value = inner.arguments[0];
      return value && value.type !== "SpreadElement" ? value : undefined;
    }
    return undefined;
  }
  if (isGlobalMember(context, callee, "JSON", "stringify") && argument) return argument;
  if (isGlobalRef(context, callee, "structuredClone") && argument) return argument;
  // _.clone(user), cloneDeep(user), _.toPlainObject(user)
  const calleeName = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" ? memberName(callee) : null;
  if (calleeName && /^(?:clone|cloneDeep|toPlainObject|instanceToPlain|classToPlain)$/u.test(calleeName) && argument) return argument;
  // user.toJSON(), user.toObject(), user.get({ plain: true })
  if (callee.type === "MemberExpression") {
    const method = memberName(callee);
    if (method === "get" && !(argument && isPlainOption(context, argument))) return undefined;
    if (method !== null && COPY_METHODS.has(method)) return callee.object;
  }
  return undefined;
}

/** Sequelize `get({ plain: true })`. */
function isPlainOption(context: AnyContext, node: TSESTree.Node): boolean {
  const plain = readProperty(context, node, "plain");
  return plain.kind === "present" && plain.value?.value === true;
}

/**
 * Whether `node` evaluates to a whole user/account record, and why. `undefined` when it is not,
 * or when nothing can be told. `options` decides which property names make a type sensitive.
 */
export function wholeRecord(context: AnyContext, node: TSESTree.Node, options: SensitiveNameOptions = {}): WholeRecord | undefined {
  const found = recordOf(context, node, options, 0);
  return found && found !== CLEAN ? found : undefined;
}

/** Marker: known not to be a whole record (sanitized, narrowed, or typed without sensitive properties). */
const CLEAN = Symbol("clean");
type Found = WholeRecord | typeof CLEAN | undefined;

function recordOf(context: AnyContext, node: TSESTree.Node, options: SensitiveNameOptions, depth: number): Found {
  if (depth > MAX_DEPTH) return undefined;
  const n = unwrapValue(node);
  const typed = checkedTypeVerdict(context, n, options);
  if (typed?.kind === "sensitive") return { node: n, origin: { kind: "type", property: typed.property } };
  if (typed?.kind === "clean") return CLEAN;

  switch (n.type) {
    case "Identifier":
      return identifierRecord(context, n, options, depth);
    case "MemberExpression": {
      const name = memberName(n);
      if (n.computed && name !== null && /^\d+$/u.test(name)) return resultOf(recordOf(context, n.object, options, depth + 1), n);
      if (name === null) return undefined;
      if (RESULT_MEMBERS.has(name)) {
        const inner = recordOf(context, n.object, options, depth + 1);
        if (inner) return resultOf(inner, n);
      }
      if (isEntityRecordName(name)) {
        const chain = chainNames(n);
        // `user.admin`, `account.owner`: a field (flag, id or relation) of a record, not the record of a request.
        const object = unwrapValue(n.object);
        const objectName = object.type === "Identifier" ? object.name : object.type === "MemberExpression" ? memberName(object) : null;
        if (objectName !== null && isEntityRecordName(objectName)) return undefined;
        // `req.params.account`, `req.body.user` are request input, not the authenticated record.
        if (chain.some((part) => REQUEST_INPUT.has(part))) return undefined;
        if (isParameterRooted(context, n)) return { node: n, origin: { kind: "request", text: chain.join(".") } };
        return { node: n, origin: { kind: "name", name } };
      }
      return undefined;
    }
    case "CallExpression": {
      const copied = copiedRecord(context, n);
      if (copied) return resultOf(recordOf(context, copied, options, depth + 1), n);
      return queryRecord(context, n, options);
    }
    default:
      return undefined;
  }
}

/** A record found inside `container` (a copy, an index, a result property) is reported at the container. */
function resultOf(found: Found, container: TSESTree.Node): Found {
  if (!found || found === CLEAN) return found;
  return { node: container, origin: found.origin };
}

/** Removes TypeScript wrappers, `await` and optional chains. */
function unwrapValue(node: TSESTree.Node): TSESTree.Node {
  let current = unwrap(node);
  for (let i = 0; i < 8; i++) {
    if (current.type === "AwaitExpression") current = unwrap(current.argument);
    else if (current.type === "ChainExpression") current = unwrap(current.expression);
    else break;
  }
  return current;
}

function identifierRecord(context: AnyContext, identifier: TSESTree.Identifier, options: SensitiveNameOptions, depth: number): Found {
  const declared = declaredTypeVerdict(context, identifier, options);
  if (declared?.kind === "sensitive") return { node: identifier, origin: { kind: "type", property: declared.property } };
  if (declared?.kind === "clean") return CLEAN;
  const variable = variableAt(context.sourceCode, identifier) as unknown as
    | { defs: { type: string; node: TSESTree.Node; name: TSESTree.Node }[]; references: { init?: boolean; isWrite(): boolean }[] }
    | null;
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === "Variable") {
    const declarator = def.node as TSESTree.VariableDeclarator;
    if (declarator.id.type === "ObjectPattern" && droppedSensitiveKey(declarator.id, def.name, options)) return CLEAN;
    const reassigned = variable!.references.some((reference) => !reference.init && reference.isWrite());
    if (declarator.init && !reassigned) {
      const init = unwrapValue(declarator.init);
      if (declarator.id.type === "Identifier" && NON_RECORD_INITS.has(init.type)) return CLEAN;
      // `const { data: user } = await supabase.from("users")…`, `const [user] = await db.select()…`
      const fromInit = recordOf(context, init, options, depth + 1);
      if (fromInit === CLEAN) return CLEAN;
      if (fromInit) return { node: identifier, origin: fromInit.origin };
    }
  }
  if (declared?.kind === "entity") return { node: identifier, origin: { kind: "entity-type", type: declared.type } };
  if (isEntityRecordName(identifier.name)) return { node: identifier, origin: { kind: "name", name: identifier.name } };
  return undefined;
}

/** `const { password, ...user } = row`: the rest binding dropped a sensitive key, so it is a sanitized copy. */
function droppedSensitiveKey(pattern: TSESTree.ObjectPattern, name: TSESTree.Node, options: SensitiveNameOptions): boolean {
  const rest = pattern.properties.find((property): property is TSESTree.RestElement => property.type === "RestElement");
  if (!rest || rest.argument !== name) return false;
  return pattern.properties.some((property) => {
    if (property.type !== "Property") return false;
    const key = propertyName(property);
    return key !== null && isSensitiveDataName(key, options) !== undefined;
  });
}

/** A data-access call whose chain names a user/account entity (or selects `*` from such a table). */
function queryRecord(context: AnyContext, call: TSESTree.CallExpression, options: SensitiveNameOptions): Found {
  const calls = callChain(call);
  let method: string | null = null;
  let entity = false;
  for (const step of calls) {
    const callee = unwrap(step.callee);
    const name = callee.type === "MemberExpression" ? memberName(callee) : callee.type === "Identifier" ? callee.name : null;
    if (step === call) method = name;
    if (name !== null && NARROWING_METHODS.has(name)) {
      const verdict = narrowingVerdict(context, step, options);
      if (verdict === "narrowed") return CLEAN;
    }
    for (const argument of step.arguments) {
      if (argument.type === "SpreadElement") continue;
      const value = staticValue(context, argument);
      if (typeof value?.value === "string" && selectsWholeEntity(value.value)) entity = true;
      if (narrowsByOption(context, argument)) return CLEAN;
      if (argument.type === "TemplateLiteral" && selectsWholeEntity(argument.quasis.map((quasi) => quasi.value.cooked ?? "").join(" "))) entity = true;
    }
    if (step.type === "CallExpression" && step.callee.type !== "Super" && tableArgument(context, step)) entity = true;
  }
  if (method === null) return undefined;
  const names = chainNames(call);
  const lookup = lookupKind(method);
  if (!lookup) return undefined;
  if (lookup === "generic" && !entity && !names.some(mentionsEntity)) return undefined;
  return { node: call, origin: { kind: "query", call: names.join(".") } };
}

/**
 * `findOne`, `findUnique`, `query` … return a record of whatever the chain names (`generic`);
 * `getUser`, `findUserByEmail`, `loadCurrentAccount` return an entity themselves (`entity`);
 * `getUserCount`, `findUserRoles`, `getUserId` return something else (`undefined`).
 */
function lookupKind(method: string): "generic" | "entity" | undefined {
  if (FIND_METHODS.has(method)) return "generic";
  const words = splitWords(method);
  const cut = words.findIndex((word, index) => index > 0 && (word === "by" || word === "or" || word === "and" || word === "with" || word === "for"));
  const head = cut === -1 ? words : words.slice(0, cut);
  if (head.length < 2 || !LOOKUP_VERBS.has(head[0])) return undefined;
  return isEntityRecordName(head.slice(1).join(" ")) ? "entity" : undefined;
}

/** The calls of a fluent chain, outermost (the given call) first: `knex("users").where(…).first()`. */
function callChain(call: TSESTree.CallExpression): TSESTree.CallExpression[] {
  const out: TSESTree.CallExpression[] = [];
  let current: TSESTree.Node = call;
  for (let i = 0; i < 32; i++) {
    current = unwrap(current);
    if (current.type === "AwaitExpression") current = current.argument;
    else if (current.type === "ChainExpression") current = current.expression;
    else if (current.type === "CallExpression") {
      out.push(current);
      current = current.callee;
    } else if (current.type === "MemberExpression") current = current.object;
    else break;
  }
  return out;
}

/** `knex("users")`, `db.collection("users")`, `supabase.from("accounts")`, `db.table("customers")`. */
function tableArgument(context: AnyContext, call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  const name = callee.type === "MemberExpression" ? memberName(callee) : callee.type === "Identifier" ? callee.name : null;
  if (name === null || !/^(?:from|collection|table|model|getRepository|knex|db|into)$/u.test(name)) return false;
  const first = call.arguments[0];
  if (!first || first.type === "SpreadElement") return false;
  const value = staticValue(context, first);
  return typeof value?.value === "string" && mentionsEntity(value.value);
}

/** `SELECT * FROM users …` / `… RETURNING *` on a users table. */
function selectsWholeEntity(sql: string): boolean {
  const text = sql.slice(0, 2000).toLowerCase();
  const table = /\b(?:from|update|into)\s+[`"[]?(?:\w+[`"\]]?\.)?[`"[]?(\w+)/u.exec(text);
  if (!table || !mentionsEntity(table[1])) return false;
  return /\bselect\s+(?:\w+\.)?\*/u.test(text) || /\breturning\s+\*/u.test(text);
}

/** `.select("id role")` narrows; `.select("+password")` adds the password; `.select("-password")` strips it. */
function narrowingVerdict(context: AnyContext, call: TSESTree.CallExpression | TSESTree.NewExpression, options: SensitiveNameOptions): "narrowed" | "whole" | undefined {
  const first = call.arguments[0];
  if (!first || first.type === "SpreadElement") return undefined;
  const value = staticValue(context, first);
  if (typeof value?.value === "string") {
    const fields = value.value.split(/[\s,]+/u).filter(Boolean);
    if (fields.length === 0 || fields.includes("*")) return "whole";
    if (fields.some((field) => field.startsWith("+") && isSensitiveDataName(field.slice(1), options))) return "whole";
    return "narrowed";
  }
  if (Array.isArray(value?.value) || (value && typeof value.value === "object" && value.value !== null)) return "narrowed";
  return undefined;
}

/** `{ select: { id: true } }`, `{ attributes: ["id"] }`, `{ omit: { password: true } }` as a call argument. */
function narrowsByOption(context: AnyContext, argument: TSESTree.Node): boolean {
  const n = unwrap(argument);
  if (n.type !== "ObjectExpression" && n.type !== "Identifier") return false;
  for (const option of NARROWING_OPTIONS) {
    const found = readProperty(context, n, option);
    if (found.kind === "present") return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Sensitive content of an object
// ---------------------------------------------------------------------------------------------

export type SensitiveContent =
  /** A key that names sensitive data: `{ passwordHash: … }`, `payload.ssn = …`. */
  | {
      kind: "key";
      /** Dotted path from the top object: `profile.ssn`. */
      path: string;
      category: SensitiveCategory;
      /** The key (or the member property of a later write). */
      node: TSESTree.Node;
      /** The property in its object literal, when a suggestion can remove it. */
      property?: TSESTree.Property;
    }
  /** A harmless key whose value is read from a sensitive name: `{ h: user.passwordHash }`. */
  | { kind: "value"; path: string; category: SensitiveCategory; node: TSESTree.Node; source: string; property?: TSESTree.Property }
  /** A whole user/account record as the object, spread into it, or as a property value. */
  | { kind: "record"; path: string; node: TSESTree.Node; record: WholeRecord };

const MAX_OBJECT_DEPTH = 6;

/**
 * The sensitive keys, values and whole records `node` carries: object literals at any depth (also
 * in arrays), through constants, spreads, `Object.assign`, `JSON.stringify`, helper functions that
 * return an object, and later writes `payload.key = …` to a constant payload object.
 */
export function findSensitiveContent(context: AnyContext, node: TSESTree.Node, options: SensitiveNameOptions = {}): SensitiveContent[] {
  const out: SensitiveContent[] = [];
  const seen = new Set<TSESTree.Node>();
  visitValue(context, node, "", options, out, seen, 0);
  return out;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function visitValue(
  context: AnyContext,
  node: TSESTree.Node,
  path: string,
  options: SensitiveNameOptions,
  out: SensitiveContent[],
  seen: Set<TSESTree.Node>,
  depth: number,
): void {
  if (depth > MAX_OBJECT_DEPTH || seen.has(node)) return;
  seen.add(node);
  const n = unwrapValue(node);
  if (n !== node) seen.add(n);
  switch (n.type) {
    case "ObjectExpression":
      visitObject(context, n, path, options, out, seen, depth);
      return;
    case "ArrayExpression":
      for (const element of n.elements) {
        if (!element) continue;
        visitValue(context, element.type === "SpreadElement" ? element.argument : element, path, options, out, seen, depth + 1);
      }
      return;
    case "Identifier": {
      const init = variableInit(context, n);
      const value = init ? unwrapValue(init) : undefined;
      if (init && value && isObjectShaped(value)) {
        visitValue(context, init, path, options, out, seen, depth + 1);
        laterWrites(context, n, path, options, out);
        return;
      }
      // `const payload = admin ? {…} : {…}`, `const payload = toClaims(user)` with a local helper.
      if (
        init &&
        value &&
        (value.type === "ConditionalExpression" ||
          (value.type === "LogicalExpression" && value.operator !== "&&") ||
          (value.type === "CallExpression" && (isObjectAssignCall(value) || resolveFunction(context, value.callee) !== undefined)))
      ) {
        visitValue(context, init, path, options, out, seen, depth + 1);
        return;
      }
      break;
    }
    case "ConditionalExpression":
      visitValue(context, n.consequent, path, options, out, seen, depth + 1);
      visitValue(context, n.alternate, path, options, out, seen, depth + 1);
      return;
    case "LogicalExpression":
      visitValue(context, n.right, path, options, out, seen, depth + 1);
      if (n.operator !== "&&") visitValue(context, n.left, path, options, out, seen, depth + 1);
      return;
    case "CallExpression": {
      if (isObjectAssignCall(n)) {
        for (const argument of n.arguments) {
          visitValue(context, argument.type === "SpreadElement" ? argument.argument : argument, path, options, out, seen, depth + 1);
        }
        return;
      }
      const copied = copiedRecord(context, n);
      if (copied && isObjectShaped(unwrapValue(copied))) {
        visitValue(context, copied, path, options, out, seen, depth + 1);
        return;
      }
      const fn = resolveFunction(context, n.callee);
      const returned = fn ? singleReturn(fn) : undefined;
      if (returned) {
        visitValue(context, returned, path, options, out, seen, depth + 1);
        return;
      }
      break;
    }
    default:
      break;
  }
  const record = wholeRecord(context, n, options);
  if (record) out.push({ kind: "record", path, node: n, record });
}

/** Expressions that evaluate to an object whose keys can be read. */
function isObjectShaped(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  return n.type === "ObjectExpression" || (n.type === "CallExpression" && isObjectAssignCall(n));
}

function isObjectAssignCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  return callee.type === "MemberExpression" && callee.object.type === "Identifier" && callee.object.name === "Object" && memberName(callee) === "assign";
}

function visitObject(
  context: AnyContext,
  object: TSESTree.ObjectExpression,
  path: string,
  options: SensitiveNameOptions,
  out: SensitiveContent[],
  seen: Set<TSESTree.Node>,
  depth: number,
): void {
  for (const property of object.properties) {
    if (property.type === "SpreadElement") {
      visitValue(context, property.argument, path, options, out, seen, depth + 1);
      continue;
    }
    let key = staticKeyName(property.key, property.computed);
    if (key === null && property.computed) {
      const value = staticValue(context, property.key);
      key = value && (typeof value.value === "string" || typeof value.value === "number") ? String(value.value) : null;
    }
    if (key === null || property.kind !== "init" || property.method) continue;
    const value = unwrapValue(property.value as TSESTree.Node);
    if (carriesNoData(context, value)) continue;
    const keyPath = join(path, key);
    const named = isSensitiveDataName(key, options);
    if (named && !(BARE_HASH_WORDS.has(named.word) && hashOfSomethingElse(context, value, options))) {
      out.push({ kind: "key", path: keyPath, category: named.category, node: property.key, property });
      continue;
    }
    const source = sensitiveSource(value, options);
    if (source) {
      out.push({ kind: "value", path: keyPath, category: source.category, node: value, source: source.text, property });
      continue;
    }
    visitValue(context, property.value as TSESTree.Node, keyPath, options, out, seen, depth + 1);
  }
}

/** Words that name a password hash or salt only when nothing says otherwise. */
const BARE_HASH_WORDS: ReadonlySet<string> = new Set(["hash", "hashed", "salt"]);

/**
 * `{ hash: file.checksum }`, `{ hash: contentHash }`, `{ hash: sha256(body) }`: a key named `hash`
 * whose value visibly comes from something that is neither a secret nor a user record.
 */
function hashOfSomethingElse(context: AnyContext, value: TSESTree.Node, options: SensitiveNameOptions): boolean {
  if (value.type === "Identifier" || value.type === "MemberExpression") {
    const names = chainNames(value);
    const last = names[names.length - 1];
    if (last === undefined || names.slice(0, -1).some(mentionsEntity)) return false;
    const found = isSensitiveDataName(last, options);
    // `file.hash` is the file's hash; a bare `hash` variable may be anything.
    return !found || (BARE_HASH_WORDS.has(found.word) && names.length > 1);
  }
  if (value.type !== "CallExpression" && value.type !== "TemplateLiteral") return false;
  let secretInside = false;
  walk(context.sourceCode, value, (inner) => {
    if (secretInside) return false;
    const name = inner.type === "Identifier" ? inner.name : inner.type === "MemberExpression" ? memberName(inner) : null;
    if (name !== null && (isSensitiveDataName(name, options)?.category === "secret" || isEntityRecordName(name))) secretInside = true;
    return !secretInside;
  });
  return !secretInside;
}

/** `true`, `false`, `null`, `undefined`: a flag or an explicit removal, never a secret. */
function carriesNoData(context: AnyContext, value: TSESTree.Node): boolean {
  if (value.type === "Identifier" && value.name === "undefined") return true;
  if (value.type !== "Literal") return false;
  const known = staticValue(context, value);
  return known !== null && (known.value === null || typeof known.value === "boolean");
}

/** `user.passwordHash`, `passwordHash`: a value read directly from a sensitive name. */
function sensitiveSource(value: TSESTree.Node, options: SensitiveNameOptions): { category: SensitiveCategory; text: string } | undefined {
  let name: string | null = null;
  if (value.type === "Identifier") name = value.name;
  else if (value.type === "MemberExpression") name = memberName(value);
  if (name === null) return undefined;
  const found = isSensitiveDataName(name, options);
  if (!found) return undefined;
  const text = value.type === "Identifier" ? value.name : chainNames(value).join(".");
  // `commit.hash`, `file.salt` are not a password hash; `user.hash` may be.
  if ((found.word === "hash" || found.word === "hashed" || found.word === "salt") && !chainNames(value).slice(0, -1).some(mentionsEntity)) return undefined;
  return { category: found.category, text };
}

/** `payload.ssn = …`, `payload["cvv"] = …` after `const payload = { … }`. */
function laterWrites(context: AnyContext, identifier: TSESTree.Identifier, path: string, options: SensitiveNameOptions, out: SensitiveContent[]): void {
  const variable = variableAt(context.sourceCode, identifier) as unknown as
    | { references: { identifier: TSESTree.Node }[] }
    | null;
  for (const reference of variable?.references ?? []) {
    let target: TSESTree.Node = reference.identifier;
    while (target.parent && (target.parent.type === "TSAsExpression" || target.parent.type === "TSNonNullExpression")) target = target.parent;
    const member = target.parent;
    if (member?.type !== "MemberExpression" || member.object !== target) continue;
    const assignment = member.parent;
    if (assignment?.type !== "AssignmentExpression" || assignment.left !== member || assignment.operator !== "=") continue;
    const key = memberName(member);
    if (key === null) continue;
    const value = unwrapValue(assignment.right);
    if (carriesNoData(context, value)) continue;
    const named = isSensitiveDataName(key, options);
    if (named) out.push({ kind: "key", path: join(path, key), category: named.category, node: member.property });
  }
}

/** The expression a small helper returns: `() => ({…})` or a body with one `return`. */
function singleReturn(fn: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration): TSESTree.Node | undefined {
  if (fn.body.type !== "BlockStatement") return fn.body;
  const returns = fn.body.body.filter((statement): statement is TSESTree.ReturnStatement => statement.type === "ReturnStatement");
  return returns.length === 1 && returns[0].argument ? returns[0].argument : undefined;
}
