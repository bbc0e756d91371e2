/* global window, document, location, fetch, setInterval */
// The stand-in "Settings and maintenance" client: hash routing (#users, #lists, #quote-sync/quote,
// #quote-sync/sync), lists fed by the REST API, refreshed every 2 s and on focus.
(function () {
  const SO = (window.SO = window.SO || {});
  const cfg = window.SO_CONFIG;
  let T = window.SO_TEXTS[cfg.lang];
  SO.T = T;
  SO.el = function (tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (v === true) e.setAttribute(k, '');
      else if (v !== false && v != null) e.setAttribute(k, String(v));
    }
    for (const k of kids.flat()) if (k != null) e.append(k);
    return e;
  };
  const el = SO.el;
  // The web client sends the XSRF token from the hidden input with every REST call.
  SO.api = async function (method, path, body) {
    const res = await fetch(`/${cfg.custId}/api/v1/${path}`, {
      method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': document.querySelector('input[name="XSRF_TOKEN"]').value, 'SO-Language': cfg.lang },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const data = text ? JSON.parse(text) : null;
    // REST errors carry ErrorMessage; agents answer 200 with {Message, MessageDetail} (SuperOffice docs).
    if (!res.ok) throw new Error((data && (data.ErrorMessage || data.Message)) || `HTTP ${res.status}`);
    if (data && typeof data === 'object' && !Array.isArray(data) && typeof data.Message === 'string') throw new Error(data.MessageDetail || data.Message);
    return data;
  };
  SO.agent = (name, body) => SO.api('POST', `Agents/ErpSync/${name}`, body === undefined ? {} : body);

  // Looked up each time: a page variant (static/variants.js) may replace the container.
  const screenEl = () => document.getElementById('screen') || document.createElement('main');
  let lastSync = '';

  function table(headers, rows, empty) {
    if (!rows.length) return el('p', { class: 'empty' }, empty);
    return el('table', {}, el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c) => el('td', {}, c))))));
  }

  async function renderUsers() {
    const data = await SO.api('GET', 'User?$select=fullName,userName,usergroup&$orderBy=fullName');
    screenEl().replaceChildren(el('h2', { class: 'screen-title' }, T.users), table([T.fullName, T.name, T.group], data.value.map((u) => [u.fullName, u.userName, u.usergroup]), ''));
  }

  async function renderLists() {
    const groups = await SO.api('GET', 'List/UserGroup/Items');
    screenEl().replaceChildren(el('h2', { class: 'screen-title' }, T.lists), el('p', {}, T.listsText), table([T.userGroups], groups.filter((g) => !g.Deleted).map((g) => [g.Value]), ''));
  }

  function tabs(active) {
    const tab = (id, label) => el('a', { role: 'tab', href: `#quote-sync/${id}`, 'aria-selected': String(active === id), class: active === id ? 'tab on' : 'tab' }, label);
    return el('div', { role: 'tablist', class: 'tabs', 'aria-label': T.quoteSync }, tab('quote', T.quoteTab), tab('sync', T.syncTab));
  }

  SO.refreshSync = async function (force) {
    const section = document.getElementById('sync-lists');
    if (!section) return;
    const [connectors, connections] = await Promise.all([SO.agent('GetAllConnectors'), SO.agent('GetAllConnections', { IncludeDeleted: false })]);
    const key = JSON.stringify([connectors, connections]);
    if (!force && key === lastSync) return;
    lastSync = key;
    const nameOf = (id) => (connectors.find((c) => c.Id === id) || { Name: '?' }).Name;
    document.getElementById('connector-table').replaceChildren(table([T.name, T.url], connectors.map((c) => [c.Name, c.ToolTip]), T.noConnectors));
    document.getElementById('connection-table').replaceChildren(
      table([T.name, T.connector, T.active, T.visibility], connections.map((c) => [c.DisplayName, nameOf(c.ErpConnectorId), c.Active ? T.yes : T.no, c.AllAccess ? T.all : T.specified]), T.noConnections),
    );
  };

  function renderSync() {
    const list = (id, title, onAdd) =>
      el('section', { class: 'list', 'aria-labelledby': `h-${id}` }, el('div', { class: 'list-head' }, el('h3', { id: `h-${id}` }, title), el('button', { type: 'button', class: 'btn', onclick: onAdd, 'aria-describedby': `h-${id}` }, T.add)), el('div', { id: `${id}-table` }, T.loading));
    return el('div', { id: 'sync-lists' }, list('connector', T.connectors, () => SO.openConnectorDialog()), list('connection', T.connections, () => SO.openConnectionDialog()));
  }

  async function route() {
    const [screen, tab] = (location.hash.replace(/^#/, '') || 'quote-sync/quote').split('/');
    for (const a of document.querySelectorAll('.navigator a')) a.setAttribute('aria-current', a.dataset.screen === screen ? 'page' : 'false');
    lastSync = '';
    try {
      if (screen === 'users') return await renderUsers();
      if (screen === 'lists') return await renderLists();
      const active = tab === 'sync' ? 'sync' : 'quote';
      screenEl().replaceChildren(el('h2', { class: 'screen-title' }, T.quoteSync), tabs(active), el('div', { role: 'tabpanel', class: 'panel' }, active === 'sync' ? renderSync() : el('p', {}, T.quoteText)));
      if (active === 'sync') await SO.refreshSync(true);
    } catch (e) {
      screenEl().append(el('p', { role: 'alert', class: 'error' }, `${T.error}: ${e.message}`));
    }
  }

  SO.route = route;
  // The UI language switched without a page load (static/variants.js, variant lang-switch).
  SO.setLang = function (lang) {
    cfg.lang = lang;
    T = SO.T = window.SO_TEXTS[lang];
    document.documentElement.lang = lang;
    return route();
  };
  window.addEventListener('hashchange', route);
  window.addEventListener('focus', () => SO.refreshSync(false).catch(() => {}));
  setInterval(() => SO.refreshSync(false).catch(() => {}), 2000);
  route();
})();
