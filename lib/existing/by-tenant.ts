// One value per tenant under one key of the extension's own storage (never the CRM page's), newest
// last and capped, so a long-lived browser does not collect tenants forever. Anything found under
// the key that is not such a record reads as empty; the callers check each value's shape.
export type TenantStore = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };

export function byTenant(key: string, max: number) {
  async function all(store: TenantStore): Promise<Record<string, unknown>> {
    const got = await store.get(key).catch(() => ({}) as Record<string, unknown>);
    const v = got[key];
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  }
  return {
    async get(store: TenantStore, tenant: string): Promise<unknown> {
      const v = await all(store);
      return Object.hasOwn(v, tenant) ? v[tenant] : undefined;
    },
    async put(store: TenantStore, tenant: string, value: unknown): Promise<void> {
      const rest = { ...(await all(store)) };
      delete rest[tenant];
      rest[tenant] = value;
      await store.set({ [key]: Object.fromEntries(Object.entries(rest).slice(-max)) }).catch(() => undefined);
    },
  };
}
