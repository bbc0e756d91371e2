// The reference Sync Connector's two personalities. Together their configuration fields use all
// eight field types, all three access levels, localised and plain texts, and ranks that differ
// from document order, so a client meets every case the protocol allows.
//
// Valid test values (anything else fails WSTestConfigData with an ErrorCode):
//   finance: companyDb "DEMO" (any case), username "demo", password "demo123",
//            department one of 100/200/300/400 (optional), pageSize [I:1]..[I:1000] (optional).
//   files:   fileMask a file pattern such as "*.csv" (mandatory), batchSize [I:1]..[I:10000]
//            (mandatory, default [I:500]), currencyRate [F:x] with x > 0, syncFrom a [DT:…] date.
//   test-excel: Filename "ErpClient.xlsm" (the one workbook on the stand-in's ERP server); the
//            other seven fields are not checked, as in SuperOffice's sample.
import type { FieldMeta } from './wcf-result.ts';

export const PROFILE_NAMES = ['finance', 'files', 'strict', 'test-excel'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export interface Profile {
  name: ProfileName;
  title: string;
  fields: FieldMeta[];
  lists: Record<string, Record<string, string>>;
  actorTypes: string[];
  /**
   * Set for a profile that plays a strict WCF service (standin/connector/strict.ts): its own
   * service- and data-contract namespaces, both unlike the client's default.
   */
  contract?: { contract: string; data: string };
  /** Extra checks after the generic mandatory/format ones; returns an error or null. */
  check(info: Record<string, string>): { code: string; user: string; tech: string } | null;
}

/** A field's metadata with the usual blanks filled in (also used by actor-fields.ts). */
export const f = (x: Partial<FieldMeta> & Pick<FieldMeta, 'FieldKey' | 'Rank' | 'DisplayName' | 'FieldType'>): FieldMeta => ({
  DisplayDescription: null,
  ListName: null,
  DefaultValue: null,
  MaxLength: 0,
  Access: 'Normal',
  ...x,
});

const finance: Profile = {
  name: 'finance',
  title: 'Demo Finance ERP (Tripletex-like)',
  fields: [
    f({ FieldKey: 'companyDb', Rank: 10, FieldType: 'Text', Access: 'Mandatory', MaxLength: 50, DisplayName: 'NO:"Firmadatabase";US:"Company database"', DisplayDescription: 'NO:"Navnet på firmadatabasen i ERP";US:"Name of the company database in the ERP"' }),
    f({ FieldKey: 'username', Rank: 20, FieldType: 'Text', Access: 'Mandatory', MaxLength: 64, DisplayName: 'NO:"Brukernavn";US:"User name"', DisplayDescription: 'US:"ERP user the sync logs in as";NO:"ERP-brukeren synkroniseringen logger inn som"' }),
    f({ FieldKey: 'password', Rank: 30, FieldType: 'Password', Access: 'Mandatory', MaxLength: 128, DisplayName: 'NO:"Passord";US:"Password"' }),
    f({ FieldKey: 'department', Rank: 50, FieldType: 'List', ListName: 'departments', DefaultValue: '200', DisplayName: 'NO:"Avdeling";US:"Department"', DisplayDescription: 'Department new ERP customers are filed under' }),
    f({ FieldKey: 'useVat', Rank: 60, FieldType: 'Checkbox', DefaultValue: '[I:1]', DisplayName: 'NO:"Bruk MVA-koder" US:"Use VAT codes"' }),
    f({ FieldKey: 'info', Rank: 5, FieldType: 'Label', Access: 'ReadOnly', DisplayName: 'US:"Connects to the demo finance ERP. Test user: demo / demo123."; NO:"Kobler til demo-økonomisystemet. Testbruker: demo / demo123."' }),
    f({ FieldKey: 'pageSize', Rank: 40, FieldType: 'Integer', DefaultValue: '[I:100]', DisplayName: 'Page size', DisplayDescription: 'Rows fetched per call (1–1000)' }),
  ],
  lists: { departments: { '100': 'Salg', '200': 'Økonomi', '300': 'Lager', '400': 'Kundeservice' } },
  actorTypes: ['Customer', 'Supplier', 'Contact', 'Project'],
  check(info) {
    if ((info.companyDb ?? '').trim().toUpperCase() !== 'DEMO')
      return { code: 'UNKNOWN_COMPANY_DATABASE', user: `US:"The company database was not found.";NO:"Fant ikke firmadatabasen."`, tech: `Company database '${info.companyDb ?? ''}' does not exist (valid: DEMO)` };
    if (info.username !== 'demo' || info.password !== 'demo123')
      return { code: 'INVALID_CREDENTIALS', user: 'US:"The user name or password is wrong.";NO:"Brukernavnet eller passordet er feil."', tech: 'Login rejected by the ERP (HTTP 401 from /auth/login)' };
    const dep = info.department ?? '';
    if (dep && !(dep in (finance.lists.departments ?? {})))
      return { code: 'UNKNOWN_LIST_ITEM', user: 'The chosen department does not exist.', tech: `No department with key '${dep}'` };
    return rangeCheck(info.pageSize, 1, 1000, 'pageSize');
  },
};

const files: Profile = {
  name: 'files',
  title: 'File exchange ERP',
  fields: [
    f({ FieldKey: 'exportFolder', Rank: 10, FieldType: 'Text', Access: 'ReadOnly', DefaultValue: 'C:\\ERPExchange\\Export', DisplayName: 'NO:"Eksportmappe";US:"Export folder"', DisplayDescription: 'Fixed by the ERP installation' }),
    f({ FieldKey: 'currencyRate', Rank: 40, FieldType: 'Double', DefaultValue: '[F:10.5]', DisplayName: 'NO:"Valutakurs",US:"Currency rate"', DisplayDescription: 'NO:"EUR → NOK";US:"EUR → NOK"' }),
    f({ FieldKey: 'syncFrom', Rank: 50, FieldType: 'Datetime', DefaultValue: '[DT:01/01/2024 00:00:00.0000000]', DisplayName: 'NO:"Synkroniser fra";US:"Sync from"' }),
    f({ FieldKey: 'batchSize', Rank: 30, FieldType: 'Integer', Access: 'Mandatory', DefaultValue: '[I:500]', DisplayName: 'NO:"Antall per fil";US:"Rows per file"' }),
    f({ FieldKey: 'deleteAfterImport', Rank: 60, FieldType: 'Checkbox', DefaultValue: '[I:0]', DisplayName: 'NO:"Slett filer etter import";US:"Delete files after import"' }),
    f({ FieldKey: 'fileMask', Rank: 20, FieldType: 'Text', Access: 'Mandatory', MaxLength: 32, DisplayName: 'NO:"Filmaske";US:"File mask"', DisplayDescription: 'For example *.csv' }),
  ],
  lists: {},
  actorTypes: ['Customer', 'Product'],
  check(info) {
    if (!/^[\w*?.-]+$/.test(info.fileMask ?? ''))
      return { code: 'INVALID_FILE_MASK', user: 'The file mask may only contain letters, digits, *, ?, . and -.', tech: `Bad file mask '${info.fileMask ?? ''}'` };
    const rate = info.currencyRate;
    if (rate !== undefined && rate !== '' && !(Number(/^\[F:(.*)\]$/.exec(rate)?.[1] ?? rate) > 0))
      return { code: 'INVALID_VALUE', user: 'The currency rate must be a number above 0.', tech: `currencyRate '${rate}'` };
    return rangeCheck(info.batchSize, 1, 10000, 'batchSize');
  },
};

// SuperOffice's own sample connector "Test.Excel": its field set exactly as
// SuperOffice/integration-services, Source/ErpConnector/Connector.cs (GetConfigData) declares it:
// eight fields in that order, no Rank set (C#'s default 0), ListName "" on the non-list fields,
// MaxLength 500 on all, placeholder-looking defaults "[password]" and "[text]", a date default of
// "now" (EncodeDateTime(DateTime.Now), here the stand-in's start), and the list ConnectorTestList
// from its GetList. TestConfigData there checks only that the workbook named by Filename exists in
// the connector's Resources folder; its explanations are copied in words, not translated.
const excelNow = new Date();
const two = (n: number) => String(n).padStart(2, '0');
const excelDefaultDate = `[DT:${two(excelNow.getMonth() + 1)}/${two(excelNow.getDate())}/${excelNow.getFullYear()} ${two(excelNow.getHours())}:${two(excelNow.getMinutes())}:${two(excelNow.getSeconds())}.0000000]`;
const x = (FieldKey: string, FieldType: FieldMeta['FieldType'], DefaultValue: string, DisplayName: string, DisplayDescription: string, rest: Partial<FieldMeta> = {}): FieldMeta =>
  f({ FieldKey, Rank: 0, FieldType, DefaultValue, DisplayName, DisplayDescription, ListName: '', MaxLength: 500, ...rest });
const EXCEL_FILES = ['ErpClient.xlsm'];

const testExcel: Profile = {
  name: 'test-excel',
  title: 'Test.Excel (SuperOffice sample connector)',
  fields: [
    x('Filename', 'Text', 'ErpClient.xlsm', 'NO:"Filnavn";US:"File Name"', 'NO:"Filnavn for excel-dokumentet (hele stien)";US:"Filename for excel document (full path)"', { Access: 'Mandatory' }),
    x('CheckboxField', 'Checkbox', '[I:0]', 'NO:"Avkryssningsfelt";US:"Checkbox field test tooltip"', 'NO:"Avkryssningstestfelt";US:"Checkbox field test"'),
    x('DateField', 'Datetime', excelDefaultDate, 'NO:"Datotestfelt";US:"Date picker test field"', 'NO:"Datotestfelt";US:"Datepicker test field"'),
    x('DoubleField', 'Double', '[F:0]', 'Doubletestfelt', 'Doubletestfelt'),
    x('IntegerField', 'Integer', '[I:0]', 'Integertestfelt', 'Integertestfelt'),
    x('PasswordField', 'Password', '[password]', 'Passordtestfelt', 'Passordtestfelt'),
    x('TextField', 'Text', '[text]', 'Teksttestfelt', 'Teksttestfelt'),
    x('ListField', 'List', '', 'Listetestfelt', 'Listetestfelt', { ListName: 'ConnectorTestList' }),
  ],
  lists: { ConnectorTestList: { item1: 'Listeverdi 1', item2: 'Listeverdi 2', item3: 'Listeverdi 3', item4: 'Listeverdi 4', item5: 'Listeverdi 5' } },
  actorTypes: ['Customer', 'Supplier', 'Person', 'Project'], // Connection.cs, GetSupportedActorTypes
  check(info) {
    const name = info.Filename;
    if (name === undefined) return { code: '', user: 'Filename field not found', tech: '' };
    if (name === '') return { code: '', user: 'Filename field can not be empty', tech: '' };
    if (!EXCEL_FILES.includes(name)) return { code: '', user: `Excel Filename '${name}' does not exist on the ERP Services server.`, tech: '' };
    return null;
  },
};

function rangeCheck(raw: string | undefined, min: number, max: number, key: string) {
  if (raw === undefined || raw === '') return null;
  const n = Number(/^\[I:(-?\d+)\]$/.exec(raw)?.[1] ?? (/^-?\d+$/.test(raw) ? raw : NaN));
  if (Number.isInteger(n) && n >= min && n <= max) return null;
  return { code: 'INVALID_VALUE', user: `"${key}" must be a whole number from ${min} to ${max}.`, tech: `${key}='${raw}'` };
}

/**
 * The finance connector again, served as a strict WCF host would serve a vendor's own contract:
 * a service namespace and a data-contract namespace that are not the client's defaults (the data
 * contract in DataContractSerializer's default form, `http://schemas.datacontract.org/2004/07/<CLR namespace>`).
 */
export const STRICT_CONTRACT = {
  contract: 'http://schemas.nordic-erp.example/Sync/2021',
  data: 'http://schemas.datacontract.org/2004/07/NordicErp.Sync.Contracts',
} as const;
const strict: Profile = { ...finance, name: 'strict', title: 'Strict WCF finance connector (vendor namespaces)', contract: STRICT_CONTRACT };

export const PROFILES: Record<ProfileName, Profile> = { finance, files, strict, 'test-excel': testExcel };

export function isProfileName(s: string): s is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(s);
}
