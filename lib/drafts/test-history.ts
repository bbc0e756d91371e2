// Each test of a draft (from the browser or from the CRM) is kept: when, against which connector
// URL, the outcome, and a hash of the values tested, so the wizard can say "changed since".
import { attempt, must, readStored, DraftId, type Ctx } from './context';
import type { HistoryEntry } from './db';
import { redactSecrets, valuesHash } from './hash';
import { LIMITS } from './limits';
import { TestResult, type DraftView } from './schema';
import { valuesChanged } from './summary';
import { updateDraft } from './update';
import { splitValues } from './view';

export type HistoryItem = Omit<HistoryEntry, 'seq' | 'draftId'> & { valuesChangedSince: boolean | null };

export function testHistoryOps(ctx: Ctx) {
  async function current(id: string): Promise<DraftView> {
    return ctx.view(readStored(await (await ctx.db()).get('drafts', id)));
  }

  return {
    /** Keeps a test's result on the draft (`lastTest`) and in its history, in one transaction. */
    recordTest: (id: unknown, result: unknown) => attempt(async () => {
      const draftId = must(DraftId, id);
      const r = must(TestResult, result);
      const before = await current(draftId);
      const tested = r.values ?? before.connection.values;
      const { secret } = splitValues({ ...before.connection.values, ...tested }, before.secretKeys);
      const entry: HistoryEntry = {
        draftId,
        at: ctx.now(),
        where: r.where,
        connectorUrl: r.connectorUrl ?? (before.connector.mode === 'new' ? before.connector.url : ''),
        outcome: redactSecrets(r.outcome, secret).slice(0, LIMITS.text),
        ok: r.ok,
        valuesHash: await valuesHash(await ctx.secrets.hashKey(), draftId, tested),
      };
      const { seq: _s, draftId: _d, connectorUrl: _u, ...lastTest } = entry;
      return { draft: await keepTest(ctx, draftId, lastTest, entry) };
    }),
    /** The draft's tests, newest first, each saying whether the values changed since. */
    history: (id: unknown) => attempt(async () => {
      const draftId = must(DraftId, id);
      const draft = await current(draftId);
      const entries = await (await ctx.db()).getAllFromIndex('history', 'by-draft', draftId);
      const items: HistoryItem[] = [];
      const key = await ctx.secrets.hashKey().catch(() => null);
      for (const { seq: _s, draftId: _d, ...e } of entries.reverse()) {
        items.push({ ...e, valuesChangedSince: await valuesChanged(draft, e.valuesHash, key) });
      }
      return { entries: items };
    }),
  };
}

function keepTest(ctx: Ctx, id: string, lastTest: Omit<HistoryEntry, 'seq' | 'draftId' | 'connectorUrl'>, entry: HistoryEntry) {
  return updateDraft(ctx, id, (d) => ({ ...d, lastTest }), {
    stores: ['drafts', 'history'],
    also: async (tx) => {
      const history = tx.objectStore('history');
      await history.add(entry);
      const keys = await history.index('by-draft').getAllKeys(id);
      for (const key of keys.slice(0, Math.max(0, keys.length - LIMITS.historyPerDraft))) await history.delete(key);
    },
  });
}
