// The visibility picker's users on a 700-user tenant (issue 13): the CRM client reads GET User in
// $mode=Full over both odata.nextLink pages and keeps the active internal users. Measured from Node
// against an in-process stand-in with the many-users quirk (plain HTTP on loopback, Basic auth), so
// the figure is the client's work plus two local round trips, without a browser.
import { createCrmClient } from '../../lib/crm';
import { DEMO_PASSWORD, DEMO_USER, startStandin } from '../../standin/index';
import { atMost, sampled, type Figure } from './stats';

export async function userFigures(runs: number): Promise<Figure[]> {
  const s = await startStandin({ crmPort: 0, connectorPort: 0, crmQuirks: ['many-users'] });
  try {
    const auth = `Basic ${Buffer.from(`${DEMO_USER}:${DEMO_PASSWORD}`).toString('base64')}`;
    const client = createCrmClient({
      apiBase: `${s.crmOrigin}/Cust12345/api/v1/`,
      xsrfToken: null,
      fetch: (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Authorization: auth } }),
    });
    const times: number[] = [];
    let listed = 0;
    for (let i = 0; i <= runs; i++) {
      const start = performance.now();
      const r = await client.listUsers();
      const ms = performance.now() - start;
      if (!r.ok) throw new Error(`listing users failed: ${r.error.message.en}`);
      listed = r.value.users.length;
      if (i > 0) times.push(ms); // the first run warms up
    }
    return [atMost(sampled(`Visibility picker: ${listed} users read over two pages (client ↔ stand-in, loopback)`, 'ms', times), 250)];
  } finally {
    await s.close();
  }
}
