// Between the two homes of a draft: IndexedDB keeps everything but password values, session
// storage keeps those. These pure helpers split a draft into the two and put it back together.
import type { Draft, DraftPatch, DraftView, StoredDraft } from './schema';
import { STORED_SCHEMA } from './schema';

/** Values of secret keys go to the secret store; the rest stays with the draft. */
export function splitValues(values: Record<string, string>, secretKeys: readonly string[]) {
  const plain: Record<string, string> = {};
  const secret: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (secretKeys.includes(key)) secret[key] = value;
    else plain[key] = value;
  }
  return { plain, secret };
}

export function toStored(draft: Draft): { stored: StoredDraft; secret: Record<string, string> } {
  const { plain, secret } = splitValues(draft.connection.values, draft.secretKeys);
  return { stored: { ...draft, connection: { ...draft.connection, values: plain }, schema: STORED_SCHEMA }, secret };
}

export function toView(stored: StoredDraft, secrets: Record<string, string>): DraftView {
  const { schema: _schema, ...draft } = stored;
  const values = { ...draft.connection.values };
  const secretsMissing: string[] = [];
  for (const key of draft.secretKeys) {
    const value = secrets[key];
    if (value === undefined) secretsMissing.push(key);
    else values[key] = value;
  }
  return { ...draft, connection: { ...draft.connection, values }, secretsMissing };
}

/** Later patches win; `connection` merges one level deep, its `values` are replaced whole. */
export function mergePatch(a: DraftPatch, b: DraftPatch): DraftPatch {
  const merged: DraftPatch = { ...a, ...b };
  if (a.connection && b.connection) merged.connection = { ...a.connection, ...b.connection };
  return merged;
}

/** The draft after a patch (not yet validated as a whole). */
export function applyPatch(draft: Draft, patch: DraftPatch): Draft {
  return {
    ...draft,
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.step !== undefined ? { step: patch.step } : {}),
    ...(patch.connector ? { connector: patch.connector } : {}),
    ...(patch.secretKeys ? { secretKeys: patch.secretKeys } : {}),
    ...(patch.addedConnector !== undefined ? { addedConnector: patch.addedConnector } : {}),
    ...(patch.edit ? { edit: patch.edit } : {}),
    ...(patch.configure ? { configure: patch.configure } : {}),
    connection: { ...draft.connection, ...patch.connection },
  };
}
