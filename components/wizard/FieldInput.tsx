// One configuration field, rendered by its FieldType: labelled, described, Mandatory marked,
// ReadOnly shown but not editable, MaxLength enforced, List items from the connector.
import { decodeDefault, effectiveMaxLength, fieldDescription, fieldLabel, formatPlain, resolveText, type ConfigField, type ListItem } from '../../lib/protocol';
import { useComputed } from '@preact/signals';
import { useState } from 'preact/hooks';
import type { WizardState } from '../../lib/wizard/model';
import { defaultNote } from '../../lib/wizard/placeholder-defaults';
import { problemText } from '../../lib/wizard/problem-text';
import { defaultNotice } from './DefaultNotice';

interface Props {
  state: WizardState;
  field: ConfigField;
  items: ListItem[] | undefined;
  /** For a List cut to its first items: how many the connector sent (any other key may be typed). */
  cut?: number;
  onInput: (key: string, value: string) => void;
}

export function FieldInput({ state, field, items, cut, onInput }: Props) {
  const t = state.texts.value;
  const [typeKey, setTypeKey] = useState(false);
  // Subscribed to this field's value and problem only, not to every value of the form.
  const typed = useComputed(() => (Object.hasOwn(state.values.value, field.FieldKey) ? (state.values.value[field.FieldKey] as string) : ''));
  const problem = useComputed(() => {
    const code = state.problemCodes.value.get(field.FieldKey);
    // A problem shows once the consultant typed here, or tried to go on.
    if (!code || !(state.stepErrors.value.length > 0 || typed.value)) return null;
    // The specific reason, in the panel's language, after the general one.
    return problemText(state, field.FieldKey, code);
  }).value;
  const note = useComputed(() => defaultNote(state, field)).value;
  // FieldKeys may hold spaces or other characters an id reference cannot.
  const id = `erp-field-${field.FieldKey.replace(/[^\w-]/g, (ch) => `_${ch.charCodeAt(0)}_`)}`;
  const label = fieldLabel(field, state.lang);
  const help = fieldDescription(field, state.lang);
  if (field.FieldType === 'Label') {
    return (
      <p class="field-label" id={id}>
        {label}
      </p>
    );
  }
  const readOnly = field.Access === 'ReadOnly';
  const fallback = decodeDefault(field);
  const value = readOnly ? (fallback ? formatPlain(fallback) : '') : typed.value;
  const mandatory = field.Access === 'Mandatory';
  const max = effectiveMaxLength(field);
  const describedBy = [help && `${id}-help`, note && `${id}-default`, problem && `${id}-problem`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: field.FieldKey,
    'aria-describedby': describedBy,
    'aria-invalid': problem ? ('true' as const) : undefined,
    'aria-required': mandatory || undefined,
    readOnly,
    'aria-readonly': readOnly || undefined,
  };
  const set = (v: string) => onInput(field.FieldKey, v);
  let control;
  switch (field.FieldType) {
    case 'Checkbox':
      // A checkbox cannot be read-only: it is shown disabled (its value is still announced).
      control = <input type="checkbox" {...common} disabled={readOnly} checked={value === 'true'} onChange={(e) => set(e.currentTarget.checked ? 'true' : 'false')} />;
      break;
    case 'List':
      control = (
        <select {...common} disabled={readOnly} value={value} onChange={(e) => set(e.currentTarget.value)}>
          <option value="">{t.chooseItem}</option>
          {items?.map((i) => (
            <option key={i.key} value={i.key}>
              {resolveText(i.text, state.lang)}
            </option>
          ))}
          {value && items && !items.some((i) => i.key === value) && <option value={value}>{value}</option>}
        </select>
      );
      if (!items || (cut !== undefined && typeKey)) control = <input type="text" {...common} value={value} maxLength={max} onInput={(e) => set(e.currentTarget.value)} />;
      // The list was cut to its first items: an item after those is chosen by its key.
      if (items && cut !== undefined && !readOnly)
        control = (
          <>
            {control}
            <button type="button" class="link" aria-pressed={typeKey} onClick={() => setTypeKey(!typeKey)}>
              {t.typeListKey}
            </button>
          </>
        );
      break;
    default:
      control = (
        <input
          type={field.FieldType === 'Password' ? 'password' : 'text'}
          inputMode={field.FieldType === 'Integer' ? 'numeric' : field.FieldType === 'Double' ? 'decimal' : undefined}
          autoComplete={field.FieldType === 'Password' ? 'new-password' : 'off'}
          placeholder={field.FieldType === 'Datetime' ? t.dateHelp : undefined}
          maxLength={max}
          {...common}
          value={value}
          onInput={(e) => set(e.currentTarget.value)}
        />
      );
  }
  return (
    <div class={`field type-${field.FieldType.toLowerCase()}${problem ? ' invalid' : ''}`} data-field={field.FieldKey}>
      <label for={id}>
        {label}
        {mandatory && (
          <span class="req" title={t.mandatory}>
            {' '}*<span class="sr">({t.mandatory})</span>
          </span>
        )}
        {readOnly && <span class="ro"> ({t.readOnly})</span>}
      </label>
      {control}
      {help && (
        <p class="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {defaultNotice(state, field, `${id}-default`, note)}
      {problem && (
        <p class="problem" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </div>
  );
}
