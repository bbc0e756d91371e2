// Failure modes a connector can be switched into, each imitating something seen in the field.
export const CONNECTOR_MODES = [
  'ok',
  'wrong-credentials', // every test answers IsOk=false, INVALID_CREDENTIALS
  'slow', // answers after ~3 s
  'hang', // never answers; the client must give up
  'http500-html', // IIS error page, HTTP 500
  'fault', // SOAP 1.1 Fault, HTTP 500
  'malformed', // broken XML, HTTP 200
  'oversized', // a body over 5 MB
  'html-login', // HTTP 200 with a sign-in page (a proxy or SSO in front)
  'windows-auth', // HTTP 401, WWW-Authenticate: Negotiate, NTLM
  'bom-crlf', // valid, but UTF-8 BOM, CRLF and default-namespace style
] as const;
export type ConnectorMode = (typeof CONNECTOR_MODES)[number];

export function isConnectorMode(s: unknown): s is ConnectorMode {
  return typeof s === 'string' && (CONNECTOR_MODES as readonly string[]).includes(s);
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
