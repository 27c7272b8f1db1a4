const COMBINING_MARK = /\p{M}/u;

const foldCache = new Map<string, string>();

/**
 * Letters with no decomposition that writers replace with a plain one: "Sanliurfa" for
 * "Şanlıurfa", "Lodz" for "Łódź", "Orsted" for "Ørsted", "Dakovo" for "Đakovo".
 */
const PLAIN_LETTERS = new Map(Object.entries({ ı: 'i', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ħ: 'h', Ħ: 'h' }));

/**
 * Folds one UTF-16 unit for matching: accents dropped, lower case. Always one unit (or '' for a
 * combining mark) so offsets in folded text equal offsets in the original.
 */
export function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    if (COMBINING_MARK.test(ch)) folded = '';
    else if (/\s/u.test(ch)) folded = ' ';
    else if (ch === '\u2019' || ch === '\u2018') folded = "'";
    else if (PLAIN_LETTERS.has(ch)) folded = PLAIN_LETTERS.get(ch)!;
    else {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      // Multi-unit results (e.g. "İ" → "i̇") keep their first unit to preserve offsets.
      folded = base.length === 0 ? ch : base[0]!;
    }
    foldCache.set(ch, folded);
  }
  return folded;
}

/** Folds a whole string (used for dictionary keys, where offsets do not matter). */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) out += ch.length === 1 ? foldChar(ch) : ch.toLowerCase();
  return out;
}
