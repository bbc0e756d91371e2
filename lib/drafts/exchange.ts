// A draft as a file, to move it to another machine or hand it to a colleague. The file leaves out
// what only means something here (ids, tenant, timestamps, revision, test results, what was applied)
// and every password value; it lists the secret keys so the importer knows what to ask for.
// Reading a file trusts nothing: size first, then JSON, then unsafe keys, then the exact shape.
import * as z from 'zod/mini';
import { draftError, type DraftError } from './errors';
import { issueToError } from './issues';
import { LIMITS, findUnsafeKey } from './limits';
import { Connection, Connector, SecretKeys, Step, type DraftView } from './schema';
import { splitValues } from './view';

export const EXPORT_FORMAT = 'erp-sync-draft';
export const EXPORT_VERSION = 1;

export const ExportedDraft = z.strictObject({
  name: z.string().check(z.maxLength(LIMITS.name)),
  step: Step,
  connector: Connector,
  connection: Connection,
  secretKeys: SecretKeys,
});
export type ExportedDraft = z.infer<typeof ExportedDraft>;
export const DraftExport = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().check(z.maxLength(64)),
  draft: ExportedDraft,
});
export type DraftExport = z.infer<typeof DraftExport>;

export function toExport(draft: DraftView, now: number): DraftExport {
  const { plain } = splitValues(draft.connection.values, draft.secretKeys);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    draft: {
      name: draft.name,
      step: draft.step,
      connector: draft.connector,
      connection: { ...draft.connection, values: plain },
      secretKeys: [...draft.secretKeys],
    },
  };
}

type Parsed = { ok: true; draft: ExportedDraft } | { ok: false; error: DraftError };
const fail = (error: DraftError): Parsed => ({ ok: false, error });
const short = (s: string) => (s.length > 64 ? `${s.slice(0, 64)}…` : s);

/** Reads a file's text (or an already parsed value) as an exported draft, or says why not. */
export function parseImport(input: unknown): Parsed {
  const tooLarge = draftError('import-too-large', { max: LIMITS.importBytes / 1024 });
  let value: unknown = input;
  if (typeof input === 'string') {
    if (new TextEncoder().encode(input).length > LIMITS.importBytes) return fail(tooLarge);
    try {
      value = JSON.parse(input);
    } catch {
      return fail(draftError('import-not-json'));
    }
  } else {
    let text: string | undefined;
    try {
      text = JSON.stringify(input);
    } catch {
      return fail(draftError('import-not-json')); // cycles, BigInt
    }
    if (text === undefined) return fail(draftError('import-not-json'));
    if (new TextEncoder().encode(text).length > LIMITS.importBytes) return fail(tooLarge);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail(draftError('import-format'));
  const unsafe = findUnsafeKey(value);
  if (unsafe) return fail(draftError('unsafe-key', { field: unsafe }));
  const head = value as { format?: unknown; version?: unknown };
  if (head.format !== EXPORT_FORMAT) return fail(draftError('import-format'));
  if (head.version !== EXPORT_VERSION) {
    const v = typeof head.version === 'number' || typeof head.version === 'string' ? short(String(head.version)) : '?';
    return fail(draftError('import-version', { field: v }));
  }
  const parsed = z.safeParse(DraftExport, value);
  if (parsed.success) return { ok: true, draft: parsed.data.draft };
  const issue = parsed.error.issues[0];
  if (!issue) return fail(draftError('invalid'));
  if (issue.code === 'unrecognized_keys') {
    const field = [...issue.path.map(String), issue.keys[0] ?? ''].join('.');
    return fail(draftError('import-unknown-field', { field: short(field) }));
  }
  return fail(issueToError(issue));
}
