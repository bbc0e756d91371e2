/* global window, document, location, history, URLSearchParams, MutationObserver */
// Markup variants of the admin client (?variant=<name>, listed in standin/crm/variants.ts): the
// same screens as SuperOffice might render them in a version we have not seen. Loaded before
// admin.js; without ?variant it does nothing.
(function () {
  const variant = new URLSearchParams(location.search).get('variant');
  if (!variant) return;
  const SO = (window.SO = window.SO || {});
  SO.variant = variant;
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    e.append(...kids);
    return e;
  };
  const rows = (id) => document.querySelectorAll(`#${id}-table tbody tr`).length;

  // Each list title (an h3 in admin.js) as another element; `id` kept for aria-describedby.
  const TITLES = {
    th: (id, t) => el('table', { class: 'list-title' }, el('thead', {}, el('tr', {}, el('th', { id, scope: 'col' }, t)))),
    caption: (id, t) => el('table', { class: 'list-title' }, el('caption', { id }, t)),
    legend: (id, t) => el('fieldset', { class: 'list-title' }, el('legend', { id }, t)),
    label: (id, t) => el('label', { id, class: 'list-title' }, t),
    'span-heading': (id, t) => el('span', { id, role: 'heading', 'aria-level': '3', class: 'list-title' }, t),
    'div-heading': (id, t) => el('div', { id, role: 'heading', 'aria-level': '3', class: 'list-title' }, t),
    spaced: (id, t) => el('h3', { id }, `\n\t   ${t.replace(' ', '\u00a0\n      ')}   \n`),
    // "Sync Connectors (2)" in one text; the other title with its count in a badge beside it.
    count: (id, t) => (id === 'h-connector' ? el('h3', { id, 'data-count': 'connector' }, t) : el('h3', { id }, t, ' ', el('span', { class: 'badge', 'data-count': 'connection' }, '0'))),
    icon: (id, t) =>
      id === 'h-connector'
        ? el('h3', { id }, el('i', { class: 'icon', 'aria-hidden': 'true' }, '\u2699'), ' ', t)
        : el('h3', { id }, svgIcon(), t),
    // Not the Sync tab's titles: the same words in running text. The launcher must not show.
    // Each name alone in its own <b>, as a whole text the way a title would be.
    prose: (id, t) => (id === 'h-connector' ? el('p', { id }, 'Your partner adds ', el('b', {}, t), ' here.') : el('p', { id }, 'Below: the ', el('b', {}, t), ' of this database.')),
  };
  function svgIcon() {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', '12');
    svg.setAttribute('height', '12');
    svg.setAttribute('aria-hidden', 'true');
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = 'Plug';
    const dot = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
    for (const [k, v] of [['cx', '6'], ['cy', '6'], ['r', '5']]) dot.setAttribute(k, v);
    svg.append(title, dot);
    return svg;
  }
  if (TITLES[variant]) {
    const counts = () => {
      for (const c of document.querySelectorAll('[data-count]')) {
        const n = String(rows(c.dataset.count));
        const text = c.tagName === 'H3' ? `${SO.T.connectors} (${n})` : n;
        if (c.textContent !== text) c.textContent = text;
      }
    };
    new MutationObserver(() => {
      for (const h of document.querySelectorAll('.list-head > h3:not([data-variant])')) {
        const next = TITLES[variant](h.id, h.textContent);
        next.dataset.variant = variant;
        h.replaceWith(next);
      }
      counts();
    }).observe(document.documentElement, { childList: true, subtree: true });
  }

  // The screens in a same-origin frame: the page around it keeps the navigator, the frame shows
  // the screen (?variant=framed), its hash following the page's.
  if (variant === 'frames') {
    const params = new URLSearchParams(location.search);
    params.set('variant', 'framed');
    const frame = el('iframe', { id: 'screen-frame', title: document.title, src: `${location.pathname}?${params}${location.hash}`, style: 'width:100%;height:80vh;border:0' });
    document.getElementById('screen').replaceWith(frame);
    window.addEventListener('hashchange', () => (frame.contentWindow.location.hash = location.hash));
  }
  if (variant === 'framed') document.head.append(el('style', {}, '.topbar,.navigator{display:none}'));

  // Screens switched through the History API: no hashchange, no page load.
  if (variant === 'history') {
    document.addEventListener('click', (e) => {
      const a = e.target.closest && e.target.closest('a[href^="#"]');
      if (!a) return;
      e.preventDefault();
      history.pushState(null, '', a.getAttribute('href'));
      SO.route();
    });
    window.addEventListener('popstate', () => SO.route());
  }

  // Every screen change replaces the whole container (as a framework re-mounting it would);
  // registered before admin.js's own hashchange listener, so it renders into the new one.
  if (variant === 'rerender') {
    window.addEventListener('hashchange', () => document.getElementById('screen').replaceWith(el('main', { id: 'screen', 'aria-live': 'polite' })));
  }

  // The UI language switched while the page is open (admin.js: SO.setLang).
  if (variant === 'lang-switch') {
    const button = el('button', { type: 'button', id: 'lang-switch', class: 'btn' }, 'Norsk / English');
    button.addEventListener('click', () => SO.setLang(document.documentElement.lang === 'no' ? 'en' : 'no'));
    document.querySelector('.topbar').append(button);
  }
})();
