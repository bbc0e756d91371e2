import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPopupDraftHandlers } from '../../lib/background/popup-drafts';
import { whenTabLoaded } from '../../lib/background/tab-loaded';
import { createDraftStore, createMemorySecretStore } from '../../lib/drafts';

const TENANT = 'https://online.superoffice.com/Cust1';
let n = 0;
let injected: number[];

beforeEach(() => {
  fakeBrowser.reset();
  injected = [];
  // Not in the fake browser: record which tab got the wizard.
  (fakeBrowser as unknown as { scripting: object }).scripting = {
    executeScript: vi.fn(async ({ target }: { target: { tabId: number } }) => void injected.push(target.tabId)),
  };
});

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('whenTabLoaded', () => {
  it('is true at once for a tab that already finished loading before anyone listened', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${TENANT}/admin/default.aspx` });
    await fakeBrowser.tabs.update(tab.id!, { status: 'complete' } as object);
    await expect(whenTabLoaded(tab.id!)).resolves.toBe(true);
  });

  it('waits for "complete" of that very tab, not of another', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${TENANT}/admin/default.aspx` });
    const other = await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    let loaded: boolean | undefined;
    void whenTabLoaded(tab.id!).then((l) => (loaded = l));
    await fakeBrowser.tabs.update(other.id!, { status: 'complete' } as object);
    await fakeBrowser.tabs.update(tab.id!, { status: 'loading' } as object);
    await settle();
    expect(loaded).toBeUndefined();
    await fakeBrowser.tabs.update(tab.id!, { status: 'complete' } as object);
    await settle();
    expect(loaded).toBe(true);
  });

  it('is false when the tab is closed first, or after the time limit', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${TENANT}/admin/default.aspx` });
    const closed = whenTabLoaded(tab.id!);
    await fakeBrowser.tabs.onRemoved.trigger(tab.id!, { windowId: 0, isWindowClosing: false }); // the fake's remove() breaks
    await expect(closed).resolves.toBe(false);
    const slow = await fakeBrowser.tabs.create({ url: `${TENANT}/admin/default.aspx` });
    await expect(whenTabLoaded(slow.id!, 20)).resolves.toBe(false);
  });
});

describe('opening a draft from the popup in a new tab', () => {
  it('brings the wizard even when the page loads before the background starts listening', async () => {
    const store = createDraftStore({ dbName: `popup-open-${++n}`, secrets: createMemorySecretStore() });
    const created = await store.create(TENANT, { name: 'Visma' });
    if (!created.ok) throw new Error('no draft');
    // The page finishes while the background is still writing which draft the tab is for.
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
      const [tab] = await fakeBrowser.tabs.query({ url: `${TENANT}/admin/default.aspx` });
      await fakeBrowser.tabs.update(tab!.id!, { status: 'complete' } as object);
      return set(items);
    });
    const handlers = createPopupDraftHandlers(store, async () => []);
    const reply = await handlers['ui/open-draft']({ type: 'ui/open-draft', id: created.draft.id }, {} as never);
    expect(reply).toEqual({ ok: true, where: 'new-tab' });
    await vi.waitFor(() => expect(injected).toHaveLength(1));
    const [tab] = await fakeBrowser.tabs.query({ url: `${TENANT}/admin/default.aspx` });
    expect(injected).toEqual([tab!.id]);
    expect(Object.values(await fakeBrowser.storage.session.get(null))).toEqual([created.draft.id]);
  });
});
