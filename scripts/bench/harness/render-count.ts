// Preact's (mangled) hooks for the bench harnesses: `__r` before each component render, `__c` after
// each commit. Counts the components one change re-renders and when the last commit ended.
import { Fragment, options } from 'preact';

type Hooks = { __r?: (v: unknown) => void; __c?: (v: unknown, q: unknown) => void };

export interface RenderCount {
  /** Starts a measurement now: the count back to 0, the last commit at now. */
  start(): number;
  /** Components rendered since start, and ms from `t0` to the last commit. */
  since(t0: number): { renders: number; ms: number };
}

/**
 * `skipFragments`: Preact wraps an array of children (a select's options) in an internal Fragment,
 * diffed with its parent: not a component of ours, so not counted.
 */
export function countRenders(skipFragments = false): RenderCount {
  const hooks = options as Hooks;
  let renders = 0;
  let committedAt = 0;
  const onRender = hooks.__r;
  const onCommit = hooks.__c;
  hooks.__r = (v) => {
    if (!skipFragments || (v as { type?: unknown }).type !== Fragment) renders++;
    onRender?.(v);
  };
  hooks.__c = (v, q) => {
    committedAt = performance.now();
    onCommit?.(v, q);
  };
  return {
    start() {
      renders = 0;
      committedAt = performance.now();
      return committedAt;
    },
    since: (t0) => ({ renders, ms: committedAt - t0 }),
  };
}
