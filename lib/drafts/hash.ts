// "Have the values changed since the last test?" without keeping the values: a SHA-256 of the
// canonical JSON of every value (passwords included), salted with the draft id so equal configs
// in two drafts do not share a hash. It detects change; it is not meant to protect a weak password
// against guessing, which is why nothing else about the password is kept beside it.

/** JSON with keys sorted, so the same values always give the same text. */
export function canonicalJson(values: Record<string, string>): string {
  const keys = Object.keys(values).sort();
  return JSON.stringify(keys.map((k) => [k, values[k]]));
}

export async function valuesHash(draftId: string, values: Record<string, string>): Promise<string> {
  const bytes = new TextEncoder().encode(`${draftId}\n${canonicalJson(values)}`);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A test outcome can echo what was sent (a connector's error text, say): blank out secret values. */
export function redactSecrets(text: string, secrets: Record<string, string>): string {
  let out = text;
  for (const value of Object.values(secrets)) {
    if (value.length >= 3) out = out.split(value).join('•••');
  }
  return out;
}
