// Connector hosts the consultant allowed for tests from the browser: when, and a way to revoke.
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { forgetGrants, type GrantLog } from '../../lib/background/connector-access';
import { SUPEROFFICE_HOSTS } from '../../lib/hosts';
import type { UiTexts } from '../../lib/i18n/ui-texts';
import { onsiteApis } from '../../lib/onsite/browser-apis';
import { listInstalls } from '../../lib/onsite/installs';
import { permissionPattern } from '../../lib/onsite/address';

export function createConnectorHostsState() {
  const hosts = signal<{ pattern: string; grantedAt: number | null }[]>([]);
  async function load() {
    const granted = (await browser.permissions.getAll()).origins ?? [];
    const onsite = new Set((await listInstalls(onsiteApis())).map(permissionPattern));
    const log = ((await browser.storage.local.get('grantedConnectorHosts')).grantedConnectorHosts ?? {}) as GrantLog;
    hosts.value = granted.filter((o) => !SUPEROFFICE_HOSTS.includes(o) && !onsite.has(o)).map((pattern) => ({ pattern, grantedAt: log[pattern] ?? null }));
  }
  async function revoke(pattern: string) {
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    await forgetGrants([pattern]);
    await load();
  }
  return { hosts, load, revoke };
}

export function ConnectorHosts({ state, t, when }: { state: ReturnType<typeof createConnectorHostsState>; t: UiTexts; when: (ms: number) => string }) {
  const hosts = state.hosts.value;
  return (
    <section aria-labelledby="hosts-title">
      <h2 id="hosts-title">{t.permissionsTitle}</h2>
      <p>
        {t.permissionsSuperOffice} <code>{SUPEROFFICE_HOSTS.join(', ')}</code>
      </p>
      <p>{t.permissionsConnectors}{hosts.length === 0 && ` ${t.none}`}</p>
      <ul class="list" data-testid="connector-hosts">
        {hosts.map((h) => (
          <li key={h.pattern}>
            <span>
              <code>{h.pattern}</code> {h.grantedAt !== null && <span class="hint">({t.grantedOn(when(h.grantedAt))})</span>}
            </span>
            <button type="button" onClick={() => void state.revoke(h.pattern)}>
              {t.revoke(h.pattern)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
