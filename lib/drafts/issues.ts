// Turns zod's first complaint into the service's specific, user-facing error.
import * as z from 'zod/mini';
import { draftError, type DraftError } from './errors';
import { LIMITS, findUnsafeKey } from './limits';

type Issue = z.core.$ZodIssue;

function fieldOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

export function issueToError(issue: Issue): DraftError {
  const field = fieldOf(issue.path);
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    if (issue.origin === 'string') return draftError('too-long', { field, max });
    if (issue.origin !== 'array') return draftError('invalid', { field });
    if (/associateIds|groupIds/.test(field)) return draftError('too-many-ids', { field, max });
    return draftError('too-many-values', { field, max });
  }
  if (issue.code === 'custom' && issue.message === 'too-many-values') return draftError('too-many-values', { field, max: LIMITS.values });
  if (issue.code === 'custom' && issue.message === 'unsafe-key') return draftError('unsafe-key', { field: String(issue.path.at(-1) ?? '') });
  if (issue.code === 'invalid_key') {
    const inner = issue.issues[0];
    if (inner) return issueToError({ ...inner, path: [...issue.path, ...inner.path] } as Issue);
  }
  return draftError('invalid', { field: field || 'the draft' });
}

/** Validates untrusted input: unsafe keys first (before any object is built from it), then the schema. */
export function check<S extends z.ZodMiniType>(schema: S, input: unknown): { ok: true; data: z.infer<S> } | { ok: false; error: DraftError } {
  const unsafe = findUnsafeKey(input);
  if (unsafe) return { ok: false, error: draftError('unsafe-key', { field: unsafe }) };
  const parsed = z.safeParse(schema, input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, error: first ? issueToError(first) : draftError('invalid') };
}
