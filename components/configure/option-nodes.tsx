// The <option> lists of a Mappings row, built once and shared by every row (issue 18's 200-field
// budget): Preact clones a shared vnode per select, and on a row's re-render skips the options it
// already diffed (same original vnode), so 200 rows do not rebuild 200 × 15 option vnodes.
import type { VNode } from 'preact';
import { crmFieldOptions, type CrmFieldOption } from '../../lib/configure/crm-fields';
import type { Direction, DirectionBlock } from '../../lib/configure/directions';
import type { ConfigureTexts } from '../../lib/i18n/configure-texts';
import type { Lang } from '../../lib/i18n/lang';

export interface CrmOptionList {
  options: CrmFieldOption[];
  byKey: Map<string, CrmFieldOption>;
  nodes: VNode[];
}

const crmLists = new Map<string, CrmOptionList>();

/** The SuperOffice fields of one CRM entity, with their option vnodes in the consultant's language. */
export function crmOptionList(actorTypeCrm: string, lang: Lang): CrmOptionList {
  const id = `${actorTypeCrm}\u0000${lang}`;
  let list = crmLists.get(id);
  if (!list) {
    const options = crmFieldOptions(actorTypeCrm);
    list = {
      options,
      byKey: new Map(options.map((o) => [o.key, o])),
      nodes: options.map((o) => (
        <option key={o.key} value={o.key}>
          {o.name[lang]}
        </option>
      )),
    };
    crmLists.set(id, list);
  }
  return list;
}

export const DIRECTIONS = ['none', 'to-crm', 'to-erp', 'both'] as const;
export type Blocks = Record<Exclude<Direction, 'none'>, DirectionBlock | null>;

export function dirLabel(t: ConfigureTexts, d: Direction): string {
  return { none: t.dirNone, 'to-crm': t.dirToCrm, 'to-erp': t.dirToErp, both: t.dirBoth }[d];
}

// Per texts (one object per language), per combination of blocks: a handful in all.
const dirLists = new WeakMap<ConfigureTexts, Map<string, VNode[]>>();

/** The four directions, those that cannot apply disabled with their reason as a tooltip. */
export function directionOptionNodes(t: ConfigureTexts, blocks: Blocks): VNode[] {
  let byBlocks = dirLists.get(t);
  if (!byBlocks) dirLists.set(t, (byBlocks = new Map()));
  const id = `${blocks['to-crm']}|${blocks['to-erp']}|${blocks.both}`;
  let nodes = byBlocks.get(id);
  if (!nodes) {
    nodes = DIRECTIONS.map((d) => {
      const block = d === 'none' ? null : blocks[d];
      return (
        <option key={d} value={d} disabled={block !== null} title={block ? t.blocks[block] : undefined}>
          {dirLabel(t, d)}
        </option>
      );
    });
    byBlocks.set(id, nodes);
  }
  return nodes;
}
