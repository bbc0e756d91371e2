import { describe, expect, it, vi } from 'vitest';
import type { DraftView } from '../../lib/drafts';
import { withFirstOpen, type DraftsPort } from '../../lib/wizard/drafts-port';

const view = (id: string) => ({ id, name: id, revision: 1 }) as unknown as DraftView;

function fakePort() {
  const open = vi.fn(async (id?: string) => ({ ok: true as const, draft: view(id ?? 'asked') }));
  return { port: { open } as unknown as DraftsPort, open };
}

describe('withFirstOpen (the draft that came with the frame binding)', () => {
  it('answers the first plain open with the given draft, once, and asks the background after that', async () => {
    const { port, open } = fakePort();
    const p = withFirstOpen(port, view('given'));
    expect(await p.open()).toEqual({ ok: true, draft: view('given') });
    expect(open).not.toHaveBeenCalled();
    expect(await p.open()).toEqual({ ok: true, draft: view('asked') });
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('asks the background for a chosen or fresh draft, and when no draft came with the binding', async () => {
    const chosen = fakePort();
    expect(await withFirstOpen(chosen.port, view('given')).open('d1')).toEqual({ ok: true, draft: view('d1') });
    const fresh = fakePort();
    await withFirstOpen(fresh.port, view('given')).open(undefined, true);
    expect(fresh.open).toHaveBeenCalledWith(undefined, true);
    const none = fakePort();
    expect(await withFirstOpen(none.port, undefined).open()).toEqual({ ok: true, draft: view('asked') });
  });
});
