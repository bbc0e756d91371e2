// @vitest-environment node
// Users (AllUsers archive, OData options, associate ids) and user groups for the visibility picker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from '../../standin/index';
import { json, openSession, type BrowserSession } from '../../standin/testing';

let s: Standin;
let b: BrowserSession;
beforeAll(async () => {
  s = await startStandin({ crmPort: 0, connectorPort: 0 });
  b = await openSession(s);
});
afterAll(() => s.close());

type Row = Record<string, unknown>;
const users = (q = '') => json<{ value: Row[]; 'odata.nextLink': string | null }>(b.api(`User${q}`));

describe('GET /api/v1/User', () => {
  it('lists 8 users with associate ids distinct from person ids, Norwegian names intact', async () => {
    const all = await users();
    expect(all.value).toHaveLength(8);
    expect(all.value[0]).toMatchObject({ PrimaryKey: 11, EntityName: 'associate', associateDbId: 11, personId: 201, fullName: 'Kåre Ødegård', name: 'KÅRE' });
    expect(all.value.every((u) => u.associateDbId !== u.personId)).toBe(true);
    expect(all['odata.nextLink']).toBeNull();
  });

  it('$select keeps PrimaryKey and EntityName plus the chosen columns', async () => {
    const r = await users('?$select=associateDbId,fullName');
    expect(Object.keys(r.value[0] ?? {})).toEqual(['PrimaryKey', 'EntityName', 'associateDbId', 'fullName']);
  });

  it('$filter: startswith, contains, substringof, begins, eq — case-insensitive, joined with and', async () => {
    const names = async (f: string) => (await users(`?$filter=${encodeURIComponent(f)}`)).value.map((u) => u.fullName);
    expect(await names("startswith(fullName,'øy')")).toEqual(['Øystein Lærum']);
    expect(await names("contains(fullName,'æ')")).toEqual(['Øystein Lærum', 'Ingrid Sæther', 'Marte Kjærnes']);
    expect(await names("substringof('grøn',fullName)")).toEqual(['Siv Grønli']);
    expect(await names("lastName begins 'Å'")).toEqual([]);
    expect(await names("firstName begins 'Å'")).toEqual(['Åse Bråthen']);
    expect(await names("userGroup eq 'Salg' and contains(fullName,'i')")).toEqual(['Øystein Lærum', 'Siv Grønli']);
    expect((await b.api(`User?$filter=${encodeURIComponent("startswith(nope,'a')")}`)).status).toBe(400);
  });

  it('$orderBy with direction, $top and $skip with a next link', async () => {
    const sorted = await users('?$select=fullName&$orderBy=fullName desc');
    expect(sorted.value.map((u) => u.fullName)).toEqual(['Åse Bråthen', 'Øystein Lærum', 'Tore Aasgaard', 'Siv Grønli', 'Marte Kjærnes', 'Kåre Ødegård', 'Ingrid Sæther', 'Bjørn Håland']); // Norwegian order: Æ Ø Å last
    const page = await users('?$orderBy=associateDbId&$top=3&$skip=2');
    expect(page.value.map((u) => u.associateDbId)).toEqual([13, 14, 15]);
    expect(page['odata.nextLink']).toContain('$skip=5');
    expect((await b.api('User?$top=-1')).status).toBe(400);
  });
});

describe('GET /api/v1/List/UserGroup/Items', () => {
  it('has Id, Value, Tooltip, Rank, Deleted, and one deleted group', async () => {
    const groups = await json<Row[]>(b.api('List/UserGroup/Items'));
    expect(groups).toHaveLength(5);
    expect(groups[1]).toEqual({ Id: 2, Value: 'Økonomi', Tooltip: 'Regnskap og fakturering', Rank: 2, Deleted: false });
    expect(groups.filter((g) => g.Deleted).map((g) => g.Value)).toEqual(['Gamle prosjekter']);
  });
});
