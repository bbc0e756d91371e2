import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../lib/drafts/db';
import { DraftV0, migrateRecord, schemaOf, v0ToV1 } from '../../lib/drafts/migrations';
import v0Drafts from '../fixtures/drafts/v0-drafts.json';
import v1Draft from '../fixtures/drafts/v1-draft.json';
import { dumpDb, setup } from '../fixtures/drafts/helpers';

type V0 = (typeof v0Drafts)[number];
const [visma, onsite] = v0Drafts as [V0, V0];

describe('migrations as pure functions, on fixtures', () => {
  it('reads a record without `schema` as version 0', () => {
    expect(schemaOf(visma)).toBe(0);
    expect(schemaOf(v1Draft)).toBe(1);
  });

  it('lifts a v0 draft: string visibility, array values, ISO dates; passwords dropped', () => {
    const r = migrateRecord(visma);
    if (!r.ok) throw new Error(r.reason);
    expect(r.record).toEqual({
      schema: 1,
      id: '0b6f3a52-4d1e-4c3a-9a57-2f1f0c7e9b01',
      tenant: 'https://online.superoffice.com/Cust12345',
      name: 'Visma Business – test',
      revision: 4,
      createdAt: Date.parse('2024-03-01T09:15:00.000Z'),
      updatedAt: Date.parse('2024-03-02T14:00:00.000Z'),
      step: 3,
      connector: { mode: 'new', name: 'Visma Business', url: 'https://erp.example.no/ErpConnectorWS.svc' },
      connection: {
        name: 'Visma prod',
        description: 'Main ERP',
        visibility: { all: false, associateIds: [12, 14], groupIds: [3] },
        values: { server: 'erp01.example.no', company: '[I:42]' },
      },
      secretKeys: ['password'],
      lastTest: { at: Date.parse('2024-03-02T13:59:00.000Z'), where: 'browser', outcome: 'Connection OK', ok: true, valuesHash: '' },
    });
    expect(JSON.stringify(r.record)).not.toContain('hunter2');
  });

  it('lifts a v0 draft on an existing connector with visibility "all" and no test', () => {
    const r = migrateRecord(onsite);
    if (!r.ok) throw new Error(r.reason);
    expect(r.record.connector).toEqual({ mode: 'existing', erpConnectorId: 7 });
    expect(r.record.connection.visibility).toEqual({ all: true });
    expect(r.record.lastTest).toBeUndefined();
  });

  it('keeps a current record as it is, and tells newer and unreadable ones apart', () => {
    expect(migrateRecord(v1Draft)).toEqual({ ok: true, record: v1Draft });
    expect(migrateRecord({ ...v1Draft, schema: 2 })).toEqual({ ok: false, reason: 'newer' });
    expect(migrateRecord({ id: 'x' })).toEqual({ ok: false, reason: 'unreadable' });
    expect(migrateRecord({ ...visma, title: 'x'.repeat(300) })).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('is pure: the input is not changed', () => {
    const copy = structuredClone(visma);
    v0ToV1(DraftV0.parse(copy));
    expect(copy).toEqual(visma);
  });
});

describe('upgrading a real version-1 database', () => {
  async function oldDatabase(name: string, records: unknown[]) {
    const db = await openDB(name, 1, { upgrade: (d) => void d.createObjectStore('drafts', { keyPath: 'id' }) });
    for (const r of records) await db.put('drafts', r);
    db.close();
  }

  it('migrates every draft, keeps unreadable ones aside, and keeps no password', async () => {
    const broken = { id: 'broken-1', tenant: 'x', something: 'else' };
    const { dbName, store } = setup({ dbName: 'old-db-upgrade' });
    await oldDatabase(dbName, [...v0Drafts, broken]);
    const got = await store.get(visma.id);
    expect(got).toMatchObject({ ok: true, draft: { name: 'Visma Business – test', secretKeys: ['password'], secretsMissing: ['password'] } });
    const listed = await store.list('https://crm.example.no/SuperOffice');
    expect(listed).toMatchObject({ ok: true, drafts: [{ name: 'Onsite', connectorLabel: '#7', stepName: 'connector' }] });
    store.close();
    const db = await openDB(dbName);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['drafts', 'history', 'quarantine', 'trash']);
    expect(await db.count('drafts')).toBe(2);
    expect((await db.getAll('quarantine')).map((q: { record: unknown }) => q.record)).toEqual([broken]);
    db.close();
    expect(await dumpDb(dbName)).not.toContain('hunter2');
  });

  it('a newer database than this code understands gives a typed `version` error', async () => {
    const { dbName, store } = setup();
    const db = await openDB(dbName, DB_VERSION + 1);
    db.close();
    expect(await store.list('https://online.superoffice.com/Cust1')).toMatchObject({ ok: false, error: { code: 'version' } });
  });
});
