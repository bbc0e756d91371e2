// The plan in words, per native dialog and in its order: the same sections for the panel, the
// printout and Copy as text (docs/en/erp/admin/configure.md's steps and button names).
import type { ConfigureTexts } from '../i18n/configure-texts';
import type { Lang } from '../i18n/lang';
import { crmFieldOptions } from './crm-fields';
import type { Direction } from './directions';
import type { Plan } from './plan';

export interface PlanSection {
  id: 'mappings' | 'lists' | 'defaults' | 'order' | 'priority' | 'active';
  title: string;
  steps: string[];
  groups: Array<{ title: string; lines: string[] }>;
}

export function planSections(plan: Plan, t: ConfigureTexts, lang: Lang): PlanSection[] {
  const p = t.plan;
  const dir = (d: Direction) => ({ none: t.dirNone, 'to-crm': t.dirToCrm, 'to-erp': t.dirToErp, both: t.dirBoth })[d];
  const crmName = (entity: string, key: string) => crmFieldOptions(entity).find((o) => o.key === key)?.name[lang] ?? key;
  const name = plan.connectionName;
  return [
    {
      id: 'mappings', title: t.stepNames.mappings, steps: [p.open(name, p.buttons.mappings), p.mappingsTab],
      groups: plan.mappings.map((a) => ({
        title: `${a.actorType}: ${t.enable(a.actorType, a.entity)}`,
        lines: a.rows.map((r) => {
          const field = `${r.erpField}${r.mandatory ? ` (${t.mandatory})` : ''}`;
          if (r.reason === 'suggested') return p.mapRow(field, crmName(a.entity, r.crmFieldKey), dir(r.direction));
          return r.reason === 'mandatory-unmatched' ? p.mapMandatory(field) : p.mapNone(field, t.noField);
        }),
      })),
    },
    {
      id: 'lists', title: t.stepNames.lists, steps: plan.lists.length ? [p.open(name, p.buttons.lists), p.listsHow(t.noField)] : [p.noLists],
      groups: plan.lists.map((l) => ({
        title: `${l.actorType}: ${l.erpField}`,
        lines: l.items.map((i) => (i.sameText ? p.itemSameText(i.erp) : p.item(i.erp, i.crm ?? t.noField))),
      })),
    },
    {
      id: 'defaults', title: t.stepNames.defaults, steps: plan.defaults.length ? [p.open(name, p.buttons.defaults), p.defaultsHow] : [p.noDefaults],
      groups: plan.defaults.length ? [{ title: p.defaultsGroup, lines: plan.defaults.map((d) => p.defaultRow(d.actorType, d.erpField, t.askUser, t.mustFill)) }] : [],
    },
    {
      id: 'order', title: t.stepNames.order, steps: [p.open(name, p.buttons.order), p.orderHow],
      groups: plan.order.map((o) => ({ title: o.actorType, lines: o.fields.map((f, i) => `${i + 1}. ${f}`) })),
    },
    { id: 'priority', title: t.stepNames.priority, steps: [p.priorityHow(name)], groups: [] },
    {
      id: 'active', title: t.stepNames.active, steps: [p.activeHow(name)],
      groups: plan.blocking.length ? [{ title: p.blockingGroup, lines: plan.blocking.map((b) => t.problemMandatory(b.actorType, b.erpField)) }] : [],
    },
  ];
}

/** Plain text for Copy as text: numbered sections, steps, then the values per group. */
export function planAsText(plan: Plan, t: ConfigureTexts, lang: Lang): string {
  const out = [t.plan.title(plan.connectionName), ''];
  planSections(plan, t, lang).forEach((s, i) => {
    out.push(`${i + 1}. ${s.title}`);
    for (const step of s.steps) out.push(`   - ${step}`);
    for (const g of s.groups) {
      out.push(`   ${g.title}`);
      for (const line of g.lines) out.push(`     ${line}`);
    }
    out.push('');
  });
  return out.join('\n').trimEnd() + '\n';
}
