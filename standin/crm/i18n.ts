// Language of a REST call (SO-Language overrides Accept-Language) and SuperOffice's
// multi-language strings (`NO:"Brukernavn";US:"User name"`, separators vary).
import type { IncomingMessage } from 'node:http';

export type Lang = 'en' | 'no';

export function requestLang(req: IncomingMessage): Lang {
  const raw = String(req.headers['so-language'] ?? req.headers['accept-language'] ?? 'en').toLowerCase();
  return /^(no|nb|nn)\b/.test(raw.trim()) ? 'no' : 'en';
}

const PART = /([A-Za-z]{2}):"([^"]*)"/g;

/** Pick the user's language, then US (or GB/EN), then the raw text. */
export function localise(text: string | null, lang: Lang): string | null {
  if (text === null) return null;
  const parts = new Map<string, string>();
  for (const m of text.matchAll(PART)) parts.set((m[1] ?? '').toUpperCase(), m[2] ?? '');
  if (parts.size === 0) return text;
  const wanted = lang === 'no' ? ['NO', 'NB'] : ['US', 'GB', 'EN'];
  for (const code of [...wanted, 'US', 'GB', 'EN']) if (parts.has(code)) return parts.get(code) ?? text;
  return text;
}
