// The drafts service the background worker calls. Every method takes and returns plain JSON data,
// validates what it is given, and answers `{ ok: true, … }` or `{ ok: false, error }`: it never throws.
import * as z from 'zod/mini';
import { attempt, createContext, DraftId, must, readStored, type Ctx, type DraftStoreOptions } from './context';
import { write } from './db';
import { DraftFailure, toDraftError, type Result, type SaveResult } from './errors';
import { parseImport, toExport, type DraftExport } from './exchange';
import { check } from './issues';
import { hashKeyId } from './hash';
import { LIMITS } from './limits';
import { Applied, Draft, DraftInit, DraftPatch, Tenant, type DraftView, type StoredDraft } from './schema';
import { toSummary, type DraftSummary } from './summary';
import { testHistoryOps } from './test-history';
import { trashOps } from './trash';
import { keepSecrets, updateDraft } from './update';
import { applyPatch, toStored, toView } from './view';

export type { DraftStoreOptions } from './context';
export type Lang = 'en' | 'no';
const COPY_SUFFIX: Record<Lang, string> = { en: ' (copy)', no: ' (kopi)' };

export function createDraftStore(opts: DraftStoreOptions) {
  const ctx = createContext(opts);

  async function summaries(records: unknown[]): Promise<DraftSummary[]> {
    const stored: StoredDraft[] = [];
    for (const raw of records) {
      try {
        stored.push(readStored(raw));
      } catch {
        // an unreadable record is left out of the list, not allowed to break it
      }
    }
    // One read of the session's secrets for the whole list, only for drafts that have any.
    // Unreadable secrets leave the list whole: those drafts show their passwords as missing.
    const secrets = await ctx.secrets.getMany(stored.filter((d) => d.secretKeys.length > 0).map((d) => d.id)).catch(() => new Map<string, Record<string, string>>());
    // The HMAC key only when some draft has a test to compare with (it is read once, then kept).
    const tested = stored.some((d) => d.lastTest && hashKeyId(d.lastTest.valuesHash) !== null);
    const key = tested ? await ctx.secrets.hashKey().catch(() => null) : null;
    const out = await Promise.all(stored.map((d) => toSummary(toView(d, secrets.get(d.id) ?? {}), key)));
    return out.sort((a, b) => b.updatedAt - a.updatedAt);
  }

  async function addDraft(draft: Draft): Promise<DraftView> {
    const valid = check(Draft, draft);
    if (!valid.ok) throw new DraftFailure(valid.error);
    const w = toStored(valid.data);
    await write(await ctx.db(), ['drafts'], (tx) => tx.objectStore('drafts').add(w.stored));
    return keepSecrets(ctx, w.stored.id, w);
  }

  async function create(tenant: unknown, init: unknown = {}) {
    return attempt(async () => {
      const t = must(Tenant, tenant);
      const i = must(DraftInit, init);
      const now = ctx.now();
      const draft = await addDraft({
        id: ctx.uuid(), tenant: t, name: i.name ?? '', revision: 1, createdAt: now, updatedAt: now, step: i.step ?? 0,
        connector: i.connector ?? { mode: 'new', name: '', url: '' },
        connection: { name: '', description: '', visibility: { all: true }, values: {}, ...i.connection },
        secretKeys: i.secretKeys ?? [],
      });
      return { draft };
    });
  }

  async function get(id: unknown): Promise<Result<{ draft: DraftView }>> {
    return attempt(async () => {
      const db = await ctx.db();
      return { draft: await ctx.view(readStored(await db.get('drafts', must(DraftId, id)))) };
    });
  }

  return {
    /** Drafts of one CRM tenant, most recently changed first. */
    list: (tenant: unknown) => attempt(async () => {
      const db = await ctx.db();
      return { drafts: await summaries(await db.getAllFromIndex('drafts', 'by-tenant', must(Tenant, tenant))) };
    }),
    /** Every draft, grouped by tenant (tenants in alphabetical order). */
    listAll: () => attempt(async () => {
      const all = await summaries(await (await ctx.db()).getAll('drafts'));
      const tenants = [...new Set(all.map((d) => d.tenant))].sort();
      return { tenants: tenants.map((tenant) => ({ tenant, drafts: all.filter((d) => d.tenant === tenant) })) };
    }),
    get,
    create,
    /** Applies the panel's changes if nobody saved since `baseRevision`; a conflict hands back the current draft. */
    async save(id: unknown, patch: unknown, baseRevision: unknown): Promise<SaveResult> {
      try {
        const p = must(DraftPatch, patch);
        const base = must(z.number().check(z.int()), baseRevision);
        const draft = await updateDraft(ctx, must(DraftId, id), (d) => applyPatch(d, p), { baseRevision: base });
        return { ok: true, draft };
      } catch (e) {
        return { ok: false, error: toDraftError(e) };
      }
    },
    rename: (id: unknown, name: unknown) => attempt(async () => {
      const p = must(DraftPatch, { name });
      return { draft: await updateDraft(ctx, must(DraftId, id), (d) => ({ ...d, name: p.name ?? d.name })) };
    }),
    /** A copy under a new id, named "… (copy)" / "… (kopi)"; its test history starts empty. */
    duplicate: (id: unknown, lang: Lang = 'en') => attempt(async () => {
      const source = await get(id);
      if (!source.ok) throw new DraftFailure(source.error);
      // A copy did not add the original's connector: only the draft that added it offers to remove it.
      const { secretsMissing: _m, lastTest: _t, applied: _a, addedConnector: _c, ...rest } = source.draft;
      const suffix = COPY_SUFFIX[lang] ?? COPY_SUFFIX.en;
      const now = ctx.now();
      const name = rest.name.slice(0, LIMITS.name - suffix.length) + suffix;
      return { draft: await addDraft({ ...rest, id: ctx.uuid(), name, revision: 1, createdAt: now, updatedAt: now }) };
    }),
    /** Notes that the draft became a connector/connection in the CRM. */
    markApplied: (id: unknown, applied: unknown) => attempt(async () => {
      const a = must(Applied, applied);
      return { draft: await updateDraft(ctx, must(DraftId, id), (d) => ({ ...d, applied: a })) };
    }),
    ...trashOps(ctx),
    ...testHistoryOps(ctx),
    exportDraft: (id: unknown) => attempt(async () => {
      const r = await get(id);
      if (!r.ok) throw new DraftFailure(r.error);
      return { file: toExport(r.draft, ctx.now()) satisfies DraftExport };
    }),
    /** A new draft in `tenant` from an exported file; a refused file changes nothing. */
    importDraft: async (tenant: unknown, json: unknown) => {
      const t = check(Tenant, tenant);
      if (!t.ok) return t;
      const parsed = parseImport(json);
      if (!parsed.ok) return parsed;
      return create(t.data, parsed.draft);
    },
    /** Closes the database connection (tests; the background keeps it open). */
    close: () => ctx.close(),
  };
}

export type DraftStore = ReturnType<typeof createDraftStore>;
export type { Ctx };
