// Localised display texts as connectors send them in one string: `NO:"Filnavn";US:"File Name"`.
// Separators between parts vary (`;`, `,`, whitespace, none). Quotes inside a text may be escaped
// as `\"` or doubled `""`. A string that is not entirely made of such parts is plain text.

export interface LocalisedPart {
  /** Language code as sent, upper-cased: `NO`, `US`, `GB`, ... */
  code: string;
  text: string;
}

const PART = /[\s;,]*([A-Za-z]{2,3})\s*:\s*"((?:[^"\\]|\\.|"")*)"\s*/y;

/** The parts, or null when the string is not in the localised form. */
export function parseLocalisedText(raw: string): LocalisedPart[] | null {
  const parts: LocalisedPart[] = [];
  PART.lastIndex = 0;
  let at = 0;
  while (at < raw.length) {
    PART.lastIndex = at;
    const m = PART.exec(raw);
    if (!m) {
      // Only a trailing separator may be left over.
      if (/^[\s;,]*$/.test(raw.slice(at)) && parts.length) break;
      return null;
    }
    parts.push({ code: (m[1] ?? '').toUpperCase(), text: unescape(m[2] ?? '') });
    at = PART.lastIndex;
  }
  return parts.length ? parts : null;
}

function unescape(s: string): string {
  return s.replace(/\\(.)|""/g, (whole, c: string | undefined) => (c === undefined ? '"' : c));
}

/** Which codes count as the user's language, best first. `nb-NO` → NO, `en-GB` → US, EN, GB. */
export function languageCodes(lang: string): string[] {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'no' || primary === 'nb' || primary === 'nn') return ['NO', 'NB', 'NN'];
  if (primary === 'en') return ['US', 'EN', 'GB', 'UK'];
  return primary ? [primary.toUpperCase()] : [];
}

/** The text to show: user's language → US → the first one given → the raw string. */
export function resolveText(raw: string | null | undefined, lang: string): string {
  if (raw === null || raw === undefined) return '';
  const parts = parseLocalisedText(raw);
  if (!parts) return raw;
  for (const code of [...languageCodes(lang), 'US']) {
    const hit = parts.find((p) => p.code === code);
    if (hit) return hit.text;
  }
  return parts[0]?.text ?? raw;
}
