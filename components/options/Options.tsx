// Options: the wizard's language, and an honest list of what the extension may access.
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { toLang } from '../../lib/i18n/lang';
import { UI_TEXTS } from '../../lib/i18n/ui-texts';
import { SUPEROFFICE_HOSTS } from '../../lib/hosts';
import { loadSettings, saveSettings, type Settings } from '../../lib/settings';

const t = UI_TEXTS[toLang(browser.i18n.getUILanguage()) ?? 'en'];

export function createOptionsState() {
  const settings = signal<Settings | null>(null);
  const connectorHosts = signal<string[]>([]);
  const saved = signal(false);
  async function load() {
    settings.value = await loadSettings();
    const granted = (await browser.permissions.getAll()).origins ?? [];
    connectorHosts.value = granted.filter((o) => !SUPEROFFICE_HOSTS.includes(o));
  }
  async function update(patch: Partial<Settings>) {
    const next = { ...(settings.value ?? (await loadSettings())), ...patch };
    await saveSettings(next);
    settings.value = next;
    saved.value = true;
  }
  const setLanguage = (language: Settings['language']) => update({ language });
  /** Whole seconds within what a background worker's fetch allows; anything else is refused. */
  const timeoutError = signal('');
  async function setTimeoutSeconds(text: string) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 3 || n > 25) {
      timeoutError.value = t.timeoutInvalid;
      return;
    }
    timeoutError.value = '';
    await update({ testTimeoutSeconds: n });
  }
  return { settings, connectorHosts, saved, timeoutError, load, setLanguage, setTimeoutSeconds };
}

const CHOICES = [
  ['follow-crm', t.languageFollow],
  ['en', t.languageEn],
  ['no', t.languageNo],
] as const;

export function Options({ state }: { state: ReturnType<typeof createOptionsState> }) {
  const s = state.settings.value;
  return (
    <main>
      <h1>{t.optionsTitle}</h1>
      <fieldset>
        <legend>{t.languageLegend}</legend>
        {CHOICES.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="language" value={value} checked={s?.language === value} onChange={() => void state.setLanguage(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      <div class="setting">
        <label for="timeout">{t.timeoutLabel}</label>
        <input
          id="timeout"
          type="number"
          min={3}
          max={25}
          step={1}
          value={s?.testTimeoutSeconds ?? 15}
          aria-describedby="timeout-help timeout-error"
          aria-invalid={state.timeoutError.value ? 'true' : undefined}
          onChange={(e) => void state.setTimeoutSeconds(e.currentTarget.value)}
        />
        <p id="timeout-help" class="hint">{t.timeoutHelp}</p>
        <p id="timeout-error" class="error" role="alert">
          {state.timeoutError}
        </p>
      </div>
      <p role="status">{state.saved.value ? t.saved : ''}</p>
      <h2>{t.permissionsTitle}</h2>
      <p>
        {t.permissionsSuperOffice} <code>{SUPEROFFICE_HOSTS.join(', ')}</code>
      </p>
      <p>
        {t.permissionsConnectors} {state.connectorHosts.value.length ? <code>{state.connectorHosts.value.join(', ')}</code> : t.none}
      </p>
    </main>
  );
}
