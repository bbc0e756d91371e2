// The consultant works in the CRM's language: follow the page's <html lang>, else the browser's.
export type Lang = 'en' | 'no';

export function toLang(tag: string | null | undefined): Lang | null {
  const t = (tag ?? '').trim().toLowerCase();
  if (/^(no|nb|nn)\b/.test(t)) return 'no';
  if (/^en\b/.test(t)) return 'en';
  return null;
}

export function pageLang(doc: Document = document, nav: { language?: string } = navigator): Lang {
  return toLang(doc.documentElement.getAttribute('lang')) ?? toLang(nav.language) ?? 'en';
}
