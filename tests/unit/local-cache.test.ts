import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cachedLocal } from '../../lib/background/local-cache';

beforeEach(() => fakeBrowser.reset());

describe('cachedLocal', () => {
  it('reads once, and again only after local storage changed', async () => {
    await fakeBrowser.storage.local.set({ n: 1 });
    const read = vi.fn(async () => (await fakeBrowser.storage.local.get('n')).n);
    const get = cachedLocal(read);
    expect(await get()).toBe(1);
    expect(await get()).toBe(1);
    expect(read).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.session.set({ other: true }); // not local: the cache holds
    expect(await get()).toBe(1);
    expect(read).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ n: 2 });
    expect(await get()).toBe(2);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed read', async () => {
    const read = vi.fn().mockRejectedValueOnce(new Error('storage busy')).mockResolvedValue('ok');
    const get = cachedLocal(read);
    await expect(get()).rejects.toThrow('storage busy');
    expect(await get()).toBe('ok');
    expect(read).toHaveBeenCalledTimes(2);
  });
});
