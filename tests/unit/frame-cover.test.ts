// The clickjacking guard: mouse clicks in the panel are held back while the browser reports it
// shown but not as drawn (IntersectionObserver v2), and only then.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardFrameCover, supportsVisibility } from '../../components/wizard/frame-cover';

type Report = { isIntersecting: boolean; isVisible: boolean };
let report: ((r: Report) => void) | null = null;
let options: Record<string, unknown> = {};

/** The browser's observer, as Chromium has it (v2: trackVisibility, entries with isVisible). */
function withV2() {
  class Entry {}
  Object.defineProperty(Entry.prototype, 'isVisible', { value: false });
  class Observer {
    constructor(cb: (e: Report[]) => void, opts: Record<string, unknown>) {
      options = opts;
      report = (r) => cb([r]);
    }
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', Observer);
  vi.stubGlobal('IntersectionObserverEntry', Entry);
}

const mouseClick = (el: Element) => {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1 });
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
};

function panel() {
  document.body.innerHTML = '<button class="ok">OK</button><button class="close">×</button>';
  const ok = document.querySelector('.ok') as HTMLButtonElement;
  const close = document.querySelector('.close') as HTMLButtonElement;
  const seen = { ok: vi.fn(), close: vi.fn() };
  ok.addEventListener('click', seen.ok);
  close.addEventListener('click', seen.close);
  const changes: Array<[boolean, boolean]> = [];
  const guard = guardFrameCover(document, (c, b) => changes.push([c, b]));
  return { ok, close, seen, changes, guard };
}

afterEach(() => {
  vi.unstubAllGlobals();
  report = null;
});

describe('the frame-cover guard', () => {
  it('is off where the browser cannot tell (no IntersectionObserver v2)', () => {
    vi.stubGlobal('IntersectionObserverEntry', class {});
    expect(supportsVisibility(window)).toBe(false);
    expect(guardFrameCover(document, () => undefined)).toBeNull();
  });

  it('asks for visibility tracking at the browser’s minimum delay', () => {
    withV2();
    panel();
    expect(options).toMatchObject({ trackVisibility: true, delay: 100 });
  });

  it('holds back mouse clicks while shown but not as drawn, except Close; lets them through once drawn again', () => {
    withV2();
    const { ok, close, seen, changes } = panel();
    mouseClick(ok);
    expect(seen.ok).toHaveBeenCalledTimes(1); // nothing reported yet: not covered
    report?.({ isIntersecting: true, isVisible: false });
    mouseClick(ok);
    mouseClick(close);
    expect(seen.ok).toHaveBeenCalledTimes(1);
    expect(seen.close).toHaveBeenCalledTimes(1);
    expect(changes).toEqual([[true, false], [true, true]]);
    report?.({ isIntersecting: true, isVisible: true });
    mouseClick(ok);
    expect(seen.ok).toHaveBeenCalledTimes(2);
    expect(changes.at(-1)).toEqual([false, false]);
  });

  it('a hidden frame is not "covered": its next showing is judged by the next report', () => {
    withV2();
    const { ok, seen } = panel();
    report?.({ isIntersecting: false, isVisible: false });
    mouseClick(ok);
    expect(seen.ok).toHaveBeenCalledTimes(1);
  });

  it('keyboard activation (detail 0) is never held back', () => {
    withV2();
    const { ok, seen } = panel();
    report?.({ isIntersecting: true, isVisible: false });
    const e = new MouseEvent('click', { bubbles: true, cancelable: true, detail: 0 });
    Object.defineProperty(e, 'isTrusted', { value: true });
    ok.dispatchEvent(e);
    expect(seen.ok).toHaveBeenCalledTimes(1);
  });
});
