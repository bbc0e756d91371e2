// Options: onsite installations, connector hosts allowed for tests, the wizard's settings, and
// diagnostics (messages the extension refused).
import { signal } from '@preact/signals';
import { DIAGNOSTICS_TEXTS } from '../../lib/i18n/diagnostics-texts';
import { formatWhen, htmlLang } from '../../lib/i18n/format';
import { uiLang } from '../../lib/i18n/ui-lang';
import { UI_TEXTS } from '../../lib/i18n/ui-texts';
import { loadSettings, saveSettings, type Settings } from '../../lib/settings';
import { ConnectorHosts, createConnectorHostsState } from './ConnectorHosts';
import { OnsiteInstalls, createOnsiteState } from './OnsiteInstalls';
import { RefusedMessages, createRefusalsState } from './RefusedMessages';

const lang = uiLang();
const t = UI_TEXTS[lang];
const when = (ms: number) => formatWhen(ms, lang, 'medium');

export function createOptionsState() {
  const settings = signal<Settings | null>(null);
  const saved = signal(false);
  const hosts = createConnectorHostsState();
  const onsite = createOnsiteState(t);
  const refusals = createRefusalsState();
  async function load() {
    settings.value = await loadSettings();
    await Promise.all([hosts.load(), onsite.load(), refusals.load()]);
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
    if (text.trim() === '' || !Number.isInteger(n) || n < 3 || n > 25) {
      timeoutError.value = t.timeoutInvalid;
      return;
    }
    timeoutError.value = '';
    await update({ testTimeoutSeconds: n });
  }
  return { settings, saved, timeoutError, hosts, onsite, refusals, load, setLanguage, setTimeoutSeconds, update };
}

const CHOICES = [
  ['follow-crm', t.languageFollow],
  ['en', t.languageEn],
  ['no', t.languageNo],
] as const;

export function Options({ state }: { state: ReturnType<typeof createOptionsState> }) {
  const s = state.settings.value;
  return (
    <main lang={htmlLang(lang)}>
      <h1>{t.optionsTitle}</h1>
      <OnsiteInstalls state={state.onsite} t={t} when={when} />
      <ConnectorHosts state={state.hosts} t={t} when={when} />
      <section aria-labelledby="settings-title">
        <h2 id="settings-title">{t.settingsTitle}</h2>
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
          <p id="timeout-help" class="hint">
            {t.timeoutHelp}
          </p>
          <p id="timeout-error" class="error" role="alert">
            {state.timeoutError}
          </p>
        </div>
        <label class="check">
          <input type="checkbox" checked={s?.keepTestHistory ?? true} onChange={(e) => void state.update({ keepTestHistory: e.currentTarget.checked })} />
          {t.keepHistory}
        </label>
        <p role="status">{state.saved.value ? t.saved : ''}</p>
      </section>
      <RefusedMessages state={state.refusals} t={DIAGNOSTICS_TEXTS[lang]} when={when} />
    </main>
  );
}
