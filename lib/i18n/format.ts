// Dates and the document language, one way for every surface (panel, popup, options).
import type { Lang } from './lang';

/** BCP 47 tag for the `lang` attribute: Norwegian text is bokmål. */
export const htmlLang = (lang: Lang): string => (lang === 'no' ? 'nb' : 'en');

/** A moment as the consultant reads it, in their language. */
export function formatWhen(ms: number, lang: Lang, date: 'short' | 'medium' = 'short', time: 'short' | 'medium' = 'short'): string {
  return new Date(ms).toLocaleString(lang === 'no' ? 'nb-NO' : 'en-GB', { dateStyle: date, timeStyle: time });
}
