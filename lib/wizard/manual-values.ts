// When the CRM refuses the agent (Online restricts it unless an app asked for it), the consultant
// finishes in the CRM's own Add dialogs: the prepared values, in those dialogs' order.
import { fieldLabel, sortByRank } from '../protocol';
import type { WizardState } from './model';

export interface ManualValue {
  id: string;
  label: string;
  value: string;
  secret: boolean;
}
export interface ManualValues {
  connector: ManualValue[] | null;
  connection: ManualValue[];
}

export function manualValues(s: WizardState): ManualValues {
  const t = s.texts.value;
  const c = s.connector.value;
  const v = s.visibility.value;
  const users = s.crm.users.value;
  const groups = s.crm.groups.value;
  const who = [
    ...v.associateIds.map((id) => users.find((u) => u.associateId === id)?.name ?? `#${id}`),
    ...v.groupIds.map((id) => groups.find((g) => g.id === id)?.name ?? `#${id}`),
  ];
  const fields = sortByRank(s.fields.value?.list ?? []).filter((f) => f.FieldType !== 'Label' && f.Access !== 'ReadOnly');
  return {
    connector:
      c.mode === 'new'
        ? [
            { id: 'connector-name', label: t.connectorName, value: c.name.trim(), secret: false },
            { id: 'connector-url', label: t.connectorUrl, value: c.url.trim(), secret: false },
          ]
        : null,
    connection: [
      { id: 'connection-name', label: t.connectionName, value: s.name.value.trim(), secret: false },
      { id: 'connection-connector', label: t.connectorLabel, value: s.connectorName.value, secret: false },
      { id: 'connection-visibility', label: t.visibility, value: v.all ? t.visibilityAll : `${t.visibilitySome}: ${who.join(', ')}`, secret: false },
      ...fields.map((f) => ({ id: `field-${f.FieldKey}`, label: fieldLabel(f, s.lang), value: s.values.value[f.FieldKey] ?? '', secret: f.FieldType === 'Password' })),
      { id: 'connection-description', label: t.description, value: s.description.value.trim(), secret: false },
    ],
  };
}
