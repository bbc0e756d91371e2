// @vitest-environment node
// Users (the AllUsers archive as GET User documents it) and user groups for the visibility picker:
// docs/en/api/archive-providers/reference/allusers.md (columns, "unfiltered"),
// docs/en/api/reference/restful/rest/User/v1User_GetAll.md ($mode, $output, odata.nextLink).
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
type Page = { value: Row[]; 'odata.nextLink': string | null };
const users = (q = '') => json<Page>(b.api(`User${q}`));
const control = (body: unknown) => fetch(`${s.crmOrigin}/__standin/control`, { method: 'POST', body: JSON.stringify(body) });

describe('GET /api/v1/User', () => {
  it('is unfiltered: 8 people plus a system user, an anonymous account, an external user, a resource and a retired user', async () => {
    const all = await users('?$select=associateDbId,personId,fullName,userName,assocType,isActive&$mode=Full');
    expect(all.value).toHaveLength(13);
    expect(all.value[0]).toMatchObject({ PrimaryKey: 11, EntityName: 'associate', associateDbId: { RawValue: 11 }, personId: { RawValue: 201 }, fullName: { DisplayValue: 'Kåre Ødegård' }, userName: { RawValue: 'KÅRE' } });
    expect(all.value.every((u) => (u.associateDbId as Row).RawValue !== (u.personId as Row).RawValue)).toBe(true);
    const types = all.value.map((u) => (u.assocType as Row).RawValue);
    expect(types.filter((t) => t !== 1)).toEqual([5, 4, 3, 2]);
    expect(all.value.filter((u) => (u.isActive as Row).RawValue === false).map((u) => (u.fullName as Row).DisplayValue)).toEqual(['Olav Sluttet']);
    expect(all['odata.nextLink']).toBeNull();
  });

  it('Slim mode gives display values: a bool as an icon hint, an associate column as the login; $output=Logical gives true/false', async () => {
    const slim = await users('?$select=associateDbId,isActive,usergroup,assocType&$top=1');
    expect(slim.value[0]).toEqual({ PrimaryKey: 11, EntityName: 'associate', associateDbId: 'KÅRE', isActive: '[I:checked]', usergroup: 'Salg', assocType: 'Associate' });
    const logical = await users('?$select=isActive&$output=Logical&$top=1');
    expect(logical.value[0]?.isActive).toBe(true);
  });

  it('refuses columns the archive does not have (`name`) with a documented REST error; names come back spelled as the archive spells them', async () => {
    expect(Object.keys((await users('?$select=userGroup&$top=1')).value[0] ?? {})).toEqual(['PrimaryKey', 'EntityName', 'usergroup']);
    for (const q of ['?$select=name', `?$filter=${encodeURIComponent("startswith(nope,'a')")}`]) {
      const res = await b.api(`User${q}`);
      expect(res.status, q).toBe(400);
      expect(await res.json()).toMatchObject({ Error: true, ErrorMessage: expect.stringMatching(/column/) });
    }
  });

  it('$filter: startswith, contains, substringof, begins, eq — case-insensitive, joined with and', async () => {
    const names = async (f: string) => (await users(`?$select=fullName&$filter=${encodeURIComponent(f)}`)).value.map((u) => u.fullName);
    expect(await names("startswith(fullName,'øy')")).toEqual(['Øystein Lærum']);
    expect(await names("contains(fullName,'æ')")).toEqual(['Øystein Lærum', 'Ingrid Sæther', 'Marte Kjærnes']);
    expect(await names("substringof('grøn',fullName)")).toEqual(['Siv Grønli']);
    expect(await names("lastName begins 'Å'")).toEqual([]);
    expect(await names("firstName begins 'Å'")).toEqual(['Åse Bråthen']);
    expect(await names("usergroupId eq 1 and contains(fullName,'i')")).toEqual(['Øystein Lærum', 'Siv Grønli']);
  });

  it('$orderBy with direction, $top and $skip with a next link', async () => {
    const sorted = await users(`?$select=fullName&$orderBy=fullName desc&$filter=${encodeURIComponent('assocType eq 1 and isActive eq true')}`);
    expect(sorted.value.map((u) => u.fullName)).toEqual(['Åse Bråthen', 'Øystein Lærum', 'Tore Aasgaard', 'Siv Grønli', 'Marte Kjærnes', 'Kåre Ødegård', 'Ingrid Sæther', 'Bjørn Håland']); // Norwegian order: Æ Ø Å last
    const page = await users('?$select=associateDbId&$mode=Full&$orderBy=associateDbId&$top=3&$skip=2');
    expect(page.value.map((u) => (u.associateDbId as Row).RawValue)).toEqual([13, 14, 15]);
    expect(page['odata.nextLink']).toBeNull(); // $top=3 asked for three rows: nothing more to link to
    expect((await b.api('User?$top=-1')).status).toBe(400);
  });

  it('many-users: 700 people in pages of 500 joined by odata.nextLink, which keeps the query', async () => {
    await control({ quirks: ['many-users'] });
    try {
      const first = await users('?$select=associateDbId,assocType,isActive&$mode=Full&$orderBy=associateDbId');
      expect(first.value).toHaveLength(500);
      const next = first['odata.nextLink'] ?? '';
      expect(next).toMatch(/^\/Cust12345\/api\/v1\/User\?/);
      expect(decodeURIComponent(next)).toContain('$mode=Full');
      const second = await json<Page>(b.api(next.replace('/Cust12345/api/v1/', '')));
      expect(second.value).toHaveLength(205);
      expect(second['odata.nextLink']).toBeNull();
      const rows = [...first.value, ...second.value];
      expect(rows.filter((u) => (u.assocType as Row).RawValue === 1 && (u.isActive as Row).RawValue === true)).toHaveLength(700);
    } finally {
      await control({ quirks: [] });
    }
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
