/** Searches of the raw source text that rules and models use as cheap per-file pre-checks. */

/**
 * `text.includes(pattern)`, found through the occurrences of `pattern[anchor]`: much cheaper when
 * that character is rare in source code (`J` of `eyJ`, `v` of `env`), since `includes` scans
 * from the pattern's first character.
 */
export function includesAround(text: string, pattern: string, anchor: number): boolean {
  const ch = pattern[anchor];
  for (let i = text.indexOf(ch, anchor); i !== -1; i = text.indexOf(ch, i + 1)) {
    if (text.startsWith(pattern, i - anchor)) return true;
  }
  return false;
}
