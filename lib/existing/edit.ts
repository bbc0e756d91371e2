// Saving an edit of an existing connection, with SuperOffice's rule
// (docs/en/erp/admin/update-connection.md): an Active connection is deactivated before its
// configuration fields change, and reactivated after. Name, visibility and description change
// without deactivating. The CRM's test must pass for exactly the new values before the save, and
// the save is read back. A failure after the deactivation says the connection is now inactive.
import type { ErpConnection, Plain } from '../crm';
import { choiceFields, readback, type ConnectionChoice } from '../crm/apply-connection';
import type { ExistingCrm, ExistingError } from './ports';

/** `configFields`: what the consultant typed, encoded. A Password field left empty is not in here. */
export type EditChanges = ConnectionChoice;

export type EditStep = 'read' | 'deactivate' | 'test' | 'save' | 'readback' | 'reactivate';

export type EditOutcome =
  | { state: 'saved'; connection: ErpConnection; deactivated: boolean; reactivated: boolean; notCompared: string[] }
  | { state: 'failed'; at: EditStep; message: Plain; crm?: ExistingError['crm']; leftInactive: boolean };

/** The whole entity as it will be saved: untouched values (an untyped Password) stay as the CRM holds them. */
export function editedEntity(current: ErpConnection, currentValues: Record<string, string>, ch: EditChanges): ErpConnection {
  return {
    ...current,
    ...choiceFields(ch),
    ConfigFields: { ...currentValues, ...ch.configFields },
  };
}

export const configChanged = (before: Record<string, string>, after: Record<string, string>): boolean =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].some((k) => (before[k] ?? '') !== (after[k] ?? ''));

const INACTIVE: Plain = {
  en: 'The connection is now inactive. Turn it back on with “Activate” in this list, or in Settings and maintenance → Quote/Sync → Sync: edit the connection and tick Active.',
  no: 'Koblingen er nå inaktiv. Slå den på igjen med «Aktiver» i denne listen, eller i Innstillinger og vedlikehold → Tilbud/Synk → Synk: rediger koblingen og kryss av for Aktiv.',
};

function failed(at: EditStep, what: Plain, leftInactive: boolean, err?: ExistingError): EditOutcome {
  const tail = leftInactive ? INACTIVE : { en: 'Nothing was changed in the CRM.', no: 'Ingenting ble endret i CRM-et.' };
  const why = err ? { en: ` ${err.message.en}`, no: ` ${err.message.no}` } : { en: '', no: '' };
  return { state: 'failed', at, message: { en: `${what.en}${why.en} ${tail.en}`, no: `${what.no}${why.no} ${tail.no}` }, leftInactive, ...(err?.crm ? { crm: err.crm } : {}) };
}

export async function saveEdit(crm: ExistingCrm, id: number, ch: EditChanges, opts: { secretKeys?: string[]; reactivate?: boolean } = {}): Promise<EditOutcome> {
  const [cur, vals] = await Promise.all([crm.getConnection(id), crm.getConnectionConfigFields(id)]);
  if (!cur.ok) return failed('read', { en: 'Could not read the connection.', no: 'Kunne ikke lese koblingen.' }, false, cur.error);
  if (!vals.ok) return failed('read', { en: 'Could not read the connection’s configuration.', no: 'Kunne ikke lese koblingens konfigurasjon.' }, false, vals.error);
  const next = editedEntity(cur.value, vals.value, ch);
  const fieldsChange = configChanged(vals.value, next.ConfigFields);
  // Whether the CRM masks Password values is not documented: a masked one sent back would replace the
  // real password with asterisks. Then a field change needs the password typed again.
  const masked = (opts.secretKeys ?? []).filter((k) => /^\*{3,}$/.test(vals.value[k] ?? '') && !(k in ch.configFields));
  if (fieldsChange && masked.length)
    return failed('read', { en: `The CRM answers the password (${masked.join(', ')}) masked: type it again to change configuration fields.`, no: `CRM-et svarer passordet (${masked.join(', ')}) maskert: skriv det inn igjen for å endre konfigurasjonsfelt.` }, false);
  const wasActive = cur.value.Active;
  let deactivated = false;
  if (fieldsChange) {
    if (wasActive) {
      const off = await crm.toggleConnectionActive(id);
      if (!off.ok) return failed('deactivate', { en: 'Could not deactivate the connection.', no: 'Kunne ikke deaktivere koblingen.' }, false, off.error);
      if (off.value.length) return failed('deactivate', { en: `The CRM would not deactivate the connection: ${off.value.join(' ')}`, no: `CRM-et ville ikke deaktivere koblingen: ${off.value.join(' ')}` }, false);
      deactivated = true;
    }
    const test = await crm.testConfig(next.ErpConnectorId, next.ConfigFields);
    if (!test.ok) return failed('test', { en: 'The CRM could not test the new values.', no: 'CRM-et kunne ikke teste de nye verdiene.' }, deactivated, test.error);
    if (!test.value) return failed('test', { en: 'The CRM’s test of the new values failed, so they were not saved.', no: 'CRM-ets test av de nye verdiene mislyktes, så de ble ikke lagret.' }, deactivated);
  }
  const toSave = { ...next, Active: fieldsChange ? false : wasActive };
  const saved = await crm.saveConnection(toSave);
  if (!saved.ok) return failed('save', { en: 'The CRM did not save the connection.', no: 'CRM-et lagret ikke koblingen.' }, deactivated, saved.error);
  const got = await crm.getConnection(id);
  if (!got.ok) return failed('readback', { en: 'Saved, but the connection could not be read back.', no: 'Lagret, men koblingen kunne ikke leses tilbake.' }, deactivated, got.error);
  const rb = readback(toSave, got.value, opts.secretKeys ?? []);
  if (rb.differences.length) return failed('readback', { en: `Saved, but the CRM holds other values for: ${rb.differences.join(', ')}.`, no: `Lagret, men CRM-et har andre verdier for: ${rb.differences.join(', ')}.` }, deactivated);
  let reactivated = false;
  if (deactivated && opts.reactivate !== false) {
    const on = await crm.toggleConnectionActive(id);
    if (!on.ok) return failed('reactivate', { en: 'Saved, but the connection could not be reactivated.', no: 'Lagret, men koblingen kunne ikke aktiveres igjen.' }, true, on.error);
    if (on.value.length) return failed('reactivate', { en: `Saved, but the CRM would not reactivate the connection: ${on.value.join(' ')}`, no: `Lagret, men CRM-et ville ikke aktivere koblingen igjen: ${on.value.join(' ')}` }, true);
    reactivated = true;
  }
  return { state: 'saved', connection: { ...got.value, Active: reactivated || got.value.Active }, deactivated, reactivated, notCompared: rb.notCompared };
}
