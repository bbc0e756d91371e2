// The panel's side of the plan for a refused agent: ask the background what the connector says,
// and turn it into the plan's input and the notes on what could not be read.
import type { Lang } from '../i18n/lang';
import type { ConfigureTexts } from '../i18n/configure-texts';
import { ask } from '../messages/send';
import { fieldLabel, resolveText } from '../protocol';
import type { ConnectorPlanData, Unread } from './plan-read';
import type { PlanInput } from './plan';

export async function askConnectorPlan(url: string): Promise<{ ok: true; data: ConnectorPlanData } | { ok: false; message: string }> {
  const r = await ask({ type: 'panel/connector-plan', requestId: `plan-${crypto.randomUUID()}`, url });
  return r.ok ? { ok: true, data: r.value } : { ok: false, message: r.error.message };
}

const reason = (w: Unread) => [w.code ?? w.kind, w.said].filter(Boolean).join(': ');

export function planInputFrom(data: ConnectorPlanData, connectionName: string, lang: Lang, t: ConfigureTexts): { input: PlanInput; notes: string[] } {
  const notes: string[] = [];
  if (!data.actorTypes.ok) notes.push(data.actorTypes.why.code === 'UNKNOWN_CONNECTION_ID' ? t.plan.unknownConnection : t.plan.actorsUnread(reason(data.actorTypes.why)));
  const actors: PlanInput['actors'] = [];
  for (const a of data.actors) {
    if ('why' in a) {
      notes.push(t.plan.fieldsUnread(a.actorType, reason(a.why)));
      continue;
    }
    actors.push({
      actorType: a.actorType,
      fields: a.fields.map((f) => ({ key: f.FieldKey, name: fieldLabel(f, lang) || f.FieldKey, type: f.FieldType, access: f.Access, ...(f.ListName ? { listName: f.ListName } : {}) })),
    });
  }
  const erpLists = Object.fromEntries(Object.entries(data.lists).map(([name, items]) => [name, Object.fromEntries(Object.entries(items).map(([k, v]) => [k, resolveText(v, lang)]))]));
  return { input: { connectionName, actors, erpLists }, notes };
}
