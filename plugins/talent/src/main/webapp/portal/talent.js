// The talent registry's portal pages. For technology managers: their profile (registering one
// first), certification and renewal, assignments and track record. For operators: the registry,
// where applications are decided and managers suspended or reinstated. For everyone signed in: the
// directory of certified managers, with each one's public profile and track record.
export const messages = {
  'zh-CN': {
    'status.UNCERTIFIED': '未认证',
    'status.ACTIVE': '已认证',
    'status.SUSPENDED': '已暂停',
    'status.EXPIRED': '认证已过期',
    'level.JUNIOR': '初级',
    'level.INTERMEDIATE': '中级',
    'level.SENIOR': '高级',
    'level.none': '尚未认证',
    'kind.CERTIFICATION': '等级认证',
    'kind.RENEWAL': '认证续期',
    'application.SUBMITTED': '待审核',
    'application.APPROVED': '已通过',
    'application.REJECTED': '未通过',
    'affiliation.INSTITUTION': '高校或科研院所',
    'affiliation.SERVICE_ORGANISATION': '技术转移服务机构',
    'deal.incubation.project-advanced': '项目通过阶段评审',
    'deal.incubation.finance-matched': '项目获得融资',
    'deal.licensing.licence-taken-up': '促成专利许可',
    'deal.vouchers.service-delivered': '创新券服务交付',
    'deal.vouchers.service-reversed': '创新券服务撤销',
    'formula.standard':
      '标准评分：促成一项许可 20 分，合作项目每通过一个阶段评审 10 分，每交付一项创新券服务 2 分（撤销扣回），融资每 10 万元 1 分（每笔 1 至 50 分）。积分达到 20、50、100、200 分时分别为 2 至 5 星。',
    'any': '不限',
    'yes': '是',
    'no': '否',
    'profile.none': '您还没有技术经理人档案。请先登记；登记后即可申请认证。',
    'profile.register': '登记档案',
    'profile.registered': '档案已登记。',
    'profile.displayName': '姓名',
    'profile.affiliation': '所在单位',
    'profile.affiliationKind': '单位类型',
    'profile.fields': '服务领域',
    'profile.field': '服务领域：{field}',
    'profile.field.help': '至少选择一个领域。',
    'profile.languages': '工作语言',
    'profile.languages.help': '语言代码，用逗号分隔，例如 zh, en',
    'profile.capacity': '可同时服务的项目数',
    'profile.phone': '联系电话',
    'profile.idNumber': '证件号码',
    'profile.region': '所属区域',
    'profile.status': '认证状态',
    'profile.level': '等级',
    'profile.certifiedUntil': '认证有效期至',
    'profile.available': '接受新项目',
    'profile.load': '在办项目',
    'profile.load.value': '{open} / {capacity}',
    'profile.grade': '业绩评分',
    'profile.statusReason': '状态说明：{reason}',
    'profile.private': '联系电话和证件号码只有您本人和区域运营方可见。',
    'profile.public': '公开档案',
    'profile.certified': '认证在有效期内',
    'availability.off': '暂停接受新项目',
    'availability.on': '开始接受新项目',
    'availability.nowOff': '已暂停接受新项目，不会再为您分配新项目。',
    'availability.nowOn': '已开始接受新项目。',
    'availability.help': '暂停后，平台不再为您分配新项目；已分配的项目不受影响。',
    'register.first': '请先登记技术经理人档案。',
    'register.go': '去登记',
    'apply.title': '提交申请',
    'apply.kind': '申请类型',
    'apply.level': '申请等级',
    'apply.level.help': '等级认证需填写；续期沿用当前等级。',
    'apply.hours': '学时或学分',
    'apply.hours.help': '等级认证填写培训学时，续期填写本认证期内的继续教育学分。',
    'apply.evidence': '证明材料',
    'apply.evidence.help': '证书或培训记录的编号，每行一项。',
    'apply.submit': '提交申请',
    'apply.done': '申请已提交，等待区域运营方审核。',
    'applications.title': '我的申请',
    'application.submitted': '提交时间',
    'application.hours': '学时/学分',
    'application.evidence': '证明材料',
    'application.reason': '审核意见',
    'application.decided': '审核时间',
    'application.manager': '技术经理人',
    'assignments.filter': '项目状态',
    'assignments.open': '进行中',
    'assignments.released': '已结束',
    'assignments.project': '项目编号',
    'assignments.institution': '成果所属单位',
    'assignments.field': '领域',
    'assignments.assigned': '分配时间',
    'assignments.releasedAt': '结束时间',
    'grade.title': '业绩',
    'grade.points': '积分',
    'grade.stars': '星级',
    'grade.stars.label': '{stars} 星（满分 5 星）',
    'grade.formula': '评分规则：{formula}',
    'grade.byKind': '按业务类型的积分',
    'grade.chart': '按业务类型的积分柱状图',
    'grade.kind': '业务类型',
    'grade.deals': '笔数',
    'grade.evidence': '业绩明细',
    'grade.date': '日期',
    'grade.source': '来源',
    'grade.details': '详情',
    'grade.none': '暂无业绩记录。业绩来自区域事件日志中记录的真实业务，不能手工填写。',
    'search.field': '领域',
    'search.region': '区域',
    'search.level': '等级',
    'search.language': '工作语言',
    'search.available': '接受新项目',
    'search.status': '状态',
    'search.count': '按领域匹配度和业绩排序。',
    'search.shown': '显示 {count} 条结果。',
    'directory.back': '返回查找',
    'directory.profile': '查看档案与业绩',
    'registry.applications': '待审核的认证申请',
    'registry.managers': '技术经理人登记册',
    'registry.decide': '审核',
    'registry.decision': '审核结论',
    'registry.approve': '通过',
    'registry.reject': '不通过',
    'registry.reason': '意见',
    'registry.reason.help': '不通过时必须说明理由；申请人会看到。',
    'registry.decided': '已审核：{status}。',
    'registry.deciding': '审核 {name} 的{kind}申请（{level}，{hours} 学时/学分）',
    'registry.suspend': '暂停资格',
    'registry.reinstate': '恢复资格',
    'registry.changing': '{action}：{name}',
    'registry.changeReason': '理由',
    'registry.changed': '{name} 的状态现在是：{status}。',
    'registry.username': '用户名',
    'problem.talent:unknown-manager': '没有找到这位技术经理人。',
    'problem.talent:unknown-application': '没有找到这份认证申请。',
    'problem.talent:unknown-assignment': '没有找到这项分配。',
    'problem.talent:not-your-profile': '您只能查看和办理自己的档案。',
    'problem.talent:already-done': '这项操作已经办理过了（例如已有档案、已有待审核的申请或申请已审核），没有重复办理。',
    'problem.talent:not-certified': '尚未认证或资格已暂停，不能申请续期；请先申请等级认证，或等待运营方恢复资格。',
    'problem.talent:not-enough-hours': '培训学时或继续教育学分不足，未达到本区域对该等级的要求。',
    'problem.talent:no-manager-available': '暂时没有符合条件、可接受新项目的技术经理人。',
  },
  en: {
    'status.UNCERTIFIED': 'Not certified',
    'status.ACTIVE': 'Certified',
    'status.SUSPENDED': 'Suspended',
    'status.EXPIRED': 'Certification expired',
    'level.JUNIOR': 'Junior',
    'level.INTERMEDIATE': 'Intermediate',
    'level.SENIOR': 'Senior',
    'level.none': 'Not certified yet',
    'kind.CERTIFICATION': 'Certification',
    'kind.RENEWAL': 'Renewal',
    'application.SUBMITTED': 'Submitted',
    'application.APPROVED': 'Approved',
    'application.REJECTED': 'Rejected',
    'affiliation.INSTITUTION': 'University or research institute',
    'affiliation.SERVICE_ORGANISATION': 'Technology transfer service organisation',
    'deal.incubation.project-advanced': 'Project passed a stage gate',
    'deal.incubation.finance-matched': 'Project financed',
    'deal.licensing.licence-taken-up': 'Licence brokered',
    'deal.vouchers.service-delivered': 'Voucher service delivered',
    'deal.vouchers.service-reversed': 'Voucher service reversed',
    'formula.standard':
      'Standard grade: 20 points per licence brokered, 10 per stage gate a partnered project passes, 2 per voucher service delivered (taken back if reversed), 1 per 100,000 yuan of investment raised (1 to 50 per deal). 2 to 5 stars at 20, 50, 100 and 200 points.',
    'any': 'Any',
    'yes': 'Yes',
    'no': 'No',
    'profile.none': 'You have no technology manager profile yet. Register one; then you can apply for certification.',
    'profile.register': 'Register',
    'profile.registered': 'Your profile is registered.',
    'profile.displayName': 'Name',
    'profile.affiliation': 'Affiliation',
    'profile.affiliationKind': 'Kind of affiliation',
    'profile.fields': 'Fields',
    'profile.field': 'Field: {field}',
    'profile.field.help': 'Choose at least one field.',
    'profile.languages': 'Working languages',
    'profile.languages.help': 'Language codes separated by commas, e.g. zh, en',
    'profile.capacity': 'Projects at a time',
    'profile.phone': 'Phone',
    'profile.idNumber': 'Identity number',
    'profile.region': 'Region',
    'profile.status': 'Status',
    'profile.level': 'Level',
    'profile.certifiedUntil': 'Certified until',
    'profile.available': 'Taking new projects',
    'profile.load': 'Open projects',
    'profile.load.value': '{open} of {capacity}',
    'profile.grade': 'Grade',
    'profile.statusReason': 'About the status: {reason}',
    'profile.private': 'Only you and the region operator see your phone and identity number.',
    'profile.public': 'Public profile',
    'profile.certified': 'Certified and in date',
    'availability.off': 'Stop taking new projects',
    'availability.on': 'Take new projects',
    'availability.nowOff': 'You are not taking new projects; none will be assigned to you.',
    'availability.nowOn': 'You are taking new projects.',
    'availability.help': 'While you are not taking new projects, none are assigned to you; the ones you have stay.',
    'register.first': 'Register your technology manager profile first.',
    'register.go': 'Register',
    'apply.title': 'Apply',
    'apply.kind': 'Apply for',
    'apply.level': 'Level',
    'apply.level.help': 'For a certification; a renewal keeps your level.',
    'apply.hours': 'Hours or credits',
    'apply.hours.help': 'Training hours for a certification; continuing-education credits of this period for a renewal.',
    'apply.evidence': 'Evidence',
    'apply.evidence.help': 'The numbers of your certificates or training records, one per line.',
    'apply.submit': 'Apply',
    'apply.done': 'Your application is in; the region operator will verify it.',
    'applications.title': 'My applications',
    'application.submitted': 'Submitted',
    'application.hours': 'Hours or credits',
    'application.evidence': 'Evidence',
    'application.reason': 'Reason',
    'application.decided': 'Decided',
    'application.manager': 'Manager',
    'assignments.filter': 'Show',
    'assignments.open': 'Open',
    'assignments.released': 'Released',
    'assignments.project': 'Project',
    'assignments.institution': "Result's institution",
    'assignments.field': 'Field',
    'assignments.assigned': 'Assigned',
    'assignments.releasedAt': 'Released',
    'grade.title': 'Track record',
    'grade.points': 'Points',
    'grade.stars': 'Stars',
    'grade.stars.label': '{stars} of 5 stars',
    'grade.formula': 'How points are counted: {formula}',
    'grade.byKind': 'Points by kind of deal',
    'grade.chart': 'Bar chart of points by kind of deal',
    'grade.kind': 'Kind of deal',
    'grade.deals': 'Deals',
    'grade.evidence': 'Every deal behind the grade',
    'grade.date': 'Date',
    'grade.source': 'Source',
    'grade.details': 'Details',
    'grade.none': "No deals yet. The track record comes from deals recorded in the region's event log; it cannot be typed in.",
    'search.field': 'Field',
    'search.region': 'Region',
    'search.level': 'Level',
    'search.language': 'Working language',
    'search.available': 'Taking new projects',
    'search.status': 'Status',
    'search.count': 'Ranked by the fields asked for, then by track record.',
    'search.shown': '{count} shown.',
    'directory.back': 'Back to the search',
    'directory.profile': 'Profile and track record',
    'registry.applications': 'Applications to verify',
    'registry.managers': 'Registered managers',
    'registry.decide': 'Decide',
    'registry.decision': 'Decision',
    'registry.approve': 'Approve',
    'registry.reject': 'Reject',
    'registry.reason': 'Reason',
    'registry.reason.help': 'Required to reject; the applicant sees it.',
    'registry.decided': 'Decided: {status}.',
    'registry.deciding': "{name}'s application for {kind} ({level}, {hours} hours or credits)",
    'registry.suspend': 'Suspend',
    'registry.reinstate': 'Reinstate',
    'registry.changing': '{action}: {name}',
    'registry.changeReason': 'Reason',
    'registry.changed': "{name}'s status is now: {status}.",
    'registry.username': 'User name',
    'problem.talent:unknown-manager': 'There is no such technology manager.',
    'problem.talent:unknown-application': 'There is no such certification application.',
    'problem.talent:unknown-assignment': 'There is no such assignment.',
    'problem.talent:not-your-profile': 'You can see and act on your own profile only.',
    'problem.talent:already-done':
      'That was done already (a profile registered, an application awaiting verification, or an application decided); nothing was done twice.',
    'problem.talent:not-certified':
      'A renewal needs a certification that is not suspended: apply for a certification, or wait for the operator to lift the suspension.',
    'problem.talent:not-enough-hours': 'Not enough training hours or credits for what the region asks at this level.',
    'problem.talent:no-manager-available': 'No certified manager taking new projects fits right now.',
  },
};

const API = '/talent/api';
const FIELDS = ['ELECTRONIC_INFORMATION', 'BIOMEDICINE', 'AEROSPACE', 'NEW_MATERIALS', 'HIGH_TECH_SERVICES', 'NEW_ENERGY', 'RESOURCES_ENVIRONMENT', 'ADVANCED_MANUFACTURING'];
const LEVELS = ['JUNIOR', 'INTERMEDIATE', 'SENIOR'];
const STATUSES = ['ACTIVE', 'UNCERTIFIED', 'SUSPENDED', 'EXPIRED'];

// ---------- helpers every page shares ----------

/** The signed-in manager's private profile, or null when they have not registered one. */
async function mine(ctx) {
  try {
    return await ctx.api.get(`${API}/managers/mine`);
  } catch (e) {
    if (e.kind === 'talent:unknown-manager') return null;
    throw e;
  }
}

/** "Register first", with the way to do it: the manager pages other than the profile need one. */
function registerFirst(ctx) {
  const { h, t } = ctx;
  const to = ctx.link('talent', 'profile');
  return h('p', { class: 'notice', id: 'talent-register-first' }, t('register.first'), ' ', to ? h('a', { href: to }, t('register.go')) : null);
}

/** Draws the page again with a success line on top: after a change, the page shows the new state. */
async function redraw(ctx, el, page, message) {
  el.replaceChildren();
  if (message) el.append(ctx.h('p', { class: 'success', role: 'status', id: 'talent-flash' }, message));
  await pages[page](ctx, el);
}

const options = (ctx, values, prefix, any) =>
  (any ? [{ value: '', label: ctx.t('any') }] : []).concat(values.map((v) => ({ value: v, label: ctx.t(prefix + v) })));

const yesNo = (ctx, value) => ctx.t(value ? 'yes' : 'no');
const fields = (ctx, codes) => (codes || []).map((f) => ctx.t('field.' + f)).join('、');
const level = (ctx, l) => (l ? ctx.t('level.' + l) : ctx.t('level.none'));
const stars = (ctx, n) => ctx.h('span', { 'aria-label': ctx.t('grade.stars.label', { stars: n }), class: 'stars' }, '★'.repeat(n) + '☆'.repeat(5 - n));

/** Figures in a row: [{id, label, value}], each value with a stable id for tests. */
function figures(ctx, items) {
  const { h } = ctx;
  return h(
    'div',
    { class: 'figures' },
    items.map((f) => h('div', { class: 'figure' }, h('span', { class: 'label' }, f.label), h('span', { class: 'value', id: f.id }, f.value))),
  );
}

/** Where the manager's certification stands, as figures. */
const certificationFigures = (ctx, me) => [
  { id: 'talent-status', label: ctx.t('profile.status'), value: ctx.t('status.' + me.status) },
  { id: 'talent-level', label: ctx.t('profile.level'), value: level(ctx, me.profile.level) },
  { id: 'talent-certified-until', label: ctx.t('profile.certifiedUntil'), value: me.certifiedUntil ? ctx.date(me.certifiedUntil) : '—' },
];

/** Open assignments against capacity, as a figure. */
const loadFigure = (ctx, me) => ({
  id: 'talent-load',
  label: ctx.t('profile.load'),
  value: ctx.t('profile.load.value', { open: me.openAssignments, capacity: me.capacity }),
});

/** A list that loads page by page from the API: the table, and a "more" button while there is more. */
function pagedList(ctx, id, columns, url) {
  const { h, t } = ctx;
  const box = h('div', { id });
  let rows = [];
  let cursor = null;
  const more = h('button', { type: 'button', id: id + '-more', hidden: true, onclick: () => load(false) }, t('common.more'));
  const load = async (fresh) => {
    if (fresh) {
      rows = [];
      cursor = null;
    }
    const path = url();
    const page = await ctx.api.get(path + (cursor ? (path.includes('?') ? '&' : '?') + 'cursor=' + encodeURIComponent(cursor) : ''));
    rows = rows.concat(await (columns.enrich ? columns.enrich(page.items) : page.items));
    cursor = page.nextCursor ?? null;
    more.hidden = cursor === null;
    box.replaceChildren(ctx.table(columns.list, rows));
    return rows.length;
  };
  return { el: h('div', {}, box, more), load };
}

/** A query string of the criteria given (empty ones left out). */
function query(criteria) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(criteria)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  return q.toString();
}

/** The criteria a manager search offers; the operator's registry adds the status. */
function searchFields(ctx, { status } = {}) {
  const { t } = ctx;
  return [
    status ? { name: 'status', label: t('search.status'), type: 'select', options: options(ctx, STATUSES, 'status.', true) } : null,
    { name: 'field', label: t('search.field'), type: 'select', options: options(ctx, FIELDS, 'field.', true) },
    { name: 'level', label: t('search.level'), type: 'select', options: options(ctx, LEVELS, 'level.', true) },
    { name: 'region', label: t('search.region'), value: ctx.region.id },
    { name: 'language', label: t('search.language'), placeholder: 'zh' },
    {
      name: 'available',
      label: t('search.available'),
      type: 'select',
      options: [
        { value: '', label: t('any') },
        { value: 'true', label: t('yes') },
        { value: 'false', label: t('no') },
      ],
    },
  ].filter(Boolean);
}

/** A deal's details as a person reads them: an amount in yuan, the rest as recorded. */
function dealDetails(ctx, data) {
  return Object.entries(data || {})
    .filter(([k]) => k !== 'currency')
    .map(([k, v]) => (k === 'amount' && /^-?\d+$/.test(v) ? ctx.money({ amount: v, currency: data.currency || 'CNY' }) : `${k}: ${v}`))
    .join(', ');
}

/** The grade, a chart of points by kind of deal with the same figures as a table, and every deal behind it. */
async function gradeView(ctx, managerId) {
  const { h, t } = ctx;
  const grade = await ctx.api.get(`${API}/managers/${managerId}/track-record`);
  const formula = t('formula.' + grade.formula);
  const out = h(
    'div',
    { id: 'talent-grade' },
    figures(ctx, [
      { id: 'talent-points', label: t('grade.points'), value: String(grade.points) },
      { id: 'talent-stars', label: t('grade.stars'), value: stars(ctx, grade.stars) },
    ]),
    h('p', { class: 'hint', id: 'talent-formula' }, t('grade.formula', { formula: formula === 'formula.' + grade.formula ? grade.formula : formula })),
  );
  if (!grade.evidence.length) {
    out.append(h('p', { class: 'empty' }, t('grade.none')));
    return out;
  }
  const byKind = new Map();
  for (const e of grade.evidence) {
    const k = byKind.get(e.credit.type) || { type: e.credit.type, deals: 0, points: 0 };
    k.deals += 1;
    k.points += e.points;
    byKind.set(e.credit.type, k);
  }
  const kinds = [...byKind.values()];
  const kindLabel = (type) => {
    const label = t('deal.' + type);
    return label === 'deal.' + type ? type : label;
  };
  const chart = h('div', { id: 'talent-grade-chart' });
  out.append(
    h('h2', {}, t('grade.byKind')),
    chart,
    h(
      'div',
      { id: 'talent-grade-kinds' },
      ctx.table(
        [
          { label: t('grade.kind'), value: (k) => kindLabel(k.type) },
          { label: t('grade.deals'), value: (k) => String(k.deals) },
          { label: t('grade.points'), value: (k) => String(k.points) },
        ],
        kinds,
      ),
    ),
    h('h2', {}, t('grade.evidence')),
    h(
      'div',
      { id: 'talent-evidence' },
      ctx.table(
        [
          { label: t('grade.date'), value: (e) => ctx.date(e.credit.occurredAt) },
          { label: t('grade.kind'), value: (e) => kindLabel(e.credit.type) },
          { label: t('grade.source'), value: (e) => e.source },
          { label: t('grade.details'), value: (e) => dealDetails(ctx, e.credit.data) },
          { label: t('grade.points'), value: (e) => String(e.points) },
        ],
        grade.evidence,
      ),
    ),
  );
  // Drawn once the container is in the page, so the chart knows its width.
  out.drawChart = () =>
    ctx.chart(
      chart,
      {
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: kinds.map((k) => kindLabel(k.type)), inverse: true },
        series: [{ type: 'bar', data: kinds.map((k) => k.points), label: { show: true, position: 'right' }, itemStyle: { color: '#0b57a4' } }],
        tooltip: {},
      },
      t('grade.chart'),
    );
  return out;
}

/** Appends a grade view and draws its chart. */
async function showGrade(ctx, el, managerId) {
  const view = await gradeView(ctx, managerId);
  el.append(view);
  if (view.drawChart) await view.drawChart();
}

// ---------- pages ----------

export const pages = {
  /** The manager's own profile: register one first; then status, certification, availability. */
  async profile(ctx, el) {
    const { h, t } = ctx;
    const me = await mine(ctx);
    if (!me) {
      el.append(
        h('p', {}, t('profile.none')),
        ctx.form({
          id: 'talent-register',
          fields: [
            { name: 'displayName', label: t('profile.displayName'), required: true },
            { name: 'affiliation', label: t('profile.affiliation'), required: true },
            { name: 'affiliationKind', label: t('profile.affiliationKind'), type: 'select', options: options(ctx, ['INSTITUTION', 'SERVICE_ORGANISATION'], 'affiliation.') },
            ...FIELDS.map((f, i) => ({ name: 'field-' + f, label: t('profile.field', { field: t('field.' + f) }), type: 'checkbox', help: i === 0 ? t('profile.field.help') : null })),
            { name: 'languages', label: t('profile.languages'), required: true, value: ctx.lang === 'en' ? 'en, zh' : 'zh', help: t('profile.languages.help') },
            { name: 'capacity', label: t('profile.capacity'), type: 'number', required: true, value: 3, min: 1, max: 50 },
            { name: 'phone', label: t('profile.phone'), required: true, type: 'tel', autocomplete: 'tel' },
            { name: 'idNumber', label: t('profile.idNumber'), required: true },
          ],
          submit: t('profile.register'),
          onSubmit: async (v, key) => {
            await ctx.api.post(
              `${API}/managers`,
              {
                displayName: v.displayName,
                affiliation: v.affiliation,
                affiliationKind: v.affiliationKind,
                region: ctx.region.id,
                fields: FIELDS.filter((f) => v['field-' + f]),
                languages: v.languages.split(/[\s,，、]+/).filter(Boolean),
                capacity: v.capacity,
                phone: v.phone,
                idNumber: v.idNumber,
              },
              { key },
            );
            await redraw(ctx, el, 'profile', t('profile.registered'));
          },
        }),
      );
      return;
    }
    const p = me.profile;
    el.append(
      figures(ctx, [
        ...certificationFigures(ctx, me),
        { id: 'talent-available', label: t('profile.available'), value: yesNo(ctx, p.available) },
        loadFigure(ctx, me),
        { id: 'talent-grade-figure', label: t('profile.grade'), value: h('span', {}, `${p.points} · `, stars(ctx, p.stars)) },
      ]),
      me.statusReason ? h('p', { class: 'notice', id: 'talent-status-reason' }, t('profile.statusReason', { reason: me.statusReason })) : '',
      ctx.form({
        id: 'talent-availability',
        fields: [],
        submit: t(p.available ? 'availability.off' : 'availability.on'),
        onSubmit: async (v, key) => {
          await ctx.api.post(`${API}/managers/${p.id}/availability`, { available: !p.available }, { key });
          await redraw(ctx, el, 'profile', t(p.available ? 'availability.nowOff' : 'availability.nowOn'));
        },
      }),
      h('p', { class: 'hint' }, t('availability.help')),
      ctx.table(
        [
          { label: t('profile.displayName'), value: () => p.displayName },
          { label: t('profile.affiliation'), value: () => `${p.affiliation} (${t('affiliation.' + me.affiliationKind)})` },
          { label: t('profile.fields'), value: () => fields(ctx, p.fields) },
          { label: t('profile.languages'), value: () => p.languages.join(', ') },
          { label: t('profile.region'), value: () => p.region },
          { label: t('profile.phone'), value: () => me.phone },
          { label: t('profile.idNumber'), value: () => me.idNumber },
        ],
        [me],
      ),
      h('p', { class: 'hint' }, t('profile.private')),
    );
  },

  /** Apply for certification or renewal; my applications with their decisions and reasons. */
  async certification(ctx, el) {
    const { h, t } = ctx;
    const me = await mine(ctx);
    if (!me) {
      el.append(registerFirst(ctx));
      return;
    }
    const id = me.profile.id;
    const applications = pagedList(
      ctx,
      'talent-applications',
      {
        list: [
          { label: t('application.submitted'), value: (a) => ctx.date(a.createdAt) },
          { label: t('apply.kind'), value: (a) => t('kind.' + a.kind) },
          { label: t('apply.level'), value: (a) => level(ctx, a.level) },
          { label: t('application.hours'), value: (a) => String(a.hours) },
          { label: t('application.evidence'), value: (a) => a.evidence.join('; ') },
          { label: t('common.status'), value: (a) => h('span', { dataset: { application: a.id } }, t('application.' + a.status)) },
          { label: t('application.reason'), value: (a) => a.reason || '' },
          { label: t('application.decided'), value: (a) => ctx.date(a.decidedAt) },
        ],
      },
      () => `${API}/managers/${id}/certifications`,
    );
    el.append(
      figures(ctx, certificationFigures(ctx, me)),
      h('h2', {}, t('apply.title')),
      ctx.form({
        id: 'talent-apply',
        fields: [
          { name: 'kind', label: t('apply.kind'), type: 'select', options: options(ctx, me.profile.level ? ['RENEWAL', 'CERTIFICATION'] : ['CERTIFICATION'], 'kind.') },
          { name: 'level', label: t('apply.level'), type: 'select', options: options(ctx, LEVELS, 'level.'), value: me.profile.level, help: t('apply.level.help') },
          { name: 'hours', label: t('apply.hours'), type: 'number', required: true, min: 0, help: t('apply.hours.help') },
          { name: 'evidence', label: t('apply.evidence'), type: 'textarea', required: true, help: t('apply.evidence.help') },
        ],
        submit: t('apply.submit'),
        onSubmit: async (v, key) => {
          await ctx.api.post(
            `${API}/managers/${id}/certifications`,
            {
              kind: v.kind,
              level: v.kind === 'CERTIFICATION' ? v.level : null,
              hours: v.hours,
              evidence: v.evidence.split('\n').map((s) => s.trim()).filter(Boolean),
            },
            { key },
          );
          await redraw(ctx, el, 'certification', t('apply.done'));
        },
      }),
      h('h2', {}, t('applications.title')),
      applications.el,
    );
    await applications.load(true);
  },

  /** The projects I partner, open ones first. */
  async assignments(ctx, el) {
    const { h, t } = ctx;
    const me = await mine(ctx);
    if (!me) {
      el.append(registerFirst(ctx));
      return;
    }
    let open = '';
    const list = pagedList(
      ctx,
      'talent-assignments',
      {
        list: [
          { label: t('assignments.project'), value: (a) => h('code', {}, a.projectId) },
          { label: t('assignments.institution'), value: (a) => a.institution },
          { label: t('assignments.field'), value: (a) => fields(ctx, [a.field]) },
          { label: t('assignments.assigned'), value: (a) => ctx.date(a.assignedAt) },
          {
            label: t('common.status'),
            value: (a) => h('span', { dataset: { project: a.projectId } }, a.releasedAt ? `${t('assignments.released')} ${ctx.date(a.releasedAt)}` : t('assignments.open')),
          },
        ],
      },
      () => `${API}/managers/${me.profile.id}/assignments?${query({ open })}`,
    );
    el.append(
      figures(ctx, [loadFigure(ctx, me)]),
      ctx.form({
        id: 'talent-assignments-filter',
        fields: [
          {
            name: 'open',
            label: t('assignments.filter'),
            type: 'select',
            options: [
              { value: '', label: t('any') },
              { value: 'true', label: t('assignments.open') },
              { value: 'false', label: t('assignments.released') },
            ],
          },
        ],
        submit: t('common.search'),
        onSubmit: async (v) => {
          open = v.open || '';
          return t('search.shown', { count: await list.load(true) });
        },
      }),
      list.el,
    );
    await list.load(true);
  },

  /** My grade and every deal behind it. */
  async 'track-record'(ctx, el) {
    const me = await mine(ctx);
    if (!me) {
      el.append(registerFirst(ctx));
      return;
    }
    await showGrade(ctx, el, me.profile.id);
  },

  /** The operator's registry: applications to decide, and every manager with suspension and reinstatement. */
  async registry(ctx, el) {
    const { h, t } = ctx;
    // One panel for the action at hand (a decision, a suspension), under the lists, so the lists stay put.
    const action = h('div', { id: 'talent-action', class: 'panel', hidden: true });
    const names = new Map();
    const nameOf = async (managerId) => {
      if (!names.has(managerId)) names.set(managerId, ctx.api.get(`${API}/managers/${managerId}/private`));
      return names.get(managerId);
    };
    const open = (title, form) => {
      action.hidden = false;
      action.replaceChildren(h('h2', { tabindex: '-1' }, title), form);
      action.querySelector('h2').focus();
    };
    const done = async (message, list) => {
      await list.load(true);
      action.replaceChildren(h('p', { class: 'success', role: 'status' }, message));
    };

    const applications = pagedList(
      ctx,
      'talent-pending',
      {
        enrich: (items) => Promise.all(items.map(async (a) => ({ ...a, manager: await nameOf(a.managerId) }))),
        list: [
          { label: t('application.submitted'), value: (a) => ctx.date(a.createdAt) },
          { label: t('application.manager'), value: (a) => `${a.manager.profile.displayName} (${a.manager.username})` },
          { label: t('apply.kind'), value: (a) => t('kind.' + a.kind) },
          { label: t('apply.level'), value: (a) => level(ctx, a.level) },
          { label: t('application.hours'), value: (a) => String(a.hours) },
          { label: t('application.evidence'), value: (a) => a.evidence.join('; ') },
          {
            label: t('common.actions'),
            value: (a) =>
              h(
                'button',
                {
                  type: 'button',
                  id: 'talent-decide-' + a.id,
                  onclick: () =>
                    open(
                      t('registry.deciding', { name: a.manager.profile.displayName, kind: t('kind.' + a.kind), level: level(ctx, a.level), hours: a.hours }),
                      ctx.form({
                        id: 'talent-decision',
                        fields: [
                          {
                            name: 'approve',
                            label: t('registry.decision'),
                            type: 'select',
                            options: [
                              { value: 'true', label: t('registry.approve') },
                              { value: 'false', label: t('registry.reject') },
                            ],
                          },
                          { name: 'reason', label: t('registry.reason'), type: 'textarea', help: t('registry.reason.help') },
                        ],
                        submit: t('registry.decide'),
                        onSubmit: async (v, key) => {
                          const decided = await ctx.api.post(`${API}/certifications/${a.id}/decision`, { approve: v.approve === 'true', reason: v.reason }, { key });
                          names.delete(a.managerId);
                          await done(t('registry.decided', { status: t('application.' + decided.status) }), applications);
                          await managers.load(true);
                        },
                      }),
                    ),
                },
                t('registry.decide'),
              ),
          },
        ],
      },
      () => `${API}/certifications?status=SUBMITTED`,
    );

    let criteria = { region: ctx.region.id };
    const managers = pagedList(
      ctx,
      'talent-managers',
      {
        list: [
          { label: t('profile.displayName'), value: (m) => m.profile.displayName },
          { label: t('registry.username'), value: (m) => m.username },
          { label: t('profile.affiliation'), value: (m) => m.profile.affiliation },
          { label: t('profile.level'), value: (m) => level(ctx, m.profile.level) },
          {
            label: t('profile.status'),
            value: (m) => h('span', { dataset: { manager: m.profile.id } }, t('status.' + m.status), m.statusReason ? ` (${m.statusReason})` : ''),
          },
          { label: t('profile.certifiedUntil'), value: (m) => ctx.date(m.certifiedUntil) },
          { label: t('profile.available'), value: (m) => yesNo(ctx, m.profile.available) },
          { label: t('profile.load'), value: (m) => t('profile.load.value', { open: m.openAssignments, capacity: m.capacity }) },
          {
            label: t('common.actions'),
            value: (m) => {
              const verb = m.status === 'SUSPENDED' ? 'reinstate' : 'suspend';
              return h(
                'button',
                {
                  type: 'button',
                  id: 'talent-manage-' + m.profile.id,
                  onclick: () =>
                    open(
                      t('registry.changing', { action: t('registry.' + verb), name: m.profile.displayName }),
                      ctx.form({
                        id: 'talent-status-change',
                        fields: [{ name: 'reason', label: t('registry.changeReason'), type: 'textarea', required: true }],
                        submit: t('registry.' + verb),
                        onSubmit: async (v, key) => {
                          const path = verb === 'suspend' ? 'suspension' : 'reinstatement';
                          const changed = await ctx.api.post(`${API}/managers/${m.profile.id}/${path}`, { reason: v.reason }, { key });
                          await done(t('registry.changed', { name: m.profile.displayName, status: t('status.' + changed.status) }), managers);
                        },
                      }),
                    ),
                },
                t('registry.' + verb),
              );
            },
          },
        ],
      },
      () => `${API}/registry?${query(criteria)}`,
    );

    el.append(
      h('h2', {}, t('registry.applications')),
      applications.el,
      h('h2', {}, t('registry.managers')),
      ctx.form({
        id: 'talent-registry-search',
        fields: searchFields(ctx, { status: true }),
        submit: t('common.search'),
        onSubmit: async (v) => {
          criteria = v;
          return t('search.shown', { count: await managers.load(true) });
        },
      }),
      managers.el,
      action,
    );
    await Promise.all([applications.load(true), managers.load(true)]);
  },

  /** Certified managers for anyone signed in, ranked; ?id= shows one manager's public profile and track record. */
  async directory(ctx, el) {
    const { h, t } = ctx;
    if (ctx.params.id) {
      const p = await ctx.api.get(`${API}/managers/${encodeURIComponent(ctx.params.id)}`);
      el.append(
        h('p', {}, h('a', { href: ctx.link('talent', 'directory'), id: 'talent-back' }, t('directory.back'))),
        h('h2', { id: 'talent-manager-name' }, p.displayName),
        ctx.table(
          [
            { label: t('profile.affiliation'), value: () => p.affiliation },
            { label: t('profile.level'), value: () => level(ctx, p.level) },
            { label: t('profile.fields'), value: () => fields(ctx, p.fields) },
            { label: t('profile.languages'), value: () => p.languages.join(', ') },
            { label: t('profile.region'), value: () => p.region },
            { label: t('profile.certified'), value: () => yesNo(ctx, p.certified) },
            { label: t('profile.available'), value: () => yesNo(ctx, p.available) },
          ],
          [p],
          { caption: t('profile.public') },
        ),
        h('h2', {}, t('grade.title')),
      );
      await showGrade(ctx, el, p.id);
      return;
    }
    let criteria = { region: ctx.region.id };
    const found = pagedList(
      ctx,
      'talent-found',
      {
        list: [
          { label: t('profile.displayName'), value: (p) => h('a', { href: ctx.link('talent', 'directory', { id: p.id }), dataset: { manager: p.id } }, p.displayName) },
          { label: t('profile.affiliation'), value: (p) => p.affiliation },
          { label: t('profile.level'), value: (p) => level(ctx, p.level) },
          { label: t('profile.fields'), value: (p) => fields(ctx, p.fields) },
          { label: t('profile.languages'), value: (p) => p.languages.join(', ') },
          { label: t('profile.available'), value: (p) => yesNo(ctx, p.available) },
          { label: t('grade.points'), value: (p) => String(p.points) },
          { label: t('grade.stars'), value: (p) => stars(ctx, p.stars) },
        ],
      },
      () => `${API}/managers?${query(criteria)}`,
    );
    el.append(
      ctx.form({
        id: 'talent-search',
        fields: searchFields(ctx),
        submit: t('common.search'),
        onSubmit: async (v) => {
          criteria = v;
          return t('search.shown', { count: await found.load(true) });
        },
      }),
      h('p', { class: 'hint' }, t('search.count')),
      found.el,
    );
    await found.load(true);
  },
};
