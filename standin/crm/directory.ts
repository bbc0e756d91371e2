// The tenant's users (rows of the "AllUsers" archive) and user groups, for the visibility picker.
// docs/en/api/archive-providers/reference/allusers.md: "all kinds of users, unfiltered", so system
// users, anonymous accounts and external users are rows too (`assocType`), as are retired users
// (`isActive` false). Column names are the page's: `userName`/`assocName` (no `name`), `usergroup`.
// Visibility stores ASSOCIATE ids: `associateDbId` (also the row's PrimaryKey), not `personId`.

/** docs/en/api/reference/restful/rest/User/v1User_GetCurrentUser.md, `Type`: 1=InternalAssociate,
 *  2=ResourceAssociate, 3=ExternalAssociate, 4=AnonymousAssociate, 5=SystemAssociate. */
export const ASSOC_TYPES = { 1: 'Associate', 2: 'Resource', 3: 'External user', 4: 'Anonymous account', 5: 'System user' } as const;
export type AssocType = keyof typeof ASSOC_TYPES;

export interface UserRow {
  PrimaryKey: number;
  EntityName: 'associate';
  associateDbId: number;
  personId: number;
  ejUserId: number;
  userName: string;
  assocName: string;
  firstName: string;
  lastName: string;
  fullName: string;
  title: string;
  contactName: string;
  usergroup: string;
  usergroupId: number;
  assocType: AssocType;
  isActive: boolean;
}

export interface UserGroupItem {
  Id: number;
  Value: string;
  Tooltip: string;
  Rank: number;
  Deleted: boolean;
}

export const USER_GROUPS: UserGroupItem[] = [
  { Id: 1, Value: 'Salg', Tooltip: 'Selgere og salgsledere', Rank: 1, Deleted: false },
  { Id: 2, Value: 'Økonomi', Tooltip: 'Regnskap og fakturering', Rank: 2, Deleted: false },
  { Id: 3, Value: 'Kundeservice', Tooltip: 'Support og kundesenter', Rank: 3, Deleted: false },
  { Id: 4, Value: 'Ledelse', Tooltip: 'Ledergruppen', Rank: 4, Deleted: false },
  { Id: 5, Value: 'Gamle prosjekter', Tooltip: 'Nedlagt gruppe', Rank: 5, Deleted: true },
];

type Person = [first: string, last: string, login: string, group: number, title: string, type?: AssocType, active?: boolean];

const people: Person[] = [
  ['Kåre', 'Ødegård', 'KÅRE', 1, 'Salgssjef'],
  ['Åse', 'Bråthen', 'ÅSE', 2, 'Økonomisjef'],
  ['Øystein', 'Lærum', 'ØYSTEIN', 1, 'Selger'],
  ['Ingrid', 'Sæther', 'INGRID', 3, 'Kundebehandler'],
  ['Bjørn', 'Håland', 'BJØRN', 4, 'Daglig leder'],
  ['Marte', 'Kjærnes', 'MARTE', 2, 'Regnskapsfører'],
  ['Tore', 'Aasgaard', 'TORE', 3, 'Supportkonsulent'],
  ['Siv', 'Grønli', 'SIV', 1, 'Key account manager'],
];

// The accounts every tenant has besides its people, and one who left the company.
const others: Person[] = [
  ['System', 'User', 'SYSTEM', 4, '', 5],
  ['Anonymous', 'Web', 'ANON', 3, '', 4],
  ['Eva', 'Ekstern', 'EVA.EKSTERN@PARTNER.NO', 3, 'Konsulent (partner)', 3],
  ['Møterom', 'Fjorden', 'FJORDEN', 4, '', 2],
  ['Olav', 'Sluttet', 'OLAV', 1, 'Tidligere selger', 1, false],
];

function row([first, last, login, group, title, type = 1, active = true]: Person, i: number): UserRow {
  return {
    PrimaryKey: 11 + i,
    EntityName: 'associate',
    associateDbId: 11 + i,
    personId: 201 + i * 3,
    ejUserId: 0,
    userName: login,
    assocName: login,
    firstName: first,
    lastName: last,
    fullName: `${first} ${last}`,
    title,
    contactName: type === 3 ? 'Partner AS' : 'Nordlys Regnskap AS',
    usergroup: USER_GROUPS.find((g) => g.Id === group)?.Value ?? '',
    usergroupId: group,
    assocType: type,
    isActive: active,
  };
}

export const USERS: UserRow[] = [...people, ...others].map(row);

/** A tenant of `n` people (numbered Bruker001…), plus the other accounts every tenant has. */
function tenantOf(n: number): UserRow[] {
  const width = String(n).length < 3 ? 3 : String(n).length;
  const pad = (i: number) => String(i).padStart(width, '0');
  const many: Person[] = Array.from({ length: n }, (_, i) => [`Bruker${pad(i + 1)}`, `Etternavn${pad(n - i)}`, `B${i + 1}`, (i % 4) + 1, 'Medarbeider']);
  return [...people, ...others, ...many.slice(people.length)].map(row);
}

/** The "many-users" quirk: 700 people (a tenant whose list comes in two pages). */
export const MANY_USERS: UserRow[] = tenantOf(700);
let huge: UserRow[] | null = null;

/** Which tenant a quirk set plays: "huge-tenant" (6,000 people) wins over "many-users" (700). */
export type TenantSize = 'small' | 'many' | 'huge';
export const tenantSize = (quirks: ReadonlySet<string>): TenantSize => (quirks.has('huge-tenant') ? 'huge' : quirks.has('many-users') ? 'many' : 'small');
export const usersFor = (size: TenantSize): UserRow[] => (size === 'huge' ? (huge ??= tenantOf(6000)) : size === 'many' ? MANY_USERS : USERS);
export const isAssociate = (id: number, size: TenantSize) => usersFor(size).some((u) => u.associateDbId === id);
export const isLiveGroup = (id: number) => USER_GROUPS.some((g) => g.Id === id && !g.Deleted);
