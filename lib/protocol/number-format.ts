// Doubles as .NET writes them in the invariant culture (`double.ToString("R")`): shortest digits
// that read back to the same number, plain notation for exponents -4..14, otherwise `1E+21` style.
// JS's shortest-digit algorithm gives the same digits; only the layout differs.

export function formatInvariantDouble(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  if (Object.is(n, -0)) return '-0';
  const [mant, expText] = n.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  if (exp >= -4 && exp < 15) return plain(mant, exp);
  const sign = exp < 0 ? '-' : '+';
  return `${mant}E${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function plain(mant: string, exp: number): string {
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let out: string;
  if (exp >= 0) {
    out = digits.length > exp + 1 ? `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}` : digits.padEnd(exp + 1, '0');
  } else {
    out = `0.${'0'.repeat(-exp - 1)}${digits}`;
  }
  return neg ? `-${out}` : out;
}

/** Invariant-culture number text: optional sign, digits, optional dot fraction, optional exponent. */
const INVARIANT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function parseInvariantDouble(text: string): number | null {
  const t = text.trim();
  if (!INVARIANT.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** Between groups of three digits in Norwegian: a space, a no-break space or a narrow no-break space. */
const NO_GROUP = /[ \u00a0\u202f]/g;
const NORWEGIAN = /^([+\-\u2212]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.](\d+))?$/;

/**
 * A number as a Norwegian consultant types it (decimal comma, or the invariant dot; a space or
 * no-break space between thousands) as invariant text ("1 234,5" → "1234.5"), or null when it is
 * not one. Only the Norwegian panel reads numbers this way: in English "3,5" stays ambiguous.
 */
export function normalizeNorwegianNumber(text: string): string | null {
  const m = NORWEGIAN.exec(text.trim());
  if (!m) return null;
  const sign = m[1] === '\u2212' ? '-' : (m[1] ?? '');
  return `${sign}${(m[2] ?? '').replace(NO_GROUP, '')}${m[3] !== undefined ? `.${m[3]}` : ''}`;
}
