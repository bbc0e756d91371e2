// "Have the values changed since the last test?" without keeping the values: an HMAC-SHA-256 of the
// canonical JSON of every value (passwords included), keyed with a random key that lives only in
// session storage beside the passwords, never on disk. A bare hash on disk was a password
// verifier: with the profile folder, a word list would find the password offline (issue 15).
// Without the key (the browser was restarted) a stored hash proves nothing and says "unknown".

export interface HashKey {
  /** Written into each hash, so a hash made under another key reads as "unknown", not "changed". */
  id: string;
  key: CryptoKey;
}
/** What session storage keeps: the key id and the raw key, hex. */
export interface HashKeyMaterial {
  id: string;
  raw: string;
}

const VERSION = 'h1';
const hex = (bytes: ArrayBuffer | Uint8Array) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

export function newHashKeyMaterial(): HashKeyMaterial {
  return { id: hex(crypto.getRandomValues(new Uint8Array(8))), raw: hex(crypto.getRandomValues(new Uint8Array(32))) };
}

export function isHashKeyMaterial(v: unknown): v is HashKeyMaterial {
  const m = v as Partial<HashKeyMaterial> | null;
  return typeof m === 'object' && m !== null && typeof m.id === 'string' && /^[0-9a-f]{16}$/.test(m.id) && typeof m.raw === 'string' && /^[0-9a-f]{64}$/.test(m.raw);
}

export async function importHashKey(m: HashKeyMaterial): Promise<HashKey> {
  const raw = new Uint8Array(m.raw.match(/../g)?.map((b) => parseInt(b, 16)) ?? []);
  // Not extractable: nothing can read the key back out of this context's memory.
  const key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return { id: m.id, key };
}

/** JSON with keys sorted, so the same values always give the same text. */
export function canonicalJson(values: Record<string, string>): string {
  const keys = Object.keys(values).sort();
  return JSON.stringify(keys.map((k) => [k, values[k]]));
}

/** `h1.<key id>.<hmac hex>`; salted with the draft id so equal configs in two drafts differ. */
export async function valuesHash(k: HashKey, draftId: string, values: Record<string, string>): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', k.key, new TextEncoder().encode(`${draftId}\n${canonicalJson(values)}`));
  return `${VERSION}.${k.id}.${hex(mac)}`;
}

/** The key id a stored hash was made with; null for anything else (a bare hash of an older version included). */
export function hashKeyId(stored: string): string | null {
  const m = /^h1\.([0-9a-f]{16})\.[0-9a-f]{64}$/.exec(stored);
  return m?.[1] ?? null;
}

/** A stored hash that is not ours to keep: a bare SHA-256 written by an older version. */
export function isBareHash(stored: string): boolean {
  return /^[0-9a-f]{64}$/i.test(stored);
}

/** A test outcome can echo what was sent (a connector's error text, say): blank out secret values. */
export function redactSecrets(text: string, secrets: Record<string, string>): string {
  let out = text;
  for (const value of Object.values(secrets)) {
    if (value.length >= 3) out = out.split(value).join('•••');
  }
  return out;
}
