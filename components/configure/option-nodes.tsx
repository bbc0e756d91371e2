// The <option> lists of a Mappings row (issue 18's 200-field budget), built once as DOM and cloned
// into each row's <select> by SharedSelect (shared-select.tsx): 200 rows × 19 options created and
// inserted one by one by Preact was most of the render.
import { crmFieldOptions, type CrmFieldOption } from '../../lib/configure/crm-fields';
import type { Direction, DirectionBlock } from '../../lib/configure/directions';
import type { ConfigureTexts } from '../../lib/i18n/configure-texts';
import type { Lang } from '../../lib/i18n/lang';

export interface CrmOptionList {
  options: CrmFieldOption[];
  byKey: Map<string, CrmFieldOption>;
}

const crmLists = new Map<string, CrmOptionList>();

/** The SuperOffice fields of one CRM entity. */
export function crmOptionList(actorTypeCrm: string): CrmOptionList {
  let list = crmLists.get(actorTypeCrm);
  if (!list) {
    const options = crmFieldOptions(actorTypeCrm);
    crmLists.set(actorTypeCrm, (list = { options, byKey: new Map(options.map((o) => [o.key, o])) }));
  }
  return list;
}

export interface OptionSpec {
  value: string;
  label: string;
  disabled?: boolean;
  title?: string | undefined;
}

/** A set of options as a fragment to clone; built once per texts (language) and id: a handful. */
export type OptionSet = DocumentFragment;
const sets = new WeakMap<ConfigureTexts, Map<string, OptionSet>>();

function optionSet(t: ConfigureTexts, id: string, build: () => OptionSpec[]): OptionSet {
  let byId = sets.get(t);
  if (!byId) sets.set(t, (byId = new Map()));
  let set = byId.get(id);
  if (!set) {
    set = document.createDocumentFragment();
    for (const s of build()) {
      const o = document.createElement('option');
      o.value = s.value;
      o.textContent = s.label;
      if (s.disabled) o.disabled = true;
      if (s.title) o.title = s.title;
      set.append(o);
    }
    byId.set(id, set);
  }
  return set;
}

/** "(No field)" and the entity's fields, in the consultant's language. */
export function crmOptionSet(actorTypeCrm: string, t: ConfigureTexts, lang: Lang): OptionSet {
  return optionSet(t, `crm ${actorTypeCrm} ${lang}`, () => [{ value: '', label: t.noField }, ...crmOptionList(actorTypeCrm).options.map((o) => ({ value: o.key, label: o.name[lang] }))]);
}

export const DIRECTIONS = ['none', 'to-crm', 'to-erp', 'both'] as const;
export type Blocks = Record<Exclude<Direction, 'none'>, DirectionBlock | null>;

export function dirLabel(t: ConfigureTexts, d: Direction): string {
  return { none: t.dirNone, 'to-crm': t.dirToCrm, 'to-erp': t.dirToErp, both: t.dirBoth }[d];
}

/** The four directions, those that cannot apply disabled with their reason as a tooltip. */
export function directionOptionSet(t: ConfigureTexts, blocks: Blocks): OptionSet {
  return optionSet(t, `dir ${blocks['to-crm']}|${blocks['to-erp']}|${blocks.both}`, () =>
    DIRECTIONS.map((d) => {
      const block = d === 'none' ? null : blocks[d];
      return { value: d, label: dirLabel(t, d), disabled: block !== null, title: block ? t.blocks[block] : undefined };
    }),
  );
}
