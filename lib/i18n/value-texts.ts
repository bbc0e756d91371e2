// The panel's words about values: placeholder-looking defaults, why a value does not fit (in the
// panel's language, with the Norwegian way of writing numbers), values shown as chosen, and the
// steps' marks. Kept apart from texts.ts so each feature's words live with it.
import type { PlainReason } from '../protocol/plain-reason';
import type { Lang } from './lang';

export type StepMark = 'done' | 'failed' | 'stale' | 'todo';
type Reasons = { [C in PlainReason['code']]: (r: Extract<PlainReason, { code: C }>) => string };

const en = {
  placeholderDefault: 'This default looks like a placeholder, not a value: check it.',
  keepDefault: 'Keep this value',
  passwordDefault: 'The connector declares a default for this password; it is not filled in. Type the password.',
  reasons: {
    'use-dot': (r) => `Use a dot as the decimal separator: ${r.suggestion}`,
    separators: () => 'Write the number with a dot before the decimals and no thousands separator, e.g. 1234.5',
    'not-a-number': () => 'This is not a number, e.g. 3.5',
    'not-whole': () => 'This field takes a whole number, without decimals.',
    'too-large': () => 'This number is too large.',
    'not-yes-no': () => 'Use yes or no (or 1 or 0).',
    'not-a-date': () => 'Write the date year first: 2024-12-31, or 2024-12-31 23:59.',
  } satisfies Reasons as Reasons,
  yes: 'Yes',
  no: 'No',
  wireValues: 'Values as sent to the connector (technical)',
  marks: { done: 'done', failed: 'failed', stale: 'values changed since', todo: 'not yet' } satisfies Record<StepMark, string>,
};

const no: typeof en = {
  placeholderDefault: 'Denne standardverdien ser ut som en plassholder, ikke en verdi: kontroller den.',
  keepDefault: 'Behold denne verdien',
  passwordDefault: 'Connectoren oppgir en standardverdi for dette passordet; den fylles ikke inn. Skriv inn passordet.',
  reasons: {
    'use-dot': (r) => `Bruk punktum som desimaltegn: ${r.suggestion}`,
    separators: () => 'Skriv tallet med komma foran desimalene og mellomrom mellom tusener, f.eks. 1 234,5',
    'not-a-number': () => 'Dette er ikke et tall, f.eks. 3,5',
    'not-whole': () => 'Feltet tar et heltall, uten desimaler.',
    'too-large': () => 'Tallet er for stort.',
    'not-yes-no': () => 'Bruk ja eller nei (eller 1 eller 0).',
    'not-a-date': () => 'Skriv datoen med året først: 2024-12-31, eller 2024-12-31 23:59.',
  },
  yes: 'Ja',
  no: 'Nei',
  wireValues: 'Verdiene slik de sendes til connectoren (teknisk)',
  marks: { done: 'fullført', failed: 'mislyktes', stale: 'verdiene er endret siden', todo: 'ikke ennå' },
};

export const VALUE_TEXTS: Record<Lang, typeof en> = { en, no };

/** A reason in the panel's language. */
export function reasonText(lang: Lang, r: PlainReason): string {
  return (VALUE_TEXTS[lang].reasons[r.code] as (x: PlainReason) => string)(r);
}
