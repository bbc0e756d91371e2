// Issue 17: the panel's way in. The choice screen for a tenant with no choice yet; the popup's ask,
// an edit draft, the remembered choice and a resumed draft with work in it, in that order; the
// choice made on the screen is remembered, a way the panel took by itself is not; the popup's ask
// reaches a bound panel at once or waits for the tab's next panel, taken once.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChoiceScreen } from '../../components/existing/ChoiceScreen';
import { ModeChoice } from '../../components/existing/ModeChoice';
import { keepAskedMode, takeAskedMode } from '../../lib/background/open-mode';
import { prepareExisting } from '../../lib/existing/for-panel';
import { rememberedChoice, rememberedMode } from '../../lib/existing/mode-memory';
import { hasWork, initialMode, type DraftLike } from '../../lib/existing/open-mode';
import { TO_BACKGROUND } from '../../lib/messages/protocol';
import * as z from 'zod/mini';

const blank: DraftLike = { step: 0, connector: { mode: 'new', name: '', url: '' }, connection: { name: '', description: '', values: {} } };
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => fakeBrowser.reset());
afterEach(() => document.body.replaceChildren());

describe('initialMode', () => {
  it('asks when nothing is known, and a blank new draft is not work', () => {
    expect(initialMode({ remembered: null })).toBeNull();
    expect(initialMode({ remembered: null, draft: blank })).toBeNull();
    expect(hasWork(blank)).toBe(false);
  });
  it('goes to the wizard for a resumed draft with work in it', () => {
    for (const d of [{ ...blank, step: 2 }, { ...blank, connection: { ...blank.connection, name: 'Visma' } }, { ...blank, connector: { mode: 'new' as const, name: '', url: 'https://erp' } }, { ...blank, connection: { ...blank.connection, values: { user: 'x' } } }]) {
      expect(hasWork(d)).toBe(true);
      expect(initialMode({ remembered: null, draft: d })).toBe('new');
    }
  });
  it('the popup’s ask first, then an edit draft, then the remembered choice', () => {
    expect(initialMode({ asked: 'existing', remembered: 'new', draft: { ...blank, step: 3 } })).toBe('existing');
    expect(initialMode({ asked: 'new', remembered: 'existing', draft: { ...blank, edit: { erpConnectionId: 1 } } })).toBe('new');
    expect(initialMode({ remembered: 'new', draft: { ...blank, edit: { erpConnectionId: 1 } } })).toBe('existing');
    expect(initialMode({ remembered: 'existing', draft: { ...blank, step: 3 } })).toBe('existing');
  });
});

describe('the choice screen', () => {
  it('shows two named, described ways; the choice made there is remembered for the tenant', async () => {
    const panel = { lang: 'en' as const };
    const ex = prepareExisting(panel, undefined, 'https://online.superoffice.com/Cust55555', null);
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<><ModeChoice ex={ex} lang="en" />{ex.mode.value === null && <ChoiceScreen ex={ex} lang="en" />}</>, root));
    expect(root.querySelector('.mode-choice')).toBeNull(); // the compact switch waits for a choice
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Set up a new connection', 'Check existing connections']);
    expect(buttons.every((b) => root.querySelector(`#${b.getAttribute('aria-describedby')}`)?.textContent)).toBe(true);
    expect(root.querySelector('h3')?.id).toBe('erp-choice-title');
    expect(await rememberedChoice('Cust55555')).toBeNull();
    act(() => buttons[1]!.click());
    await settle();
    expect(ex.mode.value).toBe('existing');
    expect(await rememberedChoice('Cust55555')).toBe('existing');
    expect(await rememberedChoice('Cust12345')).toBeNull();
  });

  it('a way the panel took by itself (a resumed draft) is not remembered', async () => {
    prepareExisting({ lang: 'en' }, undefined, 'https://online.superoffice.com/Cust1', 'new');
    await settle();
    expect(await rememberedChoice('Cust1')).toBeNull();
    expect(await rememberedMode('Cust1')).toBe('new');
  });
});

describe('the popup’s way in', () => {
  it('is an enum in ui/open-wizard, optional', () => {
    const ok = (m: unknown) => z.safeParse(TO_BACKGROUND['ui/open-wizard'], m).success;
    expect(ok({ type: 'ui/open-wizard', tabId: 1 })).toBe(true);
    expect(ok({ type: 'ui/open-wizard', tabId: 1, mode: 'existing' })).toBe(true);
    expect(ok({ type: 'ui/open-wizard', tabId: 1, mode: 'new' })).toBe(true);
    expect(ok({ type: 'ui/open-wizard', tabId: 1, mode: 'choose' })).toBe(false);
    expect(ok({ type: 'ui/open-wizard', tabId: 1, mode: 1 })).toBe(false);
  });
  it('kept for a tab is taken once, by that tab only', async () => {
    await keepAskedMode(7, 'existing');
    expect(await takeAskedMode(8)).toBeNull();
    expect(await takeAskedMode(7)).toBe('existing');
    expect(await takeAskedMode(7)).toBeNull();
  });
});
