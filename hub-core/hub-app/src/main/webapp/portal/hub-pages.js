// The hub's own portal pages: the region's services and their health, and the region's event log
// (every deal the plugins recorded), both for operators.
export const messages = {
  'zh-CN': {
    'events.intro': '区域事件日志记录各项服务办理的每一笔业务，可按类型和对象查询。',
    'events.subject.help': '例如 user:holder 或 manager:<编号>；只在已加载的记录中筛选。',
  },
  en: {
    'events.intro': "The region's event log holds every deal the services recorded; search it by type and subject.",
    'events.subject.help': 'For example user:holder or manager:<id>; filters the events loaded so far.',
  },
};

export const pages = {
  async plugins(ctx, el) {
    const { h, t } = ctx;
    const directory = await ctx.api.get('/hub/api/plugins?limit=100');
    el.append(
      ctx.table(
        [
          { label: t('plugins.plugin'), value: (p) => p.name[ctx.lang] || p.name.en || p.id },
          { label: t('plugins.version'), value: (p) => p.version },
          { label: t('plugins.spi'), value: (p) => (p.provides ? p.provides.spi.replace(/^org\.transferhub\.spi\./, '') : '') },
          {
            label: t('common.status'),
            value: (p) => h('span', { class: 'status-' + p.status, dataset: { plugin: p.id } }, t('plugins.status.' + p.status), p.message ? ` (${p.message})` : ''),
          },
          { label: t('plugins.instances'), value: (p) => p.instances.map((i) => `${i.instance}: ${t('plugins.status.' + i.status)}`).join(', ') },
        ],
        directory.items,
      ),
    );
  },

  async events(ctx, el) {
    const { h, t } = ctx;
    const known = ['', 'vouchers.service-delivered', 'vouchers.service-reversed', 'licensing.licence-taken-up', 'incubation.project-advanced', 'incubation.finance-matched'];
    const results = h('div', { id: 'events' });
    let cursor = null;
    let shown = [];
    let filter = { type: ctx.params.type || '', subject: ctx.params.subject || '' };
    const more = h('button', { type: 'button', id: 'events-more', hidden: true, onclick: () => load(false) }, t('common.more'));
    const draw = () => {
      const rows = shown.filter((e) => !filter.subject || e.subject.includes(filter.subject));
      results.replaceChildren(
        ctx.table(
          [
            { label: t('events.sequence'), value: (e) => e.sequence },
            { label: t('events.time'), value: (e) => ctx.date(e.occurredAt) },
            { label: t('events.source'), value: (e) => e.source },
            { label: t('events.type'), value: (e) => e.type },
            { label: t('events.subject'), value: (e) => e.subject },
            { label: t('events.data'), value: (e) => Object.entries(e.data || {}).map(([k, v]) => `${k}=${v}`).join(', ') },
          ],
          rows,
        ),
      );
    };
    const load = async (fresh) => {
      if (fresh) {
        cursor = null;
        shown = [];
      }
      const q = new URLSearchParams({ limit: '100' });
      if (filter.type) q.set('type', filter.type);
      if (cursor !== null) q.set('after', cursor);
      const page = await ctx.api.get('/hub/api/events?' + q);
      shown = shown.concat(page.items);
      cursor = page.nextCursor ?? null;
      more.hidden = cursor === null;
      draw();
    };
    el.append(
      h('p', {}, t('events.intro')),
      ctx.form({
        id: 'events-search',
        fields: [
          { name: 'type', label: t('events.type'), type: 'select', value: filter.type, options: known.map((k) => ({ value: k, label: k || t('events.all') })) },
          { name: 'subject', label: t('events.subject'), value: filter.subject, help: t('events.subject.help') },
        ],
        submit: t('common.search'),
        onSubmit: async (v) => {
          filter = { type: v.type || '', subject: v.subject || '' };
          await load(true);
        },
      }),
      results,
      more,
    );
    await load(true);
  },
};
