// Date-times as CultureDataFormatter writes them: `MM/dd/yyyy HH:mm:ss.fffffff` (month first,
// 7 fractional digits = .NET ticks). Kept as exact parts: a JS Date would lose the last 4 digits.

export interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0..9_999_999, in units of 100 ns (.NET ticks within the second). */
  ticks: number;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function isValidDateTime(p: DateTimeParts): boolean {
  const ints = [p.year, p.month, p.day, p.hour, p.minute, p.second, p.ticks];
  if (!ints.every(Number.isInteger)) return false;
  if (p.year < 1 || p.year > 9999 || p.month < 1 || p.month > 12) return false;
  if (p.day < 1 || p.day > daysInMonth(p.year, p.month)) return false;
  return p.hour >= 0 && p.hour < 24 && p.minute >= 0 && p.minute < 60 && p.second >= 0 && p.second < 60 && p.ticks >= 0 && p.ticks <= 9_999_999;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The wire form inside `[DT:...]`. */
export function formatWireDateTime(p: DateTimeParts): string {
  return `${pad(p.month, 2)}/${pad(p.day, 2)}/${pad(p.year, 4)} ${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second, 2)}.${pad(p.ticks, 7)}`;
}

const WIRE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$/;

/** Parse the wire form (tolerates 1-digit month/day/hour, missing seconds/fraction/time). */
export function parseWireDateTime(text: string): DateTimeParts | null {
  const m = WIRE.exec(text.trim());
  if (!m) return null;
  return checked(+m[3]!, +m[1]!, +m[2]!, m[4], m[5], m[6], m[7]);
}

/** ISO-like form a consultant types: `2013-12-31`, `2013-12-31 23:59`, `2013-12-31T23:59:59.1234567`. */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$/;

export function parseIsoDateTime(text: string): DateTimeParts | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  return checked(+m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6], m[7]);
}

export function formatIsoDateTime(p: DateTimeParts): string {
  const base = `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
  if (!p.hour && !p.minute && !p.second && !p.ticks) return base;
  const frac = p.ticks ? `.${pad(p.ticks, 7)}` : '';
  return `${base} ${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second, 2)}${frac}`;
}

function checked(year: number, month: number, day: number, h?: string, mi?: string, s?: string, f?: string): DateTimeParts | null {
  const p: DateTimeParts = {
    year,
    month,
    day,
    hour: h ? +h : 0,
    minute: mi ? +mi : 0,
    second: s ? +s : 0,
    ticks: f ? +f.padEnd(7, '0') : 0,
  };
  return isValidDateTime(p) ? p : null;
}
