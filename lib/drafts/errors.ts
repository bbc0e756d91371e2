// Every failure the drafts service reports: a code the UI can branch on plus the plain message
// in English and Norwegian. Messages name fields and limits, never a value (a value may be a password).
import type { DraftView } from './schema';

export type DraftErrorCode =
  | 'not-found' | 'invalid' | 'too-long' | 'too-many-values' | 'too-many-ids' | 'unsafe-key'
  | 'undo-expired' | 'quota' | 'blocked' | 'aborted' | 'version' | 'unknown'
  | 'import-not-json' | 'import-too-large' | 'import-format' | 'import-version' | 'import-unknown-field';

export interface Message { en: string; no: string }
export interface DraftError { code: DraftErrorCode; message: Message; /** the field concerned, e.g. `connection.name` */ field?: string }
export interface ConflictError { code: 'conflict'; message: Message; current: DraftView }
export type Result<T> = { ok: true } & T | { ok: false; error: DraftError };
export type SaveResult = { ok: true; draft: DraftView } | { ok: false; error: DraftError | ConflictError };

type Params = { field?: string; max?: number };
const TEXTS: Record<DraftErrorCode | 'conflict', (p: Params) => Message> = {
  'not-found': () => ({ en: 'This draft no longer exists. It may have been removed in another tab.', no: 'Dette utkastet finnes ikke lenger. Det kan være fjernet i en annen fane.' }),
  invalid: (p) => ({ en: `The draft has an invalid value in ${p.field ?? 'a field'}.`, no: `Utkastet har en ugyldig verdi i ${p.field ?? 'et felt'}.` }),
  'too-long': (p) => ({ en: `${p.field ?? 'A text'} is longer than ${p.max} characters.`, no: `${p.field ?? 'En tekst'} er lengre enn ${p.max} tegn.` }),
  'too-many-values': (p) => ({ en: `A draft can hold at most ${p.max} configuration values.`, no: `Et utkast kan ha høyst ${p.max} konfigurasjonsverdier.` }),
  'too-many-ids': (p) => ({ en: `Visibility can list at most ${p.max} users or groups (${p.field ?? ''}).`, no: `Synlighet kan ha høyst ${p.max} brukere eller grupper (${p.field ?? ''}).` }),
  'unsafe-key': (p) => ({ en: `The name "${p.field}" cannot be used as a field key.`, no: `Navnet «${p.field}» kan ikke brukes som feltnøkkel.` }),
  'undo-expired': () => ({ en: 'The draft can no longer be brought back: undo is kept for 10 minutes.', no: 'Utkastet kan ikke lenger hentes tilbake: angre gjelder i 10 minutter.' }),
  quota: () => ({ en: 'The browser has no room left to save drafts. Remove old drafts and try again. Nothing was changed.', no: 'Nettleseren har ikke mer plass til utkast. Fjern gamle utkast og prøv igjen. Ingenting ble endret.' }),
  blocked: () => ({ en: 'Drafts are being upgraded, but an older version of the wizard is still open. Close other SuperOffice tabs (or reload them) and try again. Nothing was changed.', no: 'Utkastene oppgraderes, men en eldre versjon av veiviseren er fortsatt åpen. Lukk (eller last inn på nytt) andre SuperOffice-faner og prøv igjen. Ingenting ble endret.' }),
  aborted: () => ({ en: 'Saving was interrupted. Nothing was changed; try again.', no: 'Lagringen ble avbrutt. Ingenting ble endret; prøv igjen.' }),
  version: () => ({ en: 'The drafts were saved by a newer version of this extension. Update the extension to open them.', no: 'Utkastene ble lagret av en nyere versjon av utvidelsen. Oppdater utvidelsen for å åpne dem.' }),
  unknown: () => ({ en: 'The draft could not be saved because of an unexpected browser error. Nothing was changed.', no: 'Utkastet kunne ikke lagres på grunn av en uventet feil i nettleseren. Ingenting ble endret.' }),
  'import-not-json': () => ({ en: 'This file is not a draft: it is not readable JSON.', no: 'Denne filen er ikke et utkast: den er ikke lesbar JSON.' }),
  'import-too-large': (p) => ({ en: `This file is too large to be a draft (over ${p.max} kB).`, no: `Denne filen er for stor til å være et utkast (over ${p.max} kB).` }),
  'import-format': () => ({ en: 'This file is not an ERP Sync draft exported from this wizard.', no: 'Denne filen er ikke et ERP Sync-utkast eksportert fra denne veiviseren.' }),
  'import-version': (p) => ({ en: `This draft file has version ${p.field}, which this extension cannot read. Update the extension.`, no: `Denne utkastfilen har versjon ${p.field}, som denne utvidelsen ikke kan lese. Oppdater utvidelsen.` }),
  'import-unknown-field': (p) => ({ en: `This draft file has a field this wizard does not know: ${p.field}.`, no: `Denne utkastfilen har et felt veiviseren ikke kjenner: ${p.field}.` }),
  conflict: () => ({ en: 'This draft was changed in another tab. Choose which version to keep.', no: 'Utkastet ble endret i en annen fane. Velg hvilken versjon du vil beholde.' }),
};

export function draftError(code: DraftErrorCode, params: Params = {}): DraftError {
  return { code, message: TEXTS[code](params), ...(params.field !== undefined ? { field: params.field } : {}) };
}

export function conflict(current: DraftView): ConflictError {
  return { code: 'conflict', message: TEXTS.conflict({}), current };
}

/** Marks a failure already turned into a DraftError, so the service can throw it through a transaction. */
export class DraftFailure extends Error {
  constructor(readonly error: DraftError | ConflictError) {
    super(error.code);
  }
}

/** Any exception from IndexedDB (or elsewhere) as a typed error; the exception's text is not passed on. */
export function toDraftError(e: unknown): DraftError | ConflictError {
  if (e instanceof DraftFailure) return e.error;
  const name = e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
  if (name === 'QuotaExceededError') return draftError('quota');
  if (name === 'AbortError' || name === 'TransactionInactiveError') return draftError('aborted');
  if (name === 'VersionError') return draftError('version');
  if (name === 'BlockedError') return draftError('blocked');
  return draftError('unknown');
}
