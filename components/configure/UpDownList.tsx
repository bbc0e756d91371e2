// An ordered list moved with Up/Down buttons (keyboard-operable, named per item), as the native
// Rank Fields and Set Sync Priority dialogs' arrows. Focus follows the moved item.
import type { OrderItem } from '../../lib/configure/order-model';

export function UpDownList({ prefix, items, busy, up, down, onMove }: {
  prefix: string;
  items: OrderItem[];
  busy: boolean;
  up: (name: string) => string;
  down: (name: string) => string;
  onMove: (index: number, delta: -1 | 1) => Promise<void>;
}) {
  const move = async (e: Event, index: number, delta: -1 | 1, key: string) => {
    const root = (e.currentTarget as HTMLElement).getRootNode() as Document | ShadowRoot;
    await onMove(index, delta);
    // After the re-render: the same button of the same item, or its other button at an end.
    setTimeout(() => {
      const same = root.getElementById?.(`${prefix}-${key}-${delta < 0 ? 'up' : 'down'}`) as HTMLButtonElement | null;
      const other = root.getElementById?.(`${prefix}-${key}-${delta < 0 ? 'down' : 'up'}`) as HTMLButtonElement | null;
      (same && !same.disabled ? same : other)?.focus();
    }, 0);
  };
  return (
    <ol class="updown">
      {items.map((it, i) => (
        <li key={it.key} data-key={it.key}>
          <span>{it.name}</span>{' '}
          <button type="button" id={`${prefix}-${it.key}-up`} aria-label={up(it.name)} title={up(it.name)} disabled={busy || i === 0} onClick={(e) => void move(e, i, -1, it.key)}>
            ↑
          </button>
          <button type="button" id={`${prefix}-${it.key}-down`} aria-label={down(it.name)} title={down(it.name)} disabled={busy || i === items.length - 1} onClick={(e) => void move(e, i, 1, it.key)}>
            ↓
          </button>
        </li>
      ))}
    </ol>
  );
}
