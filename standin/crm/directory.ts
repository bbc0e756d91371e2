// The tenant's users (rows of the "AllUsers" archive) and user groups, for the visibility picker.
// Visibility stores ASSOCIATE ids: `associateDbId` (also the row's PrimaryKey), not `personId`.
export interface UserRow {
  PrimaryKey: number;
  EntityName: 'associate';
  associateDbId: number;
  personId: number;
  ejUserId: number;
  name: string;
  firstName: string;
  lastName: string;
  fullName: string;
  title: string;
  contactName: string;
  userGroup: string;
  userGroupId: number;
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

const people: Array<[string, string, string, number, string]> = [
  ['Kåre', 'Ødegård', 'KÅRE', 1, 'Salgssjef'],
  ['Åse', 'Bråthen', 'ÅSE', 2, 'Økonomisjef'],
  ['Øystein', 'Lærum', 'ØYSTEIN', 1, 'Selger'],
  ['Ingrid', 'Sæther', 'INGRID', 3, 'Kundebehandler'],
  ['Bjørn', 'Håland', 'BJØRN', 4, 'Daglig leder'],
  ['Marte', 'Kjærnes', 'MARTE', 2, 'Regnskapsfører'],
  ['Tore', 'Aasgaard', 'TORE', 3, 'Supportkonsulent'],
  ['Siv', 'Grønli', 'SIV', 1, 'Key account manager'],
];

export const USERS: UserRow[] = people.map(([first, last, login, group, title], i) => ({
  PrimaryKey: 11 + i,
  EntityName: 'associate',
  associateDbId: 11 + i,
  personId: 201 + i * 3,
  ejUserId: 0,
  name: login,
  firstName: first,
  lastName: last,
  fullName: `${first} ${last}`,
  title,
  contactName: 'Nordlys Regnskap AS',
  userGroup: USER_GROUPS.find((g) => g.Id === group)?.Value ?? '',
  userGroupId: group,
  isActive: true,
}));

export const isAssociate = (id: number) => USERS.some((u) => u.associateDbId === id);
export const isLiveGroup = (id: number) => USER_GROUPS.some((g) => g.Id === id && !g.Deleted);
