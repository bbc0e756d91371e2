// A native <details> whose content is rendered only once opened: the Defaults and Rank Fields parts
// list every ERP field again, which a 200-field actor should not pay for until asked.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export function Disclosure({ title, testId, children }: { title: string; testId: string; children: () => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="configure-part" data-testid={testId} open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <h4>{title}</h4>
      </summary>
      {open && children()}
    </details>
  );
}
