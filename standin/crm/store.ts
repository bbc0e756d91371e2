// Tenant data in memory, persisted to a JSON file when one is given: loaded at start, written
// atomically (temp file + rename) after every change, so a killed stand-in never leaves half a file.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { seedState, type CrmState, type TenantData } from './model.ts';

export class Store {
  state: CrmState;

  /** `seed`: the fresh state (default: the static tenants; the stand-in adds ones built at start). */
  constructor(
    private readonly file?: string,
    private readonly seed: () => CrmState = seedState,
  ) {
    this.state = file && existsSync(file) ? Store.load(file, seed) : seed();
  }

  private static load(file: string, seed: () => CrmState): CrmState {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CrmState;
    const seeded = seed();
    // A data file from an older run may lack a tenant: fill it from the seed.
    return { tenants: { ...seeded.tenants, ...parsed.tenants } };
  }

  tenant(custId: string): TenantData | undefined {
    return this.state.tenants[custId];
  }

  changed(): void {
    if (!this.file) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.state, null, 2));
    renameSync(tmp, this.file);
  }

  reset(): void {
    this.state = this.seed();
    this.changed();
  }
}
