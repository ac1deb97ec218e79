/**
 * fast-check arbitraries for random but valid programs around the APIs the rules model.
 *
 * The vocabulary comes from the plugin's own models (source.ts): every `{ module, path }` API,
 * every module name and every string literal there (option keys, member names, algorithm names,
 * durations, cookie names…). Programs import those APIs in every style the module tracker follows
 * (ESM default / named / namespace, require, destructured require, `await import()`, TS
 * `import x = require()`), call them with random option objects (computed and quoted keys, spreads,
 * getters, methods, nested objects, huge literals), nest the calls in functions, classes (with
 * decorators in TypeScript), route handlers, JSX, and wrap them in TS expressions (`as`,
 * `satisfies`, `!`, type arguments).
 *
 * Arbitraries produce printers `(context) => code`: the printer assigns unique names (espree
 * rejects redeclarations) and keeps `await` / `return` / `break` where they are valid, so every
 * generated program parses; the fuzz test asserts that too.
 */
import fc from "fast-check";
import type { ModeledApi, Segment, Vocabulary } from "./source.js";

export interface Dialect {
  /** `.ts` / `.tsx`: TypeScript syntax allowed. */
  ts: boolean;
  /** `.tsx` / `.jsx`: JSX allowed (and `<T>x` assertions not). */
  jsx: boolean;
  /** ESM (`import` / `export`, top-level await) rather than CommonJS. */
  module: boolean;
}

export const DIALECTS: Record<string, Dialect> = {
  "file.ts": { ts: true, jsx: false, module: true },
  "file.tsx": { ts: true, jsx: true, module: true },
  "file.js": { ts: false, jsx: false, module: true },
  "file.jsx": { ts: false, jsx: true, module: true },
  "file.cjs": { ts: false, jsx: false, module: false },
};

interface Context {
  dialect: Dialect;
  names: string[];
  counter: { value: number };
  /** Inside an async function (or module top level): `await` is allowed. */
  async: boolean;
  /** Inside a function: `return` is allowed. */
  fn: boolean;
  /** Inside a loop: `break` is allowed. */
  loop: boolean;
}

type Printer = (context: Context) => string;

const RESERVED = new Set(
  (
    "await break case catch class const continue debugger default delete do else enum export extends false finally for function if " +
    "import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements " +
    "interface package private protected public arguments eval undefined NaN Infinity as async from of get set type declare " +
    "abstract readonly namespace module satisfies keyof infer is asserts unique never unknown any constructor prototype " +
    "override accessor out global require exports symbol object bigint __proto__"
  ).split(" "),
);

function fresh(context: Context, base: string): string {
  const clean = base.replace(/[^\w$]/g, "_").replace(/^(\d)/, "_$1") || "v";
  const name = `${RESERVED.has(clean) ? `${clean}_` : clean}${context.counter.value++}`;
  context.names.push(name);
  return name;
}

const nested = (context: Context, changes: Partial<Context>): Context => ({ ...context, ...changes, names: [...context.names] });

/** A JavaScript string literal (JSON is valid JS since ES2019). */
const quote = (value: string) => JSON.stringify(value);

function isIdentifier(value: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(value) && !RESERVED.has(value);
}

/** `.key` when the key is an identifier, else `["key"]`. */
function member(key: string, optional = false): string {
  if (isIdentifier(key)) return `${optional ? "?." : "."}${key}`;
  return `${optional ? "?." : ""}[${quote(key)}]`;
}

export function programArbitrary(vocabulary: Vocabulary, dialect: Dialect): fc.Arbitrary<string> {
  const words = vocabulary.words.filter((word) => word.length <= 30);
  const identifierWords = words.filter(isIdentifier);
  const strings = vocabulary.strings;
  const apis = vocabulary.apis;
  const modules = vocabulary.modules;

  const word = fc.constantFrom(...identifierWords);
  const anyKey = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...strings), fc.string({ maxLength: 12 }));

  // ---- leaves -------------------------------------------------------------------------------
  const interesting = [
    "none", "None", "NONE", "HS256", "RS256", "ES256", "PS512", "EdDSA", "1h", "15m", "30d", "999y", "0s", "-1s", "10 years",
    "keyboard cat", "s3cr3t", "changeme", "secret", "", " ", "__Host-session", "__Secure-id", "connect.sid", "lax", "none", "strict",
    "md5", "sha1", "sha256", "Bearer ", "Authorization", "/logout", "/login", "/api/token", "http://example.com/cb?token=",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n",
  ];
  const stringLiteral: fc.Arbitrary<Printer> = fc
    .oneof(
      { weight: 4, arbitrary: fc.constantFrom(...interesting) },
      { weight: 3, arbitrary: fc.constantFrom(...strings) },
      { weight: 2, arbitrary: fc.constantFrom(...words) },
      { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom("a", "ab", "x.", "=", "\\"), fc.integer({ min: 1000, max: 20_000 })).map(([unit, n]) => unit.repeat(n)) },
    )
    .map((value) => () => quote(value));
  const numberLiteral: fc.Arbitrary<Printer> = fc
    .oneof(
      fc.constantFrom("0", "1", "-1", "10", "12", "1e308", "5e-324", "0x10", "1_000_000", "3.5", "2 ** 53", "NaN", "Infinity", "-0", "60 * 60 * 24 * 365"),
      fc.integer().map(String),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? "-0" : String(value))),
      fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((value) => `${value}n`),
    )
    .map((value) => () => (/^-|\s/.test(value) ? `(${value})` : value));
  const keyword: fc.Arbitrary<Printer> = fc.constantFrom("true", "false", "null", "undefined", "void 0", "this").map((value) => () => value);
  const identifier: fc.Arbitrary<Printer> = fc.tuple(word, fc.nat()).map(
    ([fallback, index]) =>
      (context) =>
        context.names.length > 0 && index % 3 !== 0 ? context.names[index % context.names.length] : isIdentifier(fallback) ? fallback : "value",
  );
  const env: fc.Arbitrary<Printer> = fc
    .tuple(fc.constantFrom("JWT_SECRET", "SESSION_SECRET", "NODE_ENV", "API_KEY", "COOKIE_SECRET", "X"), fc.nat(4))
    .map(([name, style]) => (context) => {
      if (style === 0) return `process.env[${quote(name)}]`;
      if (style === 1 && context.dialect.module) return `import.meta.env.${name}`;
      if (style === 2) return `(process.env.${name} || ${quote("fallback-secret")})`;
      return `process.env.${name}`;
    });
  const regexLiteral: fc.Arbitrary<Printer> = fc.constantFrom("/^Bearer (.+)$/i", "/a+b/g", "/[\\w-]+/u", "/(?:)/").map((value) => () => value);
  const leaf = fc.oneof(
    { weight: 4, arbitrary: stringLiteral },
    { weight: 2, arbitrary: numberLiteral },
    { weight: 1, arbitrary: keyword },
    { weight: 5, arbitrary: identifier },
    { weight: 2, arbitrary: env },
    { weight: 1, arbitrary: regexLiteral },
  );

  // ---- API references: how a call into a modeled module is spelled -------------------------
  /** The binding a program uses for a module, declared in the header. */
  interface Import {
    module: string;
    style: number;
    first?: string;
  }
  const apiCall = (api: ModeledApi, style: number, args: Printer[][], optional: boolean): Printer => (context) => {
    const header = importFor(context, { module: api.module, style, first: typeof api.path[0] === "string" ? api.path[0] : undefined });
    let code = header.root;
    let rest = api.path;
    if (header.consumedFirst) rest = api.path.slice(1);
    let argIndex = 0;
    const nextArgs = () => (args[argIndex++ % Math.max(1, args.length)] ?? []).map((print) => print(context)).join(", ");
    for (const [i, segment] of rest.entries()) {
      if (typeof segment === "string") {
        code += member(segment, optional && i > 0);
      } else if (segment.kind === "new") {
        code = `new (${code})(${nextArgs()})`;
        code = `(${code})`;
      } else {
        code = `${code}(${nextArgs()})`;
      }
    }
    const last: Segment | undefined = api.path.at(-1);
    if (last === undefined || typeof last === "string") {
      const typeArgs = context.dialect.ts && optional && /[\w$]$/.test(code) ? "<any>" : "";
      code = `${code}${typeArgs}(${nextArgs()})`;
    }
    return code;
  };

  // Module headers are collected on the context (see programArbitrary's final printer).
  const imports = new WeakMap<Context["counter"], { lines: string[]; bindings: Map<string, { root: string; consumedFirst: boolean }> }>();
  function importFor(context: Context, spec: Import): { root: string; consumedFirst: boolean } {
    let state = imports.get(context.counter);
    if (!state) {
      state = { lines: [], bindings: new Map() };
      imports.set(context.counter, state);
    }
    const { dialect } = context;
    const styles = dialect.module ? (dialect.ts ? 7 : 6) : 3;
    const style = spec.style % styles;
    const key = `${spec.module}\u0000${style}\u0000${spec.first ?? ""}`;
    const existing = state.bindings.get(key);
    if (existing) return existing;
    const base = spec.module.replace(/^@/, "").split(/[/.-]/).filter(Boolean).at(-1) ?? "lib";
    const name = fresh({ ...context, names: [] }, base);
    type Binding = { root: string; consumedFirst: boolean };
    const canName = spec.first !== undefined && isIdentifier(spec.first);
    // CommonJS: require, destructured require, require(...).default
    const cjs: (() => Binding)[] = [
      () => {
        state.lines.push(`const ${name} = require(${quote(spec.module)});`);
        return { root: name, consumedFirst: false };
      },
      () => {
        if (!canName) return cjs[0]();
        state.lines.push(`const { ${spec.first}: ${name} } = require(${quote(spec.module)});`);
        return { root: name, consumedFirst: true };
      },
      () => {
        state.lines.push(`var ${name} = require(${quote(spec.module)}).default ?? require(${quote(spec.module)});`);
        return { root: name, consumedFirst: false };
      },
    ];
    const esm: (() => Binding)[] = [
      () => {
        state.lines.push(`import ${name} from ${quote(spec.module)};`);
        return { root: name, consumedFirst: false };
      },
      () => {
        if (!canName) return esm[0]();
        state.lines.push(`import { ${spec.first} as ${name} } from ${quote(spec.module)};`);
        return { root: name, consumedFirst: true };
      },
      () => {
        state.lines.push(`import * as ${name} from ${quote(spec.module)};`);
        return { root: name, consumedFirst: false };
      },
      () => {
        state.lines.push(`const ${name} = await import(${quote(spec.module)});`);
        return { root: name, consumedFirst: false };
      },
      () => {
        state.lines.push(`import { createRequire as ${name}_cr } from "node:module";`, `const ${name} = ${name}_cr(import.meta.url)(${quote(spec.module)});`);
        return { root: name, consumedFirst: false };
      },
      () => {
        // alias + re-assignment
        state.lines.push(`import ${name}_orig from ${quote(spec.module)};`, `let ${name} = ${name}_orig;`, `${name} = ${name}_orig;`);
        return { root: name, consumedFirst: false };
      },
      () => {
        state.lines.push(`import ${name} = require(${quote(spec.module)});`);
        return { root: name, consumedFirst: false };
      },
    ];
    const binding = dialect.module ? esm[style]() : cjs[style]();
    state.bindings.set(key, binding);
    return binding;
  }

  // ---- expressions ----------------------------------------------------------------------------
  const expression: fc.Memo<Printer> = fc.memo((depth) => {
    if (depth <= 1) return leaf;
    const sub = expression(depth - 1);
    const subs = fc.array(sub, { maxLength: 4 });
    const objectProperty: fc.Arbitrary<Printer> = fc.oneof(
      {
        weight: 6,
        // A literal `__proto__` key twice is a syntax error: that one goes computed.
        arbitrary: fc.tuple(anyKey, sub).map(([key, value]) => (c: Context) => {
          const name = key === "__proto__" ? `[${quote(key)}]` : isIdentifier(key) ? key : quote(key);
          return `${name}: ${value(c)}`;
        }),
      },
      { weight: 1, arbitrary: fc.tuple(sub, sub).map(([key, value]) => (c: Context) => `[${key(c)}]: ${value(c)}`) },
      { weight: 1, arbitrary: sub.map((value) => (c: Context) => `...${wrap(value(c))}`) },
      { weight: 1, arbitrary: fc.tuple(word, sub).map(([key, value]) => (c: Context) => `${key}() { return ${value(nested(c, { async: false, fn: true, loop: false }))}; }`) },
      { weight: 1, arbitrary: fc.tuple(word, sub).map(([key, value]) => (c: Context) => `get ${key}() { return ${value(nested(c, { async: false, fn: true, loop: false }))}; }`) },
      { weight: 1, arbitrary: word.map((key) => () => `set ${key}(v) {}`) },
      { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 99 }), sub).map(([key, value]) => (c: Context) => `${key}: ${value(c)}`) },
      { weight: 1, arbitrary: fc.tuple(word, sub).map(([key, value]) => (c: Context) => `async ${key}() { return await ${wrap(value(nested(c, { async: true, fn: true, loop: false })))}; }`) },
    );
    const object = fc.array(objectProperty, { maxLength: 6 }).map((properties) => (c: Context) => `{ ${properties.map((p) => p(c)).join(", ")} }`);
    const array = fc
      .array(fc.oneof(sub, sub.map((value) => (c: Context) => `...${wrap(value(c))}`)), { maxLength: 4 })
      .map((items) => (c: Context) => `[${items.map((item) => item(c)).join(", ")}]`);
    const call = fc
      .tuple(fc.constantFrom(...apis), fc.nat(), fc.array(subs, { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([api, style, args, optional]) => apiCall(api, style, args, optional));
    const objectArgCall = fc
      .tuple(fc.constantFrom(...apis), fc.nat(), object, fc.array(sub, { maxLength: 2 }))
      .map(([api, style, options, before]) => apiCall(api, style, [[...before, options]], false));
    const memberAccess = fc
      .tuple(sub, anyKey, fc.boolean())
      .map(([object, key, optional]) => (c: Context) => `${wrap(object(c))}${member(key, optional)}`);
    const computedMember = fc.tuple(sub, sub).map(([object, key]) => (c: Context) => `${wrap(object(c))}[${key(c)}]`);
    const globalCall = fc
      .tuple(
        fc.constantFrom(
          "localStorage.setItem", "sessionStorage.setItem", "localStorage.getItem", "console.log", "console.error", "fetch",
          "window.postMessage", "parent.postMessage", "crypto.createHash", "crypto.randomBytes", "Math.random", "JSON.parse",
          "atob", "Buffer.from", "res.cookie", "res.json", "res.redirect", "req.session.regenerate", "req.session.destroy",
          "req.logout", "document.cookie.split", "navigator.sendBeacon", "location.assign", "app.use", "router.post", "logger.info",
          "jwt.verify", "jwt.sign", "jwt.decode", "bcrypt.hash", "crypto.timingSafeEqual", "new URLSearchParams", "new WebSocket",
        ),
        subs,
      )
      .map(([callee, args]) => (c: Context) =>
        callee.startsWith("new ") ? `(${callee}(${args.map((a) => a(c)).join(", ")}))` : `${callee}(${args.map((a) => a(c)).join(", ")})`,
      );
    const binary = fc
      .tuple(sub, fc.constantFrom("===", "!==", "==", "||", "&&", "??", "+", "<", ">=", "instanceof", "in"), sub)
      .map(([left, op, right]) => (c: Context) => `(${wrap(left(c))} ${op} ${wrap(right(c))})`);
    const conditional = fc.tuple(sub, sub, sub).map(([a, b, d]) => (c: Context) => `(${wrap(a(c))} ? ${wrap(b(c))} : ${wrap(d(c))})`);
    const unary = fc.tuple(fc.constantFrom("!", "typeof ", "void ", "-", "+"), sub).map(([op, value]) => (c: Context) => `(${op}${wrap(value(c))})`);
    const template = fc
      .tuple(fc.array(fc.tuple(fc.constantFrom("", "Bearer ", "token=", "?access_token=", "/", "a".repeat(300)), sub), { maxLength: 3 }), fc.boolean())
      .map(([parts, tagged]) => (c: Context) => {
        const body = parts.map(([text, value]) => `${text}\${${value(c)}}`).join("");
        return `${tagged ? "String.raw" : ""}\`${body}\``;
      });
    const arrow = fc
      .tuple(fc.array(word, { maxLength: 3 }), fc.boolean(), fc.oneof(sub.map((value) => ({ expr: value })), body(depth - 1).map((block) => ({ block }))))
      .map(([params, isAsync, content]) => (c: Context) => {
        const inner = nested(c, { async: isAsync, fn: true, loop: false });
        const names = params.map((param) => fresh(inner, param));
        const result = "expr" in content ? `(${content.expr(inner)})` : `{\n${content.block(inner)}\n}`;
        return `(${isAsync ? "async " : ""}(${names.join(", ")}) => ${result})`;
      });
    const functionExpression = fc.tuple(word, body(depth - 1), fc.boolean()).map(([name, block, isAsync]) => (c: Context) => {
      const inner = nested(c, { async: isAsync, fn: true, loop: false });
      const own = fresh(inner, name);
      const param = fresh(inner, "req");
      const param2 = fresh(inner, "res");
      return `(${isAsync ? "async " : ""}function ${own}(${param}, ${param2}) {\n${block(inner)}\n})`;
    });
    const awaited = sub.map((value) => (c: Context) => (c.async ? `(await ${wrap(value(c))})` : value(c)));
    const sequence = fc.tuple(sub, sub).map(([a, b]) => (c: Context) => `(${a(c)}, ${b(c)})`);
    const tsWrapper = fc.tuple(sub, fc.nat(4)).map(([value, kind]) => (c: Context) => {
      const code = value(c);
      if (!c.dialect.ts) return code;
      if (kind === 0) return `(${code} as any)`;
      if (kind === 1) return `(${code} satisfies unknown)`;
      if (kind === 2) return `(${wrap(code)}!)`;
      if (kind === 3 && !c.dialect.jsx) return `(<any>${wrap(code)})`;
      return `(${code} as unknown as Record<string, string>)`;
    });
    const jsx = fc.tuple(fc.constantFrom("div", "form", "input", "Provider", "a"), fc.array(fc.tuple(word, sub), { maxLength: 3 }), fc.array(sub, { maxLength: 2 }), fc.option(sub))
      .map(([tag, attributes, children, spread]) => (c: Context) => {
        if (!c.dialect.jsx) return "null";
        const attrs = attributes.map(([name, value]) => ` ${name}={${value(c)}}`).join("");
        const spreadAttr = spread ? ` {...${wrap(spread(c))}}` : "";
        const kids = children.map((child) => `{${child(c)}}`).join(" text ");
        return `(<${tag}${attrs}${spreadAttr}>${kids}</${tag}>)`;
      });
    return fc.oneof(
      { weight: 6, arbitrary: leaf },
      { weight: 6, arbitrary: call },
      { weight: 5, arbitrary: objectArgCall },
      { weight: 3, arbitrary: object },
      { weight: 1, arbitrary: array },
      { weight: 3, arbitrary: memberAccess },
      { weight: 1, arbitrary: computedMember },
      { weight: 3, arbitrary: globalCall },
      { weight: 2, arbitrary: binary },
      { weight: 1, arbitrary: conditional },
      { weight: 1, arbitrary: unary },
      { weight: 1, arbitrary: template },
      { weight: 2, arbitrary: arrow },
      { weight: 1, arbitrary: functionExpression },
      { weight: 1, arbitrary: awaited },
      { weight: 1, arbitrary: sequence },
      { weight: 2, arbitrary: tsWrapper },
      { weight: 1, arbitrary: jsx },
    );
  });

  // ---- statements -------------------------------------------------------------------------------
  const statements = new Map<number, fc.Arbitrary<Printer>>();
  const bodies = new Map<number, fc.Arbitrary<Printer>>();
  /** Built on first use and kept (statements and bodies are mutually recursive with expressions). */
  function lazy(cache: Map<number, fc.Arbitrary<Printer>>, depth: number, build: (depth: number) => fc.Arbitrary<Printer>): fc.Arbitrary<Printer> {
    let arbitrary = cache.get(depth);
    if (!arbitrary) {
      let built: fc.Arbitrary<Printer> | undefined;
      arbitrary = fc.constant(null).chain(() => (built ??= build(depth)));
      cache.set(depth, arbitrary);
    }
    return arbitrary;
  }
  const statement = (depth: number) => lazy(statements, depth, buildStatement);
  const body = (depth: number) => lazy(bodies, depth, buildBody);
  function buildStatement(depth: number): fc.Arbitrary<Printer> {
    const expr = expression(Math.max(1, Math.min(depth, 4)));
    const simple: fc.Arbitrary<Printer>[] = [
      fc.tuple(word, expr, fc.constantFrom("const", "let", "var")).map(([name, value, kind]) => (c: Context) => {
        const code = value(c);
        return `${kind} ${fresh(c, name)} = ${code};`;
      }),
      fc.tuple(fc.array(fc.tuple(word, fc.option(expr)), { minLength: 1, maxLength: 3 }), expr, fc.boolean()).map(([parts, value, rest]) => (c: Context) => {
        const source = value(c);
        const used = new Set<string>();
        const fields = parts
          .filter(([key]) => !used.has(key) && used.add(key))
          .map(([key, fallback]) => `${key}: ${fresh(c, key)}${fallback ? ` = ${fallback(c)}` : ""}`);
        if (rest) fields.push(`...${fresh(c, "rest")}`);
        return `const { ${fields.join(", ")} } = ${wrap(source)};`;
      }),
      expr.map((value) => (c: Context) => `(${value(c)});`),
      fc.tuple(fc.constantFrom("document.cookie", "localStorage.token", "window.name", "exports.secret", "module.exports", "res.locals.user", "req.session.user", "this.token"), expr)
        .map(([target, value]) => (c: Context) => `${target} = ${value(c)};`),
      fc.tuple(fc.nat(), anyKey, expr).map(([index, key, value]) => (c: Context) => {
        const name = c.names.length > 0 ? c.names[index % c.names.length] : "globalThis";
        return `${name}${member(String(key))} = ${value(c)};`;
      }),
      fc.tuple(expr, fc.constantFrom("===", "!==", "==")).map(([value, op]) => (c: Context) => `if (${wrap(value(c))} ${op} req.headers.authorization) { res.status(401); }`),
    ];
    if (depth <= 1) return fc.oneof(...simple);
    const block = body(depth - 1);
    const compound: fc.Arbitrary<Printer>[] = [
      fc.tuple(word, fc.array(word, { maxLength: 3 }), block, fc.boolean()).map(([name, params, inner, isAsync]) => (c: Context) => {
        const own = fresh(c, name);
        const scope = nested(c, { async: isAsync, fn: true, loop: false });
        const names = params.map((param) => fresh(scope, param));
        return `${isAsync ? "async " : ""}function ${own}(${names.join(", ")}) {\n${inner(scope)}\n}`;
      }),
      fc.tuple(expr, block, block).map(([test, then, otherwise]) => (c: Context) => `if (${test(c)}) {\n${then(nested(c, {}))}\n} else {\n${otherwise(nested(c, {}))}\n}`),
      fc.tuple(block, block).map(([tryBlock, catchBlock]) => (c: Context) => {
        const scope = nested(c, {});
        const error = fresh(scope, "error");
        return `try {\n${tryBlock(nested(c, {}))}\n} catch (${error}) {\n${catchBlock(scope)}\n} finally {\n}`;
      }),
      fc.tuple(expr, block).map(([iterable, inner]) => (c: Context) => {
        const scope = nested(c, { loop: true });
        const item = fresh(scope, "item");
        return `for (const ${item} of ${wrap(iterable(c))}) {\n${inner(scope)}\nbreak;\n}`;
      }),
      fc.tuple(fc.constantFrom("app", "router", "server", "api"), fc.constantFrom("get", "post", "all", "use", "delete"), fc.constantFrom("/logout", "/login", "/signout", "/token", "/callback", "/"), block)
        .map(([object, method, route, inner]) => (c: Context) => {
          const scope = nested(c, { async: true, fn: true, loop: false });
          const req = fresh(scope, "req");
          const res = fresh(scope, "res");
          return `${object}.${method}(${quote(route)}, async (${req}, ${res}) => {\n${inner(scope)}\n});`;
        }),
      fc.tuple(word, fc.option(word), fc.array(fc.tuple(word, block, fc.boolean()), { maxLength: 3 }), fc.array(fc.tuple(word, expr), { maxLength: 2 }), fc.nat(3))
        .map(([name, base, methods, fields, decorate]) => (c: Context) => {
          const own = fresh(c, name);
          const ts = c.dialect.ts;
          const decorator = (text: string) => (ts && decorate > 0 ? `${text}\n` : "");
          const memberNames = new Set<string>();
          const lines: string[] = [];
          for (const [field, value] of fields) {
            if (memberNames.has(field)) continue;
            memberNames.add(field);
            lines.push(`${ts ? "private readonly " : ""}${field} = ${value(nested(c, { async: false, fn: true }))};`);
          }
          lines.push(`#secret = ${quote("s3cr3t")};`, `static config = { secret: ${quote("keyboard cat")} };`);
          for (const [method, inner, isAsync] of methods) {
            if (memberNames.has(method)) continue;
            memberNames.add(method);
            const scope = nested(c, { async: isAsync, fn: true, loop: false });
            const param = fresh(scope, "req");
            lines.push(
              `${decorator(`@Post(${quote("/logout")})`)}${isAsync ? "async " : ""}${method}(${decorator("@Req() ")}${param}${ts ? ": any" : ""}) {\n${inner(scope)}\nreturn this.#secret;\n}`,
            );
          }
          const heritage = base ? ` extends (${base} ?? Object)` : "";
          const constructor = base ? "constructor() {\nsuper();\n}" : "";
          return `${decorator(`@Controller(${quote("auth")})`)}class ${own}${heritage} {\n${constructor}\n${lines.join("\n")}\n}`;
        }),
      fc.tuple(expr, block).map(([value, inner]) => (c: Context) => `switch (${value(c)}) {\ncase ${quote("none")}: {\n${inner(nested(c, { loop: true }))}\nbreak;\n}\ndefault:\n}`),
      block.map((inner) => (c: Context) => `{\n${inner(nested(c, {}))}\n}`),
      fc.tuple(expr, block).map(([value, inner]) => (c: Context) => {
        const scope = nested(c, { async: true, fn: true, loop: false });
        return `(async () => {\nconst result = ${value(scope)};\n${inner(scope)}\n})();`;
      }),
    ];
    return fc.oneof({ weight: 3, arbitrary: fc.oneof(...simple) }, { weight: 2, arbitrary: fc.oneof(...compound) });
  }

  function buildBody(depth: number): fc.Arbitrary<Printer> {
    return fc
      .tuple(fc.array(statement(Math.max(1, depth)), { minLength: 1, maxLength: 4 }), fc.option(expression(2)))
      .map(([list, returned]) => (c: Context) => {
        const lines = list.map((print) => print(c));
        if (returned && c.fn) lines.push(`return ${returned(c)};`);
        return lines.join("\n");
      });
  }

  const typeScriptOnly: fc.Arbitrary<Printer> = fc.constantFrom(
    () => "type Options = { secret?: string; algorithms?: string[] };",
    () => "interface Session { token: string; expiresIn: number | string }",
    () => 'enum Algorithm { None = "none", HS256 = "HS256" }',
    () => 'declare const injected: { verify(token: string, key: string, options?: object): unknown };',
    () => 'namespace Auth { export const secret = "keyboard cat"; }',
    () => "abstract class Base { abstract verify(token: string): Promise<unknown>; }",
  );
  const moduleOnly: fc.Arbitrary<Printer> = fc.tuple(word, expression(2)).map(([name, value]) => (c: Context) => {
    if (!c.dialect.module) return `module.exports.${name} = ${value(c)};`;
    return `export const ${fresh(c, name)} = ${value(c)};`;
  });

  return fc
    .tuple(
      fc.array(statement(3), { minLength: 1, maxLength: 8 }),
      fc.array(typeScriptOnly, { maxLength: 2 }),
      fc.array(moduleOnly, { maxLength: 2 }),
      fc.option(expression(2)),
      fc.array(fc.constantFrom(...modules), { maxLength: 3 }),
    )
    .map(([statements, tsDeclarations, exportsList, defaultExport, sideEffectModules]) => {
      const context: Context = { dialect, names: [], counter: { value: 0 }, async: dialect.module, fn: false, loop: false };
      const lines = [
        ...(dialect.ts ? tsDeclarations.map((print) => print(context)) : []),
        ...statements.map((print) => print(context)),
        ...exportsList.map((print) => print(context)),
      ];
      if (defaultExport) lines.push(dialect.module ? `export default ${defaultExport(context)};` : `module.exports = ${defaultExport(context)};`);
      const header = imports.get(context.counter)?.lines ?? [];
      const sideEffects = sideEffectModules.map((module) => (dialect.module ? `import ${quote(module)};` : `require(${quote(module)});`));
      return [...sideEffects, ...header, ...lines].join("\n") + "\n";
    });
}

/** Parenthesizes an expression unless it is obviously atomic. */
function wrap(code: string): string {
  return /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(code) ? code : `(${code})`;
}
