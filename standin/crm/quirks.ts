// Behaviours a test can switch on in the stand-in CRM (`--crm-quirk <name>` at start, or
// `POST /__standin/control {"quirks": ["…"]}` while it runs), each one documented SuperOffice
// behaviour that the default tenant does not show on every call.
export const CRM_QUIRKS = {
  // docs/en/api/archive-providers/reference/allusers.md ("unfiltered") and GET User (ODataSlimResponse
  // with odata.nextLink): a tenant big enough that the list comes in two pages.
  'many-users': 'a 700-user tenant (plus system, anonymous and external accounts): GET User answers in pages with odata.nextLink',
  // The same archive, a tenant larger than the wizard lists (lib/crm/directory.ts MAX_USERS): the
  // picker searches it with $filter=fullName contains '…' (docs/en/api/search/odata/index.md).
  'huge-tenant': 'a 6,000-user tenant: more than the picker lists, so what is typed is searched in the CRM',
  // docs/en/api/web-services/endpoints/agents-webapi/index.md: "200 OK with an internal error object".
  'internal-error': 'every ErpSync agent call answers 200 with an internal error object {Message, MessageDetail}',
  // Whether GetConnection masks Password values is not documented: this plays the masked reading.
  'mask-passwords': 'GetConnection answers Password configuration values masked (********)',
  // docs/en/api/web-services/webapi/index.md: "After the user logs out, the XSRF-TOKEN is not valid".
  'expired-session': 'every REST call answers 401 as for a logged-out session (the page still shows its old token)',
  // The ErpSync agent is "Online Restricted" (every ErpSync_Agent page): refused for this app.
  'restrict-agent': 'the ErpSync agent answers 403 SoAccessDeniedException (Online Restricted, not enabled for this app)',
} as const;

export type CrmQuirk = keyof typeof CRM_QUIRKS;
export const isCrmQuirk = (q: unknown): q is CrmQuirk => typeof q === 'string' && Object.hasOwn(CRM_QUIRKS, q);
