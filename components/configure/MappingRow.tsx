// One ERP field of a Mappings table: SuperOffice field, direction (disabled choices carry their
// reason, as the native dialog's tooltip does), Show in Search, Show in ERP tab, and a suggestion
// to accept. Reads only its own row's signals, so a change re-renders this row alone.
import { directionBlocks, type Direction } from '../../lib/configure/directions';
import { acceptSuggestion, setCrmField } from '../../lib/configure/mapping-actions';
import type { RowState } from '../../lib/configure/mapping-model';
import type { ConfigureTexts } from '../../lib/i18n/configure-texts';
import type { Lang } from '../../lib/i18n/lang';
import { crmOptionList, crmOptionSet, dirLabel, directionOptionSet } from './option-nodes';
import { sharedSelect } from './shared-select';

export { dirLabel };

export const rowId = (actor: string, key: string) => `erp-map-${actor}-${key}`.replace(/[^\w-]/g, '_');

export function MappingRow({ row, actorTypeCrm, t, lang }: { row: RowState; actorTypeCrm: string; t: ConfigureTexts; lang: Lang }) {
  const list = crmOptionList(actorTypeCrm);
  const key = row.crmFieldKey.value;
  const type = list.byKey.get(key)?.type ?? null;
  const blocks = directionBlocks({ crmFieldKey: key, erpType: row.base.FieldType, access: row.base.Access }, type);
  const reasons = [...new Set(Object.values(blocks).filter((b) => b !== null))].map((b) => t.blocks[b]);
  const id = rowId(row.actor, row.base.ErpFieldKey);
  const name = row.base.ErpDisplayName || row.base.ErpFieldKey;
  const s = row.suggestion.value;
  // A key the CRM answered that the wizard does not know is still shown, by the CRM's own name.
  const unknown = key && !list.byKey.has(key);
  return (
    <tr data-testid={`map-row-${row.base.ErpFieldKey}`}>
      <th scope="row">
        {name}
        {row.base.Access === 'Mandatory' && <span class="mandatory"> ({t.mandatory})</span>}
      </th>
      <td>
        {sharedSelect({
          id,
          'aria-label': `${t.crmField}: ${name}`,
          set: crmOptionSet(actorTypeCrm, t, lang),
          value: key,
          extra: unknown ? { value: key, label: row.base.CrmDisplayName || key } : null,
          // Its list is completed right after the render (shared-select.tsx): a fixed width, so
          // the column does not move when it is.
          deferred: true,
          style: { width: '9.5em' },
          onChange: (e) => setCrmField(row, actorTypeCrm, e.currentTarget.value),
        })}
        {s && (
          <p class="suggestion" data-testid="suggestion">
            {t.suggested(list.byKey.get(s.crmFieldKey)?.name[lang] ?? s.crmFieldKey, dirLabel(t, s.direction))}{' '}
            <button type="button" aria-label={`${t.accept}: ${name}`} onClick={() => acceptSuggestion(row)}>
              {t.accept}
            </button>
          </p>
        )}
      </td>
      <td>
        {sharedSelect({
          'aria-label': `${t.direction}: ${name}`,
          'aria-describedby': reasons.length ? `${id}-why` : undefined,
          set: directionOptionSet(t, blocks),
          value: row.direction.value,
          onChange: (e) => (row.direction.value = e.currentTarget.value as Direction),
        })}
        {reasons.length > 0 && (
          <p class="help" id={`${id}-why`}>
            {reasons.join(' ')}
          </p>
        )}
      </td>
      <td>
        <input type="checkbox" aria-label={`${t.showInSearch}: ${name}`} checked={row.showInSearch.value} onChange={(e) => (row.showInSearch.value = e.currentTarget.checked)} />
      </td>
      <td>
        <input type="checkbox" aria-label={`${t.showInGui}: ${name}`} checked={row.showInGui.value} onChange={(e) => (row.showInGui.value = e.currentTarget.checked)} />
      </td>
    </tr>
  );
}
