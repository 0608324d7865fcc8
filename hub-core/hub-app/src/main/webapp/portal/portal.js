// The portal's shell: sign-in, language, one navigation built from the pages of the plugins that
// are UP, and the kit every page renders with (ctx). Pages are ES modules served by their plugins;
// they talk to the region only through ctx.api, so the token, the language, Idempotency-Keys and
// problem documents are handled in one place. See docs/plugin-guide.md#portal-pages.
import { messages as shellMessages } from './messages.js';

const LANGUAGES = ['zh-CN', 'en'];
const TOKEN_KEY = 'transferhub.token';
const LANG_KEY = 'transferhub.lang';
const PROBLEM = 'urn:transferhub:problem:';
const ECHARTS = '/hub/webjars/echarts/dist/echarts.min.js';

const state = {
  lang: initialLanguage(),
  region: null,
  user: null,
  plugins: [], // [{id, name, module, pages}] of the hub and every plugin that is UP and has pages
  services: [], // every plugin that is UP, with pages or without: {id, name, provides}
  messages: {}, // plugin id -> {lang -> {key -> text}}
  notice: null, // a message for the next sign-in form (session ended, wrong region)
};

function initialLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.includes(asked)) {
    localStorage.setItem(LANG_KEY, asked);
    return asked;
  }
  const kept = localStorage.getItem(LANG_KEY);
  return LANGUAGES.includes(kept) ? kept : 'zh-CN'; // the portal speaks Chinese unless asked
}

// ---------- text ----------

/** The text of a key in the page's language: the plugin's own messages first, then the shell's. */
function translate(pluginId, key, params) {
  const own = state.messages[pluginId]?.[state.lang]?.[key];
  const text = own ?? shellMessages[state.lang][key] ?? state.messages[pluginId]?.en?.[key] ?? shellMessages.en[key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m)) : text;
}

// ---------- the region's API ----------

/** A problem+json answer (or a network failure, status 0) as an exception. */
export class Problem extends Error {
  constructor(doc) {
    super(doc.detail || doc.title || 'problem');
    this.doc = doc;
  }
  get kind() {
    return (this.doc.type || '').startsWith(PROBLEM) ? this.doc.type.substring(PROBLEM.length) : 'about:blank';
  }
  get status() {
    return this.doc.status ?? 0;
  }
}

/** A version 4 UUID; crypto.randomUUID needs a secure context, a hub behind plain HTTP is not one. */
function uuid() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

async function call(method, path, body, { key, accept = 'application/json', anonymous = false } = {}) {
  const headers = { Accept: accept, 'Accept-Language': state.lang };
  // Public reads go without the token: a token the region refuses must not hide the region itself.
  const token = anonymous ? null : sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = 'Bearer ' + token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (key) headers['Idempotency-Key'] = key;
  let res;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new Problem({ type: PROBLEM + 'network', status: 0, title: 'network', detail: String(e) });
  }
  const type = res.headers.get('Content-Type') || '';
  if (!res.ok) {
    const doc = type.includes('json') ? await res.json().catch(() => ({})) : {};
    const problem = new Problem({ status: res.status, ...doc });
    if (res.status === 401 && token && path !== '/hub/api/auth/token') {
      endSession('session.expired'); // the token ran out or the region's keys changed
    }
    throw problem;
  }
  if (res.status === 204) return null;
  return type.includes('json') ? res.json() : res.text();
}

const api = {
  get: (path, options) => call('GET', path, undefined, options),
  /** Every item of a paged list (100 a page); at most 50 pages, so a broken cursor cannot loop. */
  all: async (path) => {
    let items = [];
    let cursor = null;
    for (let n = 0; n < 50; n++) {
      const q = new URLSearchParams({ limit: '100' });
      if (cursor) q.set('cursor', cursor);
      const page = await call('GET', path + (path.includes('?') ? '&' : '?') + q);
      items = items.concat(page.items);
      cursor = page.nextCursor ?? null;
      if (!cursor) break;
    }
    return items;
  },
  /** A state-changing POST; pass the same {key} to retry safely, a new one for a new request. */
  post: (path, body, options = {}) => call('POST', path, body, { key: options.key ?? uuid(), ...options }),
  put: (path, body, options = {}) => call('PUT', path, body, { key: options.key ?? uuid(), ...options }),
};

// ---------- DOM kit ----------

/** h('p', {class: 'x', onclick: f}, 'text', child): an element; null and false children are skipped. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.substring(2), value);
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Minor units (fen) to a display string; never through floating point arithmetic on the amount. */
function money(m) {
  if (!m) return '';
  const amount = BigInt(m.amount);
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  const symbol = m.currency === 'CNY' ? '¥' : m.currency + ' ';
  return `${negative ? '-' : ''}${symbol}${whole}.${cents}`;
}

/** "12.34" or "12" to 1234 fen; null when the text is not an amount with at most two decimals. */
function parseMoney(text) {
  const t = String(text).trim().replace(/,/g, '');
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return null;
  return Number(BigInt(m[1]) * 100n + BigInt((m[2] || '').padEnd(2, '0')));
}

function date(value) {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return dateOnly
    ? d.toLocaleDateString(state.lang, { timeZone: 'UTC' })
    : d.toLocaleString(state.lang, { hour12: false });
}

/** A data table; columns are {label, value: row => text or node}. Empty: the "none" line. */
function table(t, columns, rows, { caption, empty } = {}) {
  if (!rows.length) return h('p', { class: 'empty' }, empty || t('common.none'));
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      {},
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c.label)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, columns.map((c) => h('td', { 'data-label': c.label }, c.value(r)))))),
    ),
  );
}

/** The problem as a person reads it, in the page's language. */
function problemView(t, problem) {
  const doc = problem.doc || { status: 0 };
  const kind = problem.kind || 'about:blank';
  let text = t('problem.' + kind);
  if (text === 'problem.' + kind) text = t('problem.status.' + (doc.status >= 500 ? '5xx' : doc.status || 0));
  if (text.startsWith('problem.status.')) text = t('problem.other');
  const incident = /incident ([0-9a-f-]{36})/.exec(doc.detail || '');
  return h(
    'div',
    { class: 'problem', role: 'alert', dataset: { kind, status: doc.status } },
    h('p', { class: 'problem-text' }, text),
    incident ? h('p', {}, t('problem.incident', { id: incident[1] })) : null,
    serverWords(t, doc, incident),
  );
}

/** The server's own words are English: an English page shows them, a Chinese one folds them away. */
function serverWords(t, doc, incident) {
  const words = [
    doc.detail && !incident ? h('p', { class: 'problem-detail' }, doc.detail) : null,
    Array.isArray(doc.errors) && doc.errors.length ? h('ul', {}, doc.errors.map((e) => h('li', {}, `${e.field}: ${e.message}`))) : null,
  ].filter(Boolean);
  if (!words.length) return null;
  return state.lang === 'en' ? words : h('details', {}, h('summary', {}, t('problem.details')), h('div', { lang: 'en' }, words));
}

let formCount = 0;

/**
 * A form with a label for every field and one status line. fields: [{name, label, type: text |
 * textarea | number | money | date | select | checkbox | password, required, options: [{value,
 * label}], value, help, placeholder}]. onSubmit(values, key) returns a success message (or
 * nothing). The Idempotency-Key stays the same across retries of one submission that failed on
 * the network, and changes once the region answered.
 */
function form(t, { fields, submit, onSubmit, id }) {
  const formId = id || 'form-' + ++formCount;
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const inputs = {};
  const rows = fields.map((f) => {
    const inputId = `${formId}-${f.name.replace(/\W/g, '-')}`;
    let input;
    const common = { id: inputId, name: f.name, required: f.required || null, 'aria-describedby': f.help ? inputId + '-help' : null };
    if (f.type === 'textarea') input = h('textarea', { ...common, rows: 3, placeholder: f.placeholder || null }, f.value ?? '');
    else if (f.type === 'select')
      input = h('select', common, (f.options || []).map((o) => h('option', { value: o.value, selected: String(o.value) === String(f.value) || null }, o.label)));
    else if (f.type === 'checkbox') input = h('input', { ...common, type: 'checkbox', checked: f.value ? true : null });
    else
      input = h('input', {
        ...common,
        type: f.type === 'money' ? 'text' : f.type || 'text',
        inputmode: f.type === 'money' ? 'decimal' : f.type === 'number' ? 'numeric' : null,
        value: f.value ?? null,
        placeholder: f.placeholder || (f.type === 'money' ? '0.00' : null),
        autocomplete: f.autocomplete || null,
        min: f.min ?? null,
        max: f.max ?? null,
      });
    inputs[f.name] = { input, field: f };
    const label = h('label', { for: inputId }, f.label, f.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null);
    return h(
      'div',
      { class: 'field' + (f.type === 'checkbox' ? ' checkbox' : '') },
      f.type === 'checkbox' ? [input, label] : [label, input],
      f.help ? h('small', { id: inputId + '-help' }, f.help) : null,
      h('span', { class: 'field-error', id: inputId + '-error' }),
    );
  });
  const button = h('button', { type: 'submit', class: 'primary' }, submit);
  let key = uuid();
  const el = h('form', { id: formId, novalidate: true }, rows, h('div', { class: 'actions' }, button), status);
  const mark = (name, message) => {
    const { input } = inputs[name];
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-errormessage', input.id + '-error');
    el.querySelector('#' + CSS.escape(input.id + '-error')).textContent = message;
  };
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren();
    for (const { input } of Object.values(inputs)) {
      input.removeAttribute('aria-invalid');
      el.querySelector('#' + CSS.escape(input.id + '-error')).textContent = '';
    }
    const values = {};
    let invalid = null;
    for (const [name, { input, field }] of Object.entries(inputs)) {
      let v = field.type === 'checkbox' ? input.checked : input.value.trim();
      if (field.required && v === '') {
        mark(name, t('form.required'));
        invalid = invalid || input;
        continue;
      }
      if (field.type === 'money' && v !== '') {
        v = parseMoney(v);
        if (v === null) {
          mark(name, t('form.money'));
          invalid = invalid || input;
          continue;
        }
      } else if (field.type === 'number' && v !== '') {
        if (!/^-?\d+$/.test(v)) {
          mark(name, t('form.number'));
          invalid = invalid || input;
          continue;
        }
        v = Number(v);
      }
      values[name] = v === '' ? null : v;
    }
    if (invalid) {
      invalid.focus();
      return;
    }
    button.disabled = true;
    el.dataset.state = 'busy';
    try {
      const message = await onSubmit(values, key);
      key = uuid();
      if (message) status.append(h('p', { class: 'success', role: 'status' }, message));
    } catch (e) {
      if (!(e instanceof Problem)) throw e;
      if (e.status !== 0) key = uuid(); // the region answered: a changed request is a new request
      status.append(problemView(t, e));
      for (const err of e.doc.errors || []) {
        const path = String(err.field || '').replace(/^body\./, '');
        const name = Object.keys(inputs).find((n) => path === n || path.startsWith(n + '.'));
        if (name) mark(name, state.lang === 'en' ? err.message : t('form.check'));
      }
    } finally {
      button.disabled = false;
      // Tests (and assistive code) wait for this rather than for a message: a search says nothing.
      el.dataset.state = 'done';
      el.dataset.submissions = String(Number(el.dataset.submissions || 0) + 1);
    }
  });
  return el;
}

let echartsLoading = null;

/** An Apache ECharts chart drawn as SVG, with a text label for screen readers. */
async function chart(container, option, label) {
  if (!echartsLoading) {
    echartsLoading = new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = ECHARTS;
      s.onload = () => resolve(window.echarts);
      s.onerror = () => reject(new Error('charts unavailable'));
      document.head.append(s);
    });
  }
  const echarts = await echartsLoading;
  container.classList.add('chart');
  container.setAttribute('role', 'img');
  container.setAttribute('aria-label', label);
  const instance = echarts.init(container, null, { renderer: 'svg' });
  instance.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option });
  window.addEventListener('resize', () => instance.resize());
  return instance;
}

/** The kit a plugin page renders with. */
function context(pluginId, params) {
  const t = (key, p) => translate(pluginId, key, p);
  return {
    lang: state.lang,
    region: state.region,
    user: state.user,
    params,
    t,
    api,
    h,
    money,
    parseMoney,
    date,
    uuid,
    table: (columns, rows, options) => table(t, columns, rows, options),
    form: (spec) => form(t, spec),
    problem: (e) => problemView(t, e),
    chart,
    hasRole: (role) => state.user?.roles.includes(role),
    /** Where a page of this or another plugin lives, or null when the region has no such page. */
    link: (plugin, page, query) => (findPage(plugin, page) ? pageHash(plugin, page, query) : null),
    go: (plugin, page, query) => {
      location.hash = pageHash(plugin, page, query);
    },
    /** The plugin if the region runs it and it is UP (with pages or without), else null. */
    plugin: (id) => state.services.find((p) => p.id === id) || null,
  };
}

// ---------- session ----------

function endSession(reason) {
  sessionStorage.removeItem(TOKEN_KEY);
  state.user = null;
  state.notice = reason;
  if (location.hash !== '' && location.hash !== '#/') location.hash = '#/';
  else render();
}

async function signIn(username, password) {
  const issued = await call('POST', '/hub/api/auth/token', { username, password });
  sessionStorage.setItem(TOKEN_KEY, issued.token);
  await loadUser();
}

/** Who the token is; a token of another region never opens this region's pages. */
async function loadUser() {
  if (!sessionStorage.getItem(TOKEN_KEY)) {
    state.user = null;
    return;
  }
  try {
    const me = await call('GET', '/hub/api/auth/me');
    if (me.region !== state.region.id) {
      endSession('session.wrong-region');
      return;
    }
    state.user = { name: me.name, roles: me.roles };
  } catch (e) {
    if (e instanceof Problem && (e.status === 401 || e.status === 403)) {
      sessionStorage.removeItem(TOKEN_KEY);
      state.user = null;
      state.notice = e.kind === 'wrong-region' ? 'session.wrong-region' : 'session.expired';
    } else throw e;
  }
}

// ---------- pages and navigation ----------

async function loadPlugins() {
  const [hub, directory] = await Promise.all([
    call('GET', '/hub/api/plugin', undefined, { anonymous: true }),
    call('GET', '/hub/api/plugins?limit=100', undefined, { anonymous: true }),
  ]);
  const up = directory.items.filter((p) => p.status === 'UP');
  state.services = up.map((p) => ({ id: p.id, name: p.name, provides: p.provides }));
  state.plugins = [hub, ...up.filter((p) => p.portal)].map((p) => ({
    id: p.id,
    name: p.name,
    module: `/${p.id}/${p.portal.module}`,
    pages: p.portal.pages,
  }));
}

function findPage(pluginId, pageId) {
  const plugin = state.plugins.find((p) => p.id === pluginId);
  return plugin && plugin.pages.find((p) => p.id === pageId) ? { plugin, page: plugin.pages.find((p) => p.id === pageId) } : null;
}

function pageHash(plugin, page, query) {
  const q = query ? '?' + new URLSearchParams(query) : '';
  return `#/${plugin}/${page}${q}`;
}

function allowed(page) {
  return !!state.user && page.roles.some((r) => state.user.roles.includes(r));
}

/** Every page the signed-in person may open, in navigation order. */
function myPages() {
  return state.plugins.flatMap((plugin) => plugin.pages.filter(allowed).map((page) => ({ plugin, page })));
}

const modules = {};

async function pageModule(plugin) {
  if (!modules[plugin.id]) {
    modules[plugin.id] = import(plugin.module).then((m) => {
      state.messages[plugin.id] = m.messages || {};
      return m;
    });
  }
  return modules[plugin.id];
}

function title(map) {
  return map[state.lang] || map.en || Object.values(map)[0] || '';
}

function header(t) {
  const other = state.lang === 'zh-CN' ? 'en' : 'zh-CN';
  return h(
    'header',
    { class: 'top' },
    h('a', { href: '#/', class: 'brand' }, h('span', { class: 'brand-name' }, t('app.title')), h('span', { class: 'region' }, state.region.name)),
    h(
      'div',
      { class: 'session' },
      h(
        'button',
        {
          type: 'button',
          id: 'language',
          lang: other,
          'aria-label': t('lang.switch'),
          onclick: () => {
            state.lang = other;
            localStorage.setItem(LANG_KEY, other);
            render();
          },
        },
        other === 'en' ? 'English' : '中文',
      ),
      state.user
        ? [
            h('span', { class: 'who', id: 'who' }, `${state.user.name} · ${state.user.roles.map((r) => t('role.' + r)).join(', ')}`),
            h('button', { type: 'button', id: 'sign-out', onclick: () => endSession(null) }, t('nav.signout')),
          ]
        : null,
    ),
  );
}

function navigation(t, current) {
  if (!state.user) return ''; // replaceChildren would write null as the text "null"
  const links = [{ hash: '#/', label: t('nav.home'), current: current === null }].concat(
    myPages().map(({ plugin, page }) => ({
      hash: pageHash(plugin.id, page.id),
      label: title(page.title),
      current: current && current.plugin.id === plugin.id && current.page.id === page.id,
      id: `nav-${plugin.id}-${page.id}`,
    })),
  );
  return h(
    'nav',
    { 'aria-label': t('nav.label') },
    h('ul', {}, links.map((l) => h('li', {}, h('a', { href: l.hash, id: l.id || 'nav-home', 'aria-current': l.current ? 'page' : null }, l.label)))),
  );
}

function signInView(t) {
  const notice = state.notice;
  state.notice = null;
  const demo = state.region.identity === 'builtin';
  return h(
    'section',
    { class: 'sign-in' },
    h('h1', { tabindex: '-1' }, t('signin.title')),
    notice ? h('p', { class: 'notice', role: 'alert', id: 'notice' }, t(notice)) : null,
    demo
      ? form(t, {
          id: 'sign-in',
          fields: [
            { name: 'username', label: t('signin.username'), required: true, autocomplete: 'username' },
            { name: 'password', label: t('signin.password'), type: 'password', required: true, autocomplete: 'current-password' },
          ],
          submit: t('signin.submit'),
          onSubmit: async (v) => {
            await signIn(v.username, v.password);
            render();
          },
        })
      : state.region.identity === 'oidc'
        ? h('p', {}, h('a', { class: 'button', id: 'sign-in-oidc', href: '/hub/auth/oidc/login' }, t('signin.oidc')))
        : h('p', {}, t('signin.external')),
    demo ? h('p', { class: 'hint' }, t('signin.demo')) : null,
  );
}

function homeView(t) {
  const pages = myPages();
  return h(
    'section',
    { class: 'home' },
    h('h1', { tabindex: '-1' }, t('home.welcome', { name: state.user.name })),
    h('p', {}, t('home.intro')),
    h(
      'ul',
      { class: 'cards' },
      pages.map(({ plugin, page }) =>
        h('li', {}, h('a', { href: pageHash(plugin.id, page.id) }, h('strong', {}, title(page.title)), h('span', {}, title(plugin.name)))),
      ),
    ),
  );
}

function route() {
  const m = /^#\/([a-z][a-z0-9]*)\/([a-z][a-z0-9-]*)(?:\?(.*))?$/.exec(location.hash);
  return m ? { plugin: m[1], page: m[2], params: Object.fromEntries(new URLSearchParams(m[3] || '')) } : null;
}

let rendering = 0;

async function render() {
  const run = ++rendering;
  document.documentElement.lang = state.lang;
  const t = (key, p) => translate('hub', key, p);
  document.title = t('app.title') + ' · ' + state.region.name;
  const main = h('main', { id: 'main' });
  const r = route();
  const found = r && findPage(r.plugin, r.page);
  const app = document.getElementById('app');
  app.replaceChildren(
    h('a', { href: '#main', class: 'skip' }, t('nav.skip')),
    header(t),
    navigation(t, found && allowed(found.page) ? found : null),
    main,
  );
  if (!state.user) {
    main.append(signInView(t));
  } else if (!r) {
    main.append(homeView(t));
  } else if (!found) {
    main.append(h('h1', { tabindex: '-1' }, t('page.missing')), h('p', { class: 'problem', role: 'alert' }, t('page.missing.detail')));
  } else if (!allowed(found.page)) {
    main.append(h('h1', { tabindex: '-1' }, t('page.forbidden')), h('p', { class: 'problem', role: 'alert' }, t('page.forbidden.detail')));
  } else {
    const section = h('section', { class: 'page', id: `page-${found.plugin.id}-${found.page.id}` });
    main.append(h('h1', { tabindex: '-1' }, title(found.page.title)), section);
    section.append(h('p', { class: 'loading' }, t('page.loading')));
    try {
      const mod = await pageModule(found.plugin);
      if (run !== rendering) return;
      const ctx = context(found.plugin.id, r.params);
      section.replaceChildren();
      await mod.pages[found.page.id](ctx, section);
    } catch (e) {
      if (run !== rendering) return;
      // A refusal while the page loads reads in the plugin's words for its own problem kinds.
      const own = (key, p) => translate(found.plugin.id, key, p);
      section.replaceChildren(e instanceof Problem ? problemView(own, e) : h('p', { class: 'problem', role: 'alert' }, t('page.failed')));
      if (!(e instanceof Problem)) console.error(e);
    }
  }
  if (run === rendering) {
    main.querySelector('h1')?.focus({ preventScroll: true });
    document.body.dataset.ready = 'true'; // browser tests wait for this
  }
}

/** The OpenID Connect sign-in comes back as #token=... or #signin=<refusal>: keep the token, clear the address. */
function takeSignIn() {
  const m = /^#(token|signin)=([A-Za-z0-9._-]+)$/.exec(location.hash);
  if (!m) return;
  if (m[1] === 'token') sessionStorage.setItem(TOKEN_KEY, m[2]);
  else state.notice = `session.${m[2]}`;
  history.replaceState(null, '', location.pathname + location.search);
}

async function start() {
  takeSignIn();
  try {
    state.region = await call('GET', '/hub/api/region', undefined, { anonymous: true });
    await loadPlugins();
    await loadUser();
  } catch (e) {
    document.getElementById('app').replaceChildren(
      h('main', { id: 'main' }, h('h1', {}, translate('hub', 'app.title')), h('p', { class: 'problem', role: 'alert' }, translate('hub', 'page.unavailable'))),
    );
    document.body.dataset.ready = 'true';
    return;
  }
  window.addEventListener('hashchange', () => {
    document.body.dataset.ready = 'false';
    render();
  });
  render();
}

start();
