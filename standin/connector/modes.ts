// Failure modes a connector can be switched into, each imitating something seen in the field or
// something hostile. One line each: this table is what `--help` and the README list.
const BASIC = {
  ok: 'normal answers',
  'wrong-credentials': 'every test answers IsOk=false, INVALID_CREDENTIALS',
  slow: 'answers after ~3 s',
  hang: 'never answers; the client must give up',
  'http500-html': 'IIS error page, HTTP 500',
  fault: 'SOAP 1.1 Fault, HTTP 500',
  malformed: 'broken XML, HTTP 200',
  oversized: 'a body over 5 MB (Content-Length declared)',
  'html-login': 'HTTP 200 with a sign-in page (a proxy or SSO in front)',
  'windows-auth': 'HTTP 401, WWW-Authenticate: Negotiate, NTLM',
  'bom-crlf': 'valid, but UTF-8 BOM, CRLF and default-namespace style',
  // The plugin docs do not say a connection must be saved first; the sample Test.Excel (the default here) refuses.
  'actors-without-connection': 'WSGetSupportedActorTypes and WSGetSupportedActorTypeFields answer for any ConnectionGuid, the all-zero one too',
} as const;

/** What the strict profile publishes as metadata (tests/integration/strict-wcf.test.ts has a case each). */
const METADATA = {
  'no-metadata': 'metadata publishing disabled: ?wsdl and ?singleWsdl answer WCF\'s help page saying so (strict profile)',
  'wsdl-foreign-import': 'the WSDL imports a schema from another origin of the stand-in (fetches counted, GET /__control/canaries; strict profile)',
} as const;

/** Hostile answers, each with its own case in tests/integration/hostile-connector.test.ts. */
const HOSTILE = {
  'xml-bomb': 'a DOCTYPE with nested entities (billion laughs)',
  xxe: 'a DOCTYPE with an external entity pointing back at the stand-in (fetches counted, GET /__control/canaries)',
  'huge-50mb': 'HTTP 200, 50 MB streamed without Content-Length',
  drip: 'HTTP 200 and the start of an envelope, then one byte a second, forever',
  'endless-chunked': 'a chunked answer that never ends (4 kB every 20 ms)',
  'wrong-charset': 'Latin-1 bytes declared as charset=utf-8',
  'no-charset': 'Latin-1 with no charset in Content-Type, only in the XML declaration (valid)',
  'invalid-utf8': 'byte sequences that are not UTF-8, declared utf-8',
  'redirect-cross-origin': 'HTTP 307 to another origin of the stand-in (arrivals counted, GET /__control/canaries)',
  'soap12-fault': 'a SOAP 1.2 Fault (application/soap+xml), HTTP 500',
  'duplicate-fieldkeys': 'WSGetConfigData declares the FieldKey username twice',
  'many-fields-10000': 'WSGetConfigData with 10,000 fields (compact, about 1.5 MB)',
  'unknown-fieldtype': 'a field of FieldType "Color"',
  'markup-displayname': 'script and markup in a DisplayName and a DisplayDescription',
  'bad-maxlength': 'MaxLength -5 on one field, 2147483647 on another',
  'non-numeric-rank': 'Rank "first" on one field, "1.5" on another',
  'malformed-defaults': 'DefaultValues that do not decode ([I:abc], [F:1,5], [DT:13/45/2024 …], [I:2] for a checkbox, …)',
  'regex-bomb-defaults': 'DefaultValues of 5,000 whitespace characters inside [F: and [DT: with no closing bracket (a backtracking pattern goes cubic)',
  'namespace-flood': 'about 0.5 MB: 5,000 namespace declarations on the Envelope, and one more on each of 6,000 elements',
  'list-fanout-500': 'WSGetConfigData names 500 List fields, each with its own list; every WSGetList answers 20,000 items (about 1.8 MB)',
  'hostile-fieldkeys': 'fields keyed __proto__, constructor and prototype',
} as const;

export const MODE_DESCRIPTIONS = { ...BASIC, ...METADATA, ...HOSTILE };
export type ConnectorMode = keyof typeof MODE_DESCRIPTIONS;
export const HOSTILE_MODES = Object.keys(HOSTILE) as Array<keyof typeof HOSTILE>;
export const CONNECTOR_MODES = Object.keys(MODE_DESCRIPTIONS) as ConnectorMode[];

export function isConnectorMode(s: unknown): s is ConnectorMode {
  return typeof s === 'string' && Object.hasOwn(MODE_DESCRIPTIONS, s);
}

export const SLOW_MS = 3000;
export const OVERSIZED_BYTES = 6 * 1024 * 1024;

export const IIS_500_HTML = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>IIS 10.0 Detailed Error - 500.19 - Internal Server Error</title></head>
<body><div id="content"><div class="content-container"><h3>HTTP Error 500.19 - Internal Server Error</h3>
<h4>The requested page cannot be accessed because the related configuration data for the page is invalid.</h4></div>
<div class="content-container"><fieldset><h4>Detailed Error Information:</h4><table><tr><th>Module</th><td>IIS Web Core</td></tr>
<tr><th>Notification</th><td>Unknown</td></tr><tr><th>Handler</th><td>Not yet determined</td></tr><tr><th>Error Code</th><td>0x8007000d</td></tr>
<tr><th>Config File</th><td>\\\\?\\C:\\inetpub\\wwwroot\\ErpConnector\\web.config</td></tr></table></fieldset></div></div></body></html>
`;

export const LOGIN_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in to your account</title></head>
<body><form method="post" action="/adfs/ls/"><h1>Sign in</h1>
<label>User name <input name="UserName" type="email"></label>
<label>Password <input name="Password" type="password"></label>
<button type="submit">Sign in</button></form></body></html>
`;
