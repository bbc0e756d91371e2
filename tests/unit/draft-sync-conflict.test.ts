// Two tabs on one draft: the conflict another tab's save reveals must stay shown while this tab's
// own (doomed) save is on its way. It used to vanish for that moment and come back (an alert read
// twice, and a button that was not there when pressed).
import { effect } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { DraftView } from '../../lib/drafts';
import { createDraftSync } from '../../lib/wizard/draft-sync';
import type { DraftsPort } from '../../lib/wizard/drafts-port';
import { createWizardState } from '../../lib/wizard/model';

const view = (revision: number, name: string) =>
  ({ id: 'd1', tenant: 't', name: 'Draft', revision, step: 2, updatedAt: revision, connector: { mode: 'new', name: 'C', url: 'http://127.0.0.1:9/x' }, connection: { name, description: '', visibility: { all: true }, values: {} }, secretKeys: [], secretsMissing: [] }) as unknown as DraftView;

describe('draft sync: a conflict from another tab', () => {
  it('stays shown, without a gap, until this tab resolves it', async () => {
    let stored = view(1, 'first');
    let releaseSave: () => void = () => undefined;
    const port = {
      list: async () => ({ ok: true, drafts: [] }),
      history: async () => ({ ok: true, entries: [] }),
      open: async () => ({ ok: true, draft: stored }),
      save: async (_id: string, _patch: unknown, base: number) => {
        await new Promise<void>((r) => (releaseSave = r));
        return base === stored.revision ? { ok: true, draft: (stored = view(stored.revision + 1, 'mine')) } : { ok: false, error: { code: 'conflict', message: { en: 'c', no: 'c' }, current: stored } };
      },
    } as unknown as DraftsPort;
    const s = createWizardState('en');
    const sync = createDraftSync(s, port, 5);
    await sync.open();
    const seen: Array<string | null> = [];
    const stop = effect(() => void seen.push(sync.conflict.value ? sync.conflict.value.connection.name : null));

    s.name.value = 'typed here'; // unsaved in this tab…
    stored = view(2, 'theirs'); // …when the other tab's save lands
    await sync.otherTabSaved('d1', 2);
    expect(sync.conflict.value?.connection.name).toBe('theirs');
    await new Promise((r) => setTimeout(r, 20)); // this tab's own save starts, on the old revision
    releaseSave();
    await new Promise((r) => setTimeout(r, 20));
    expect(sync.saveState.value).toBe('conflict');
    // Shown once and never taken away in between.
    expect(seen).toEqual([null, 'theirs']);
    stop();
  });

  it('another tab’s save of the same draft keeps what this tab read and tested; another draft does not', async () => {
    let stored = view(1, 'first');
    const port = {
      list: async () => ({ ok: true, drafts: [] }),
      history: async () => ({ ok: true, entries: [] }),
      open: async () => ({ ok: true, draft: stored }),
      save: async () => ({ ok: true, draft: stored }),
    } as unknown as DraftsPort;
    const s = createWizardState('en');
    const sync = createDraftSync(s, port, 5);
    await sync.open();
    const fields = { source: 'browser' as const, forUrl: 'http://127.0.0.1:9/x', list: [], items: {} };
    s.fields.value = fields;
    s.crmTest.value = { key: s.currentKey.value, kind: 'config', result: { ok: true, value: true } } as never;
    stored = view(2, 'theirs');
    await sync.otherTabSaved('d1', 2);
    expect(s.name.value).toBe('theirs');
    expect(s.fields.value).toBe(fields);
    expect(s.crmTest.value).not.toBeNull();
    stored = { ...view(1, 'other'), id: 'd2' } as DraftView;
    await sync.open('d2');
    expect(s.fields.value).toBeNull();
    expect(s.crmTest.value).toBeNull();
  });
});
