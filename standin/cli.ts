// Start the stand-in from a terminal or a test:
//   npx tsx standin/cli.ts --crm-port 8443 --connector-port 8081 [--https] [--data file.json]
//        [--app id=url ...] [--connector-mode profile=mode ...] [--host 127.0.0.1]
// Prints the addresses, then one line `STANDIN_READY {json}` for programs that spawn it.
import { parseArgs } from 'node:util';
import { MODE_DESCRIPTIONS } from './connector/modes.ts';
import { CONNECTOR_MODES, CRM_QUIRKS, isCrmQuirk, PROFILE_NAMES, startStandin, type ConnectorMode, type CrmQuirk, type ProfileName } from './index.ts';

const USAGE = `Usage: npx tsx standin/cli.ts [options]
  --crm-port <n>                 CRM port (default 8443; 0 = any free port)
  --connector-port <n>           Sync Connector port (default 8081; 0 = any free port)
  --host <addr>                  address to listen on (default 127.0.0.1)
  --https                        serve the CRM over HTTPS with a self-signed certificate
  --data <file.json>             keep CRM data in this file (loaded at start, saved on change)
  --app <id=url>                 map app://<id> to a connector URL (repeatable)
  --connector-mode <profile=mode>  start a profile in a failure mode (repeatable)
  --crm-quirk <name>             switch on a documented CRM behaviour (repeatable; listed below)
  --help                         show this text
Profiles: ${PROFILE_NAMES.join(', ')}.
Connector modes (--connector-mode, or POST /__control/mode while it runs):
${Object.entries(MODE_DESCRIPTIONS).map(([m, what]) => `  ${m.padEnd(23)}${what}`).join('\n')}
CRM quirks (--crm-quirk, or POST /__standin/control {"quirks":[…]} while it runs):
${Object.entries(CRM_QUIRKS).map(([q, what]) => `  ${q.padEnd(23)}${what}`).join('\n')}`;

function pairs(list: string[] | undefined, what: string): Array<[string, string]> {
  return (list ?? []).map((s) => {
    const i = s.indexOf('=');
    if (i <= 0) throw new Error(`${what} must look like key=value, got '${s}'`);
    return [s.slice(0, i), s.slice(i + 1)];
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'crm-port': { type: 'string', default: '8443' },
      'connector-port': { type: 'string', default: '8081' },
      host: { type: 'string', default: '127.0.0.1' },
      https: { type: 'boolean', default: false },
      data: { type: 'string' },
      app: { type: 'string', multiple: true },
      'connector-mode': { type: 'string', multiple: true },
      'crm-quirk': { type: 'string', multiple: true },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void console.log(USAGE);
  const modes: Partial<Record<ProfileName, ConnectorMode>> = {};
  for (const [p, m] of pairs(values['connector-mode'], '--connector-mode')) {
    if (!(PROFILE_NAMES as readonly string[]).includes(p) || !(CONNECTOR_MODES as readonly string[]).includes(m)) throw new Error(`unknown profile or mode in --connector-mode ${p}=${m}`);
    modes[p as ProfileName] = m as ConnectorMode;
  }
  const quirks: CrmQuirk[] = [];
  for (const q of values['crm-quirk'] ?? []) {
    if (!isCrmQuirk(q)) throw new Error(`unknown --crm-quirk ${q}`);
    quirks.push(q);
  }
  const s = await startStandin({
    crmQuirks: quirks,
    crmPort: Number(values['crm-port']),
    connectorPort: Number(values['connector-port']),
    host: values.host,
    https: values.https,
    dataFile: values.data,
    apps: Object.fromEntries(pairs(values.app, '--app')),
    connectorModes: modes,
  });
  console.log(`SuperOffice stand-in running
  CRM admin (EN):   ${s.adminUrl('en')}#quote-sync/sync
  CRM admin (NO):   ${s.adminUrl('no')}#quote-sync/sync
  Other tenant:     ${s.adminUrl('en', 'Cust67890')}
  Health check:     ${s.adminUrl('en', 'Cust55555')}#quote-sync/sync  (four connections in four states)
  Main client:      ${s.crmOrigin}/Cust12345/default.aspx
  REST (Basic):     ADMIN / Admin123, e.g. ${s.crmOrigin}/Cust12345/api/v1/User
${PROFILE_NAMES.map((p) => `  Connector ${p.padEnd(8)} ${s.connectorUrl(p)}`).join('\n')}
  Control (CRM):    POST ${s.crmOrigin}/__standin/control  {"quirks":["many-users"]} | {"restrictAgent":true} | {"reset":true};  GET ${s.crmOrigin}/__standin/state
  Control (modes):  POST ${s.connectorOrigin}/__control/mode  {"profile":"finance","mode":"slow"}`);
  const ready = { crmOrigin: s.crmOrigin, connectorOrigin: s.connectorOrigin, adminUrl: s.adminUrl('en'), connectors: Object.fromEntries(PROFILE_NAMES.map((p) => [p, s.connectorUrl(p)])) };
  console.log(`STANDIN_READY ${JSON.stringify(ready)}`);
  const stop = () => {
    s.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`stand-in failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
