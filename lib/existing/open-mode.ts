// Which way the panel opens on: the popup's explicit ask, else the tenant's remembered choice, else
// the wizard when a draft with work in it is resumed (a reload mid-wizard), else the choice screen.
import type { PanelMode } from './state';

/** The part of a draft that tells whether the consultant has done anything in it yet. */
export interface DraftLike {
  step: number;
  connector: { mode: 'existing' } | { mode: 'new'; name: string; url: string };
  connection: { name: string; description: string; values: Record<string, string> };
  edit?: unknown;
}

/** A draft the consultant has worked on: past step 1, or anything typed. */
export function hasWork(d: DraftLike): boolean {
  const c = d.connection;
  return d.step > 0 || c.name !== '' || c.description !== '' || Object.values(c.values).some((v) => v !== '') || (d.connector.mode === 'new' && (d.connector.name !== '' || d.connector.url !== ''));
}

/** null: show the choice screen. */
export function initialMode(o: { asked?: PanelMode | null; draft?: DraftLike | null; remembered: PanelMode | null }): PanelMode | null {
  if (o.asked) return o.asked;
  if (o.draft?.edit) return 'existing';
  if (o.remembered) return o.remembered;
  return o.draft && hasWork(o.draft) ? 'new' : null;
}
