// The popup's "what does this tab show": the Sync tab's lists may sit in a frame of the admin page,
// so every frame's screen check is asked, and any frame on the Sync tab makes the tab "sync-tab".
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabStatus } from '../../lib/background/wizard-injection';

let results: unknown[];
let targets: unknown[];

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  targets = [];
  (fakeBrowser as unknown as { scripting: object }).scripting = {
    executeScript: vi.fn(async ({ target }: { target: unknown }) => {
      targets.push(target);
      return results.map((result, frameId) => ({ frameId, result }));
    }),
  };
});

async function statusWith(frames: unknown[]) {
  results = frames;
  const tab = await fakeBrowser.tabs.create({ url: 'https://online.superoffice.com/Cust1/admin/default.aspx?variant=frames#quote-sync/sync' });
  return tabStatus(tab.id!);
}

describe('tabStatus over frames', () => {
  it('asks every frame of the tab', async () => {
    await statusWith(['other-admin-screen']);
    expect(targets).toEqual([expect.objectContaining({ allFrames: true })]);
  });

  it('says sync-tab when any frame shows it, other-admin-screen when none does, nothing when no frame answers', async () => {
    expect((await statusWith(['other-admin-screen', 'sync-tab'])).screen).toBe('sync-tab');
    expect((await statusWith(['other-admin-screen', null, 'other-admin-screen'])).screen).toBe('other-admin-screen');
    expect((await statusWith([null, 'forged'])).screen).toBeNull();
  });
});
