import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bringWizard, createPopupDraftHandlers, takePendingDraft } from '../../lib/background/popup-drafts';
import { whenTabLoaded } from '../../lib/background/tab-loaded';
import { createDraftStore, createMemorySecretStore } from '../../lib/drafts';

const TENANT = 'https://online.superoffice.com/Cust1';
let n = 0;
let injected: number[];

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  injected = [];
  // Not in the fake browser: record which tab got the wizard.
  (fakeBrowser as unknown as { scripting: object }).scripting = {
    executeScript: vi.fn(async ({ target }: { target: { tabId: number } }) => void injected.push(target.tabId)),
  };
});

const settle = () => new Promise((r) => setTimeout(r, 0));
const onTenant = (url: string) => url.startsWith(`${TENANT}/admin/`);

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
    // (Beside the draft, the background marks the tab as opening: the frame placed now may be served.)
    expect(Object.entries(await fakeBrowser.storage.session.get(null)).filter(([k]) => k.startsWith('open-draft:')).map(([, v]) => v)).toEqual([created.draft.id]);
  });
});

describe('bringWizard', () => {
  it('injects again when the first injection did not start the wizard, and stops once it took its draft', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${TENANT}/admin/default.aspx` });
    await fakeBrowser.tabs.update(tab.id!, { status: 'complete' } as object);
    await fakeBrowser.storage.session.set({ [`open-draft:${tab.id}`]: 'd1' });
    // The first injection lands in a page that was not ready; the second starts the wizard, which takes its draft.
    (fakeBrowser as unknown as { scripting: object }).scripting = {
      executeScript: vi.fn(async () => {
        injected.push(tab.id!);
        if (injected.length === 2) await takePendingDraft(tab.id!);
      }),
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(bringWizard(tab.id!, onTenant, 3, 400)).resolves.toBe(true);
    expect(injected).toEqual([tab.id, tab.id]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('did not take its draft (attempt 1)'));
    warn.mockRestore();
  });

  it('gives up after its attempts, and at once for a tab that is gone', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${TENANT}/admin/default.aspx` });
    await fakeBrowser.tabs.update(tab.id!, { status: 'complete' } as object);
    await fakeBrowser.storage.session.set({ [`open-draft:${tab.id}`]: 'd1' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(bringWizard(tab.id!, onTenant, 2, 200)).resolves.toBe(false);
    expect(injected).toEqual([tab.id, tab.id]);
    expect(await fakeBrowser.storage.session.get(`open-draft:${tab.id}`)).toEqual({ [`open-draft:${tab.id}`]: 'd1' }); // for the wizard opened later
    await expect(bringWizard(999_999, onTenant, 3, 200)).resolves.toBe(false);
    expect(injected).toHaveLength(2);
    warn.mockRestore();
  });

  it('waits past the loaded about:blank a new Firefox tab starts as, then injects into the page it was opened for', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'about:blank' });
    await fakeBrowser.tabs.update(tab.id!, { status: 'complete' } as object);
    await fakeBrowser.storage.session.set({ [`open-draft:${tab.id}`]: 'd1' });
    (fakeBrowser as unknown as { scripting: object }).scripting = {
      executeScript: vi.fn(async () => {
        injected.push(tab.id!);
        await takePendingDraft(tab.id!);
      }),
    };
    const brought = bringWizard(tab.id!, onTenant, 3, 400);
    await new Promise((r) => setTimeout(r, 600));
    expect(injected).toEqual([]);
    await fakeBrowser.tabs.update(tab.id!, { url: `${TENANT}/admin/default.aspx`, status: 'complete' } as object);
    await expect(brought).resolves.toBe(true);
    expect(injected).toEqual([tab.id]);
  });

  it('does not inject into a page that is not the tenant’s admin page (a sign-in page first)', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://online.superoffice.com/login/?return=Cust1' });
    await fakeBrowser.tabs.update(tab.id!, { status: 'complete' } as object);
    await fakeBrowser.storage.session.set({ [`open-draft:${tab.id}`]: 'd1' });
    await expect(bringWizard(tab.id!, onTenant, 3, 200)).resolves.toBe(false);
    expect(injected).toEqual([]);
  });

  it('tries again at once when the injection itself failed, and forgets the draft of a tab that closed', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${TENANT}/admin/default.aspx` });
    await fakeBrowser.tabs.update(tab.id!, { status: 'complete' } as object);
    await fakeBrowser.storage.session.set({ [`open-draft:${tab.id}`]: 'd1' });
    let calls = 0;
    (fakeBrowser as unknown as { scripting: object }).scripting = {
      executeScript: vi.fn(async () => {
        if (++calls === 1) throw new Error('Frame with ID 0 is showing error page');
        await takePendingDraft(tab.id!);
      }),
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const started = Date.now();
    await expect(bringWizard(tab.id!, onTenant, 3, 4000)).resolves.toBe(true);
    expect(Date.now() - started).toBeLessThan(2000); // no wait for a wizard that was never injected
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('did not start in the new tab (attempt 1)'));
    warn.mockRestore();

    const gone = await fakeBrowser.tabs.create({ url: `${TENANT}/admin/default.aspx` });
    await fakeBrowser.storage.session.set({ [`open-draft:${gone.id}`]: 'd2' });
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue(undefined as never); // closed before it loaded
    await expect(bringWizard(gone.id!, onTenant, 3, 200)).resolves.toBe(false);
    expect(await fakeBrowser.storage.session.get(`open-draft:${gone.id}`)).toEqual({});
  });
});

describe('whenTabLoaded without the event', () => {
  it('still sees the tab complete by asking for its status, when no "complete" event reaches it', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${TENANT}/admin/default.aspx` });
    let loaded: boolean | undefined;
    void whenTabLoaded(tab.id!, 5000, 20).then((l) => (loaded = l));
    await settle();
    expect(loaded).toBeUndefined();
    // The tab completes, but the event is lost (the fake's update would send it: set it directly).
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ ...tab, status: 'complete' } as never);
    await vi.waitFor(() => expect(loaded).toBe(true), { timeout: 1000 });
  });
});
