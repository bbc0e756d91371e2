// Moving one item up or down (the ERP tab's field order, the connections' sync priority), as the
// native dialogs' arrow buttons do (docs/en/erp/admin/configure.md, "Rank fields", "Set sync priority").

/** A copy with the item at `index` moved by `delta` places; unchanged when it would leave the list. */
export function move<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const out = [...items];
  const [it] = out.splice(index, 1);
  out.splice(to, 0, it as T);
  return out;
}
