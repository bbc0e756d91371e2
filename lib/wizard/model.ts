// The wizard's state lives here, outside components; components read signals, actions change them.
import { signal, computed } from '@preact/signals';
import type { Lang } from '../i18n/lang';
import { TEXTS } from '../i18n/texts';
import { ask } from '../messages/send';

export type BackgroundStatus = { state: 'checking' } | { state: 'ok'; version: string; ms: number } | { state: 'failed'; why: string };

export function createWizardState(lang: Lang) {
  const open = signal(true);
  const step = signal(0);
  const background = signal<BackgroundStatus>({ state: 'checking' });
  const texts = computed(() => TEXTS[lang]);

  async function checkBackground(now: () => number = () => performance.now()) {
    background.value = { state: 'checking' };
    const start = now();
    const reply = await ask({ type: 'panel/ping', sentAt: Date.now() });
    background.value = reply.ok
      ? { state: 'ok', version: reply.value.version, ms: Math.max(0, Math.round(now() - start)) }
      : { state: 'failed', why: reply.error.message };
  }

  return { lang, open, step, background, texts, checkBackground };
}

export type WizardState = ReturnType<typeof createWizardState>;
