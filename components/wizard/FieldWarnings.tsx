// What the connector's field metadata needed working around (duplicate keys, unknown types, absurd
// lengths, ranks or defaults, too many fields), in the consultant's language, so they can tell
// whoever maintains the connector. Everything the connector sent is shown as text.
import { fieldLabel, MAX_FIELDS, MAX_LIST_ITEMS, type ConfigField, type FieldWarning } from '../../lib/protocol';
import type { WizardState } from '../../lib/wizard/model';

/** A connector with thousands of broken fields must not bury the form under its warnings. */
const SHOWN = 8;

export function FieldWarnings({ state, warnings, fields }: { state: WizardState; warnings: readonly FieldWarning[]; fields: readonly ConfigField[] }) {
  const t = state.texts.value;
  if (!warnings.length) return null;
  const name = (w: FieldWarning) => {
    const f = w.FieldKey === null ? undefined : fields.find((x) => x.FieldKey === w.FieldKey);
    const key = (w.FieldKey ?? '').slice(0, 60);
    return t.fieldWarningName(f && f.DisplayName !== f.FieldKey ? fieldLabel(f, state.lang).slice(0, 80) : key, key);
  };
  return (
    <div class="notice warn-box" role="status" data-testid="field-warnings">
      <p>{t.fieldWarningsIntro}</p>
      <ul>
        {warnings.slice(0, SHOWN).map((w, i) => (
          <li key={i} data-code={w.code}>
            {t.fieldWarnings[w.code](name(w), w.sent ?? '', w.count ?? 0, w.code === 'list-truncated' ? MAX_LIST_ITEMS : MAX_FIELDS)}
          </li>
        ))}
      </ul>
      {warnings.length > SHOWN && <p>{t.fieldWarningsMore(warnings.length - SHOWN)}</p>}
    </div>
  );
}
