/* global window, document */
// The native dialogs of the Sync tab: Add Sync Connector, Define new ERP connection, and the
// picker of users and user groups. They talk to the REST API exactly like the lists do.
(function () {
  const SO = window.SO;
  const T = SO.T;
  const el = SO.el;
  let seq = 0;

  function modal(title, body, buttons) {
    const id = `dlg-${++seq}`;
    const d = el('dialog', { class: 'so-dialog', 'aria-labelledby': id }, el('h2', { id, class: 'dlg-title' }, title), el('div', { class: 'dlg-body' }, body), el('div', { class: 'dlg-buttons' }, buttons));
    d.addEventListener('close', () => d.remove());
    document.body.append(d);
    d.showModal();
    return d;
  }
  const labelled = (label, input, extra) => el('label', { class: 'row' }, el('span', { class: 'lbl' }, label), input, extra || null);
  const status = () => el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });

  SO.openConnectorDialog = function () {
    const name = el('input', { type: 'text', required: true, maxlength: 254 });
    const url = el('input', { type: 'text', required: true, maxlength: 1023, placeholder: 'https://…/ErpConnectorWS.svc' });
    const msg = status();
    const ok = el('button', { type: 'button', class: 'btn primary' }, T.ok);
    const d = modal(T.addConnector, [labelled(T.name, name), labelled(T.url, url), msg], [ok, el('button', { type: 'button', class: 'btn', onclick: () => d.close() }, T.cancel)]);
    ok.addEventListener('click', async () => {
      try {
        await SO.agent('SaveErpSyncConnectorEntity', { ErpConnectorId: 0, DisplayName: name.value, URL: url.value, Deleted: false });
        d.close();
        SO.refreshSync(true);
      } catch (e) {
        msg.textContent = e.message;
      }
    });
  };

  // CultureDataFormatter encodings for the typed inputs.
  const pad = (n) => String(n).padStart(2, '0');
  function encode(type, input) {
    if (type === 'Checkbox') return input.checked ? '[I:1]' : '[I:0]';
    if (input.value === '') return '';
    if (type === 'Integer') return `[I:${input.value}]`;
    if (type === 'Double') return `[F:${input.value}]`;
    if (type === 'Date') {
      const t = new Date(input.value);
      return `[DT:${pad(t.getMonth() + 1)}/${pad(t.getDate())}/${t.getFullYear()} ${pad(t.getHours())}:${pad(t.getMinutes())}:${pad(t.getSeconds())}.0000000]`;
    }
    return input.value;
  }
  function decode(type, v) {
    const m = /^\[(?:I|F|DT):(.*)\]$/.exec(v || '');
    const raw = m ? m[1] : v || '';
    if (type === 'Date' && raw) {
      const d = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d)/.exec(raw);
      return d ? `${d[3]}-${d[1]}-${d[2]}T${d[4]}:${d[5]}` : '';
    }
    return raw;
  }

  async function fieldInput(f, connectorId, onChange) {
    const common = { id: `cf-${f.FieldKey}`, readonly: f.Access === 'ReadOnly', required: f.Access === 'Mandatory', title: f.DisplayDescription || false, oninput: onChange, onchange: onChange };
    if (f.FieldType === 'Label') return el('p', { class: 'cf-label' }, f.DisplayName);
    let input;
    if (f.FieldType === 'Checkbox') input = el('input', { ...common, type: 'checkbox', disabled: f.Access === 'ReadOnly' });
    else if (f.FieldType === 'List') {
      const items = await SO.api('POST', '__standin/erp-list', { ErpConnectorId: connectorId, ListName: f.ListName }).catch(() => ({}));
      input = el('select', { ...common, disabled: f.Access === 'ReadOnly' }, el('option', { value: '' }, ''), Object.entries(items).map(([k, v]) => el('option', { value: k }, v)));
    } else {
      const type = { Password: 'password', Integer: 'number', Double: 'number', Date: 'datetime-local' }[f.FieldType] || 'text';
      input = el('input', { ...common, type, step: f.FieldType === 'Double' ? 'any' : f.FieldType === 'Integer' ? '1' : false, maxlength: f.MaxLength > 0 ? f.MaxLength : false });
    }
    if (f.FieldType === 'Checkbox') input.checked = decode('Checkbox', f.DefaultValue) === '1';
    else input.value = decode(f.FieldType, f.DefaultValue);
    input.dataset.key = f.FieldKey;
    input.dataset.type = f.FieldType;
    const label = f.DisplayName + (f.Access === 'Mandatory' ? ' *' : '');
    return labelled(label, input, f.Access === 'Mandatory' ? el('span', { class: 'sr-only' }, ` (${T.mandatory})`) : null);
  }

  SO.openConnectionDialog = async function () {
    const connectors = await SO.agent('GetAllConnectors');
    const access = { users: new Set(), groups: new Set() };
    let testPassed = false;
    const name = el('input', { type: 'text', required: true, maxlength: 254 });
    const connector = el('select', { required: true }, el('option', { value: '' }, T.chooseConnector), connectors.map((c) => el('option', { value: c.Id }, c.Name)));
    const visAll = el('input', { type: 'radio', name: `vis-${seq}`, value: 'all', checked: true });
    const visSome = el('input', { type: 'radio', name: `vis-${seq}`, value: 'some' });
    const summary = el('span', { class: 'summary' });
    const pick = el('a', { href: '#', class: 'link', onclick: (e) => (e.preventDefault(), openPicker(access, update)) }, T.choose);
    const fields = el('fieldset', { class: 'cf' }, el('legend', {}, T.configFields));
    const description = el('textarea', { rows: 2, maxlength: 254 });
    const msg = status();
    const test = el('button', { type: 'button', class: 'btn' }, T.test);
    const ok = el('button', { type: 'button', class: 'btn primary', disabled: true }, T.ok);
    const visibility = el('fieldset', { class: 'vis' }, el('legend', {}, T.visibility), el('label', {}, visAll, ' ', T.all), el('label', {}, visSome, ' ', T.specified), ' ', pick, ' ', summary);
    const d = modal(T.newConnection, [labelled(T.name, name), labelled(T.connector, connector), visibility, fields, labelled(T.description, description), el('div', {}, test), msg], [ok, el('button', { type: 'button', class: 'btn', onclick: () => d.close() }, T.cancel)]);

    const inputs = () => [...fields.querySelectorAll('[data-key]')];
    const config = () => Object.fromEntries(inputs().map((i) => [i.dataset.key, encode(i.dataset.type, i)]));
    function update(configChanged) {
      if (configChanged) testPassed = false;
      summary.textContent = visSome.checked ? T.selected.replace('{u}', access.users.size).replace('{g}', access.groups.size) : '';
      const filled = inputs().every((i) => !i.required || i.type === 'checkbox' || i.value.trim() !== '');
      const visOk = visAll.checked || access.users.size + access.groups.size > 0;
      ok.disabled = !(testPassed && filled && visOk && name.value.trim() && connector.value);
    }
    for (const x of [name, visAll, visSome]) x.addEventListener('input', () => update(false));
    connector.addEventListener('change', async () => {
      testPassed = false;
      fields.replaceChildren(el('legend', {}, T.configFields));
      if (connector.value) {
        try {
          const meta = await SO.agent('GetConfigurationFields', { ErpConnectorId: Number(connector.value) });
          meta.sort((a, b) => a.Rank - b.Rank);
          for (const f of meta) fields.append(await fieldInput(f, Number(connector.value), () => update(true)));
        } catch (e) {
          msg.textContent = e.message;
        }
      }
      update(true);
    });
    test.addEventListener('click', async () => {
      msg.textContent = T.testing;
      try {
        testPassed = await SO.agent('TestConnectionByConfig', { ErpConnectionId: Number(connector.value), ConfigFields: config() });
      } catch {
        testPassed = false;
      }
      msg.textContent = testPassed ? T.testOk : T.testFail;
      update(false);
    });
    ok.addEventListener('click', async () => {
      const all = visAll.checked;
      const Connection = { ErpConnectionId: 0, ErpConnectorId: Number(connector.value), DisplayName: name.value.trim(), DisplayDescription: description.value, Active: false, ConnectionId: '', MostRecentTimestamp: '', ConfigFields: config(), Deleted: false, AllAccess: all, UserGroupAccessIds: all ? [] : [...access.groups], AssociateAccessIds: all ? [] : [...access.users] };
      try {
        await SO.agent('SaveConnection', { Connection });
        d.close();
        SO.refreshSync(true);
      } catch (e) {
        msg.textContent = e.message;
      }
    });
    update(false);
  };

  async function openPicker(access, done) {
    // Active internal users only (assocType 1), every page of the list (odata.nextLink).
    const users = [];
    for (let path = 'User?$select=fullName,assocType,isActive&$mode=Full&$orderBy=fullName'; path; ) {
      const page = await SO.api('GET', path);
      users.push(...page.value.filter((u) => u.assocType.RawValue === 1 && u.isActive.RawValue === true));
      path = page['odata.nextLink'] ? page['odata.nextLink'].replace(/^.*?\/api\/v1\//, '') : '';
    }
    const groups = await SO.api('GET', 'List/UserGroup/Items');
    const box = (set, id, label) => el('label', { class: 'pick' }, el('input', { type: 'checkbox', checked: set.has(id), onchange: (e) => (e.target.checked ? set.add(id) : set.delete(id)) }), ' ', label);
    const d = modal(T.pickTitle, [
      el('fieldset', {}, el('legend', {}, T.users), users.map((u) => box(access.users, u.PrimaryKey, u.fullName.DisplayValue))),
      el('fieldset', {}, el('legend', {}, T.userGroups), groups.filter((g) => !g.Deleted).map((g) => box(access.groups, g.Id, g.Value))),
    ], [el('button', { type: 'button', class: 'btn primary', onclick: () => (d.close(), done(false)) }, T.ok)]);
  }
})();
