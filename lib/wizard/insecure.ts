// A connector test sends the connection's values to the connector; over plain http: a password
// among them crosses the network readable by anyone on the way. The consultant is told before
// pressing Test (components/wizard/InsecureNotice.tsx), not after.
import type { ConfigField } from '../protocol';

/** The host the password would go to unprotected, or null (https:, or no password typed). */
export function insecurePasswordHost(url: string, fields: readonly ConfigField[], values: Record<string, string>): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:') return null;
  const typed = fields.some((f) => f.FieldType === 'Password' && (values[f.FieldKey] ?? '') !== '');
  return typed ? u.host : null;
}
