# Any CI: fail on any finding.
# With your own eslint.config.js (which includes authSecurity.configs.recommended):
npx eslint . --max-warnings 0
# Or without an ESLint config, with the zero-config scanner:
npx auth-security-scan --max-warnings 0
