import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type AutosaveResult, type AutosaveState } from '../../lib/drafts/autosave';
import type { DraftPatch } from '../../lib/drafts/schema';

type D = { revision: number; name?: string };
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function harness(answer?: (patch: DraftPatch, base: number) => AutosaveResult<D> | Promise<AutosaveResult<D>>) {
  const calls: Array<{ patch: DraftPatch; base: number }> = [];
  let server = 1;
  const save = vi.fn(async (patch: DraftPatch, base: number) => {
    calls.push({ patch, base });
    if (answer) return answer(patch, base);
    server += 1;
    return { ok: true as const, draft: { revision: server } };
  });
  const auto = createAutosave<D>({ save, revision: 1 });
  const states: AutosaveState[] = [];
  auto.subscribe((s) => states.push(s.state));
  return { auto, calls, save, states };
}

describe('autosave', () => {
  it('merges changes typed in a burst into one save after the pause', async () => {
    const { auto, calls, states } = harness();
    auto.change({ name: 'a' });
    await vi.advanceTimersByTimeAsync(200);
    auto.change({ connection: { name: 'c' } });
    auto.change({ connection: { description: 'd' } });
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toEqual([{ patch: { name: 'a', connection: { name: 'c', description: 'd' } }, base: 1 }]);
    expect(states).toEqual(['idle', 'pending', 'pending', 'pending', 'saving', 'saved']);
    expect(auto.snapshot()).toMatchObject({ state: 'saved', revision: 2 });
  });

  it('flush saves at once, one save at a time, each on the revision the last one returned', async () => {
    let release: () => void = () => undefined;
    let rev = 1;
    const { auto, calls } = harness(async () => {
      await new Promise<void>((r) => (release = r));
      rev += 1;
      return { ok: true, draft: { revision: rev } };
    });
    auto.change({ name: 'one' });
    const first = auto.flush();
    await vi.advanceTimersByTimeAsync(0);
    auto.change({ name: 'two' });
    const second = auto.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    release();
    await Promise.all([first, second]);
    expect(calls.map((c) => [c.patch.name, c.base])).toEqual([['one', 1], ['two', 2]]);
    expect(auto.snapshot()).toMatchObject({ state: 'saved', revision: 3 });
  });

  it('keeps the unsaved patch on error and retries it with the next change', async () => {
    let fail = true;
    const { auto, calls } = harness(() => (fail
      ? { ok: false, error: { code: 'quota', message: { en: 'full', no: 'full' } } }
      : { ok: true, draft: { revision: 2 } }));
    auto.change({ name: 'kept' });
    await auto.flush();
    expect(auto.snapshot()).toMatchObject({ state: 'error', error: { code: 'quota' } });
    expect(auto.unsaved()).toEqual({ name: 'kept' });
    fail = false;
    auto.change({ step: 2 });
    await vi.advanceTimersByTimeAsync(400);
    expect(calls.at(-1)?.patch).toEqual({ name: 'kept', step: 2 });
    expect(auto.snapshot().state).toBe('saved');
    expect(auto.unsaved()).toBeNull();
  });

  it('treats a save that throws (the message channel closed) as an error, keeping the patch', async () => {
    const { auto } = harness(() => {
      throw new Error('port closed');
    });
    auto.change({ name: 'x' });
    await auto.flush();
    expect(auto.snapshot()).toMatchObject({ state: 'error', error: { code: 'unknown' } });
    expect(auto.unsaved()).toEqual({ name: 'x' });
  });

  it('on conflict stops saving, hands over the current draft, and goes on after resolve', async () => {
    let conflict = true;
    const { auto, calls } = harness((_p, base) => (conflict
      ? { ok: false, error: { code: 'conflict', current: { revision: 5, name: 'theirs' } } }
      : { ok: true, draft: { revision: base + 1 } }));
    auto.change({ name: 'mine' });
    await auto.flush();
    expect(auto.snapshot()).toMatchObject({ state: 'conflict', current: { revision: 5, name: 'theirs' } });
    auto.change({ step: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    conflict = false;
    await auto.resolve({ revision: 5 }, 'mine');
    expect(calls.at(-1)).toEqual({ patch: { name: 'mine', step: 1 }, base: 5 });
    expect(auto.snapshot()).toMatchObject({ state: 'saved', revision: 6 });
  });

  it('resolving with theirs drops the unsaved changes', async () => {
    const { auto, calls } = harness(() => ({ ok: false, error: { code: 'conflict', current: { revision: 9 } } }));
    auto.change({ name: 'mine' });
    await auto.flush();
    await auto.resolve({ revision: 9 }, 'theirs');
    expect(auto.unsaved()).toBeNull();
    expect(auto.snapshot()).toMatchObject({ state: 'saved', revision: 9 });
    expect(calls).toHaveLength(1);
  });

  it('follows a revision written elsewhere, and stops notifying after dispose', async () => {
    const { auto, calls, states } = harness();
    auto.setRevision(4);
    auto.change({ name: 'n' });
    await auto.flush();
    expect(calls[0]?.base).toBe(4);
    const count = states.length;
    auto.dispose();
    auto.change({ name: 'm' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(states).toHaveLength(count);
    expect(calls).toHaveLength(1);
    expect(auto.unsaved()).toEqual({ name: 'm' });
  });
});
