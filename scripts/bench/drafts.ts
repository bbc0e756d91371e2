// Drafts with 1, 100 and 1,000 stored: the autosave's round trip (the wizard frame →
// background → IndexedDB → back), listing them all, and resuming one after a reload.
import type { BrowserContext, Page } from 'playwright-core';
import { adminUrl } from '../../tests/e2e/browser';
import { openFrameWorld, type FrameWorld } from './frame-world';
import { clickLauncherTimed } from './open-wizard';
import { atMost, sampled, type Figure } from './stats';

const SYNC_TAB = adminUrl('Cust12345', '#quote-sync/sync');

async function cs(context: BrowserContext, extensionId: string): Promise<{ page: Page; world: FrameWorld }> {
  const page = await context.newPage();
  const world = await openFrameWorld(page, extensionId, SYNC_TAB);
  return { page, world };
}

const send = <T>(world: FrameWorld, msg: object) =>
  world.evalInFrame<{ ms: number; reply: T }>(`(async () => {
    const t0 = performance.now();
    const reply = await chrome.runtime.sendMessage(${JSON.stringify(msg)});
    return { ms: performance.now() - t0, reply };
  })()`);

type Draft = { id: string; revision: number };
type Reply = { ok: boolean; draft?: Draft; drafts?: unknown[] };

async function createDrafts(world: FrameWorld, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const r = await send<Reply>(world, { type: 'panel/draft-open', fresh: true });
    if (!r.reply.ok) throw new Error(`could not create a draft: ${JSON.stringify(r.reply)}`);
  }
}

/** Saves like the autosave does (one changed value), `samples` times, on a draft of its own. */
async function autosaves(world: FrameWorld, samples: number): Promise<number[]> {
  const opened = await send<Reply>(world, { type: 'panel/draft-open', fresh: true });
  let draft = opened.reply.draft as Draft;
  const ms: number[] = [];
  for (let i = 0; i <= samples; i++) {
    const patch = { connection: { description: `typed ${i}`, values: { companyDb: 'DEMO', username: `demo${i}` } } };
    const r = await send<Reply>(world, { type: 'panel/draft-save', id: draft.id, patch, baseRevision: draft.revision });
    if (!r.reply.ok || !r.reply.draft) throw new Error(`autosave refused: ${JSON.stringify(r.reply)}`);
    draft = r.reply.draft;
    if (i > 0) ms.push(r.ms);
  }
  return ms;
}

export async function draftFigures(context: BrowserContext, extensionId: string, samples: number): Promise<Figure[]> {
  const { page, world } = await cs(context, extensionId);
  const figures: Figure[] = [];
  let stored = 0;
  for (const n of [1, 100, 1000]) {
    await createDrafts(world, n - stored - 1); // the autosave run adds one of its own
    const ms = await autosaves(world, samples);
    stored = n;
    const f = sampled(`Autosave round trip with ${n} draft${n > 1 ? 's' : ''} stored`, 'ms', ms);
    figures.push(n === 1000 ? atMost(f, 10, 'p95') : f);
  }
  const list: number[] = [];
  for (let i = 0; i <= samples; i++) {
    const r = await send<Reply>(world, { type: 'panel/drafts-list' });
    if ((r.reply.drafts?.length ?? 0) < 1000) throw new Error(`listed ${r.reply.drafts?.length} drafts`);
    if (i > 0) list.push(r.ms);
  }
  figures.push(atMost(sampled('List 1,000 drafts (the wizard’s drafts list)', 'ms', list), 50));
  figures.push(sampled('Resume after a reload: launcher click → draft restored in the panel (1,000 stored)', 'ms', await resumes(page, samples)));
  await page.close();
  return figures;
}

/** Reload the Sync tab and reopen the wizard: it opens on the newest draft, already restored. */
async function resumes(page: Page, samples: number): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i <= Math.min(samples, 10); i++) {
    await page.reload();
    await page.locator('so-erp-sync-launcher button').waitFor();
    const t = await clickLauncherTimed(page, 'section[data-step]', 'draft restored');
    if (i > 0) ms.push(t);
  }
  return ms;
}
