#!/usr/bin/env node
// `auth-security-scan` / `npx eslint-plugin-auth-security`: the zero-config scanner (src/cli/main.ts).
import("../dist/src/cli/main.js").then(
  ({ main }) => main(),
  (error) => {
    const missingEslint = error?.code === "ERR_MODULE_NOT_FOUND" && /'eslint'/.test(String(error.message));
    console.error(
      missingEslint
        ? "auth-security-scan: ESLint 9.15+ or 10 is required next to eslint-plugin-auth-security: npm install --save-dev eslint"
        : `auth-security-scan: ${String(error?.message ?? error).split("\n")[0]}`,
    );
    process.exitCode = 2;
  },
);
