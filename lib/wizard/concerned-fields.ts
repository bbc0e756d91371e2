// Which configuration fields a failed test is about: the connector's own explanation usually
// names them ("Wrong user name or password"). Matching keys and labels lets the panel show the
// result next to those fields.
import { fieldLabel, resolveText, type ConfigField, type Outcome } from '../protocol';

export function concernedFields(outcome: Outcome<null> | null, fields: readonly ConfigField[], lang: string): string[] {
  if (!outcome || outcome.kind !== 'connector-error') return [];
  const text = [outcome.UserExplanation, outcome.TechExplanation, outcome.ErrorCode]
    .map((s) => resolveText(s ?? '', lang) + ' ' + (s ?? ''))
    .join(' ')
    .toLowerCase();
  const words = (s: string) => s.toLowerCase().replace(/[_-]+/g, ' ').trim();
  return fields
    .filter((f) => f.FieldType !== 'Label')
    .filter((f) => {
      const names = [f.FieldKey, fieldLabel(f, lang), fieldLabel(f, 'en'), fieldLabel(f, 'no')].map(words).filter((n) => n.length >= 3);
      return names.some((n) => text.includes(n) || text.includes(n.replace(/ /g, '')));
    })
    .map((f) => f.FieldKey);
}
