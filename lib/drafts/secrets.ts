// Password values live here, never in IndexedDB. In the extension that is `storage.session`:
// memory only, gone when the browser closes, and (after lockSessionStorage) unreadable by
// content scripts. A lost secret is reported as `secretsMissing` so the wizard asks again.
import { browser } from 'wxt/browser';
import { importHashKey, isHashKeyMaterial, newHashKeyMaterial, type HashKey } from './hash';

export interface SecretStore {
  get(draftId: string): Promise<Record<string, string>>;
  /** Many drafts' secrets in one read (a list of 1,000 drafts must not make 1,000 reads). */
  getMany(draftIds: readonly string[]): Promise<Map<string, Record<string, string>>>;
  /** Replaces every secret kept for the draft; an empty record removes them. */
  set(draftId: string, values: Record<string, string>): Promise<void>;
  remove(draftId: string): Promise<void>;
  /** The key of the values' HMAC (lib/drafts/hash.ts): kept where the passwords are, made on first use. */
  hashKey(): Promise<HashKey>;
}

const PREFIX = 'draft-secrets:';
const HASH_KEY = 'values-hmac-key';

function plainStrings(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') out[k] = v;
  return out;
}

export function createSessionSecretStore(): SecretStore {
  const area = () => browser.storage.session;
  let hashKey: Promise<HashKey> | null = null;
  const readOrMakeKey = async () => {
    const got: unknown = (await area().get(HASH_KEY))[HASH_KEY];
    if (isHashKeyMaterial(got)) return importHashKey(got);
    const fresh = newHashKeyMaterial();
    await area().set({ [HASH_KEY]: fresh });
    return importHashKey(fresh);
  };
  return {
    hashKey() {
      if (!hashKey) {
        const p = readOrMakeKey();
        hashKey = p;
        p.catch(() => hashKey === p && (hashKey = null)); // a failed read is tried again next time
      }
      return hashKey;
    },
    async get(draftId) {
      const key = PREFIX + draftId;
      return plainStrings((await area().get(key))[key]);
    },
    async getMany(draftIds) {
      if (draftIds.length === 0) return new Map();
      const got = await area().get(draftIds.map((id) => PREFIX + id));
      return new Map(draftIds.map((id) => [id, plainStrings(got[PREFIX + id])]));
    },
    async set(draftId, values) {
      const key = PREFIX + draftId;
      if (Object.keys(values).length === 0) await area().remove(key);
      else await area().set({ [key]: { ...values } });
    },
    async remove(draftId) {
      await area().remove(PREFIX + draftId);
    },
  };
}

/** For tests and for browsers without session storage: the same contract, in this context's memory. */
export function createMemorySecretStore(): SecretStore & { dump(): Record<string, Record<string, string>> } {
  const kept = new Map<string, Record<string, string>>();
  const hashKey = importHashKey(newHashKeyMaterial());
  return {
    hashKey: () => hashKey,
    async get(draftId) {
      return { ...(kept.get(draftId) ?? {}) };
    },
    async getMany(draftIds) {
      return new Map(draftIds.map((id) => [id, { ...(kept.get(id) ?? {}) }]));
    },
    async set(draftId, values) {
      if (Object.keys(values).length === 0) kept.delete(draftId);
      else kept.set(draftId, { ...values });
    },
    async remove(draftId) {
      kept.delete(draftId);
    },
    dump: () => Object.fromEntries([...kept].map(([k, v]) => [k, { ...v }])),
  };
}

/**
 * Call once from the background: keeps session storage to trusted (extension) contexts, so a content
 * script in the CRM page cannot read passwords. That is Chrome's default too; saying it explicitly
 * guards against a default changing or another part of the extension widening it. Returns false
 * where the browser has no such switch or refuses it.
 */
export async function lockSessionStorage(): Promise<boolean> {
  const session = (browser.storage as { session?: { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } }).session;
  if (!session || typeof session.setAccessLevel !== 'function') return false;
  try {
    await session.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}
