// A list title, whatever the markup SuperOffice gives it, against the same words in running text,
// links and menus. The XPath and visibility around it are tested in Chromium
// (tests/e2e/sync-tab-browser.test.ts, tests/e2e/launcher-variants.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { isListTitle } from '../../lib/page/list-title';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The first text node holding the phrase, as the XPath would find it. */
function judge(html: string, phrase = 'Sync Connectors'): boolean {
  document.body.innerHTML = `<main>${html}</main>`;
  const walker = document.createTreeWalker(document.body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n.nodeValue ?? '').replace(/\s+/g, ' ').includes(phrase)) return isListTitle(n as Text, phrase);
  }
  throw new Error(`no text holds ${phrase}`);
}

describe('isListTitle', () => {
  it('takes a title in any of the elements a list may be titled by', () => {
    for (const html of [
      '<h3>Sync Connectors</h3>',
      '<table><caption>Sync Connectors</caption></table>',
      '<table><tr><th>Sync Connectors</th></tr></table>',
      '<fieldset><legend>Sync Connectors</legend></fieldset>',
      '<label for="x">Sync Connectors</label><select id="x"><option>Visma</option></select>',
      '<span role="heading" aria-level="3">Sync Connectors</span>',
      '<div role="heading" aria-level="3">Sync Connectors</div>',
      '<div class="list-head"><span class="title">Sync Connectors</span><button>Add</button></div>',
      '<div>Sync Connectors</div><table><tr><td>Visma</td></tr></table>',
      '<h3><button aria-expanded="true">Sync Connectors</button></h3>',
    ]) {
      expect(judge(html), html).toBe(true);
    }
  });

  it('takes a title with a count, an icon or extra whitespace beside it', () => {
    for (const html of [
      '<h3>Sync Connectors (2)</h3>',
      '<h3>Sync Connectors <span class="badge">12</span></h3>',
      '<div class="head"><h3>Sync Connectors</h3><span class="count">[2]</span></div>',
      '<th><i class="icon icon-plug" aria-hidden="true"></i> Sync Connectors</th>',
      '<h3><svg aria-hidden="true"><title>Plug</title></svg>Sync Connectors</h3>',
      '<legend>\u2699\uFE0F Sync Connectors:</legend>',
      '<span role="heading">\n   Sync\u00a0\n  Connectors   </span>',
      '<h3>\ue0f0 Sync Connectors</h3>',
    ]) {
      expect(judge(html), html).toBe(true);
    }
  });

  it('refuses the words in running text', () => {
    for (const html of [
      '<p>Read about Sync Connectors here</p>',
      '<p class="empty">No Sync Connectors yet.</p>',
      '<p>See <b>Sync Connectors</b> and <b>ERP connections</b> in the documentation.</p>',
      '<div>Set up <span>Sync Connectors</span> first</div>',
      '<h3>About Sync Connectors</h3>',
    ]) {
      expect(judge(html), html).toBe(false);
    }
  });

  it('refuses links, buttons and menu entries named like the lists', () => {
    for (const html of [
      '<nav><ul><li><a href="#sync">Sync Connectors</a></li><li><a href="#u">Users</a></li></ul></nav>',
      '<div><a href="#sync">Sync Connectors</a> <a href="#u">Users</a></div>',
      '<div><button>Sync Connectors</button></div>',
      '<ul role="menu"><li role="menuitem">Sync Connectors</li><li role="menuitem">Users</li></ul>',
      '<div role="tablist"><span role="tab">Sync Connectors</span></div>',
    ]) {
      expect(judge(html), html).toBe(false);
    }
  });

  it('judges each heading in Norwegian too', () => {
    expect(judge('<caption>ERP-koblinger (3)</caption>', 'ERP-koblinger')).toBe(true);
    expect(judge('<p>Ingen ERP-koblinger ennå.</p>', 'ERP-koblinger')).toBe(false);
  });
});
