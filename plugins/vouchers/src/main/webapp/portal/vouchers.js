// The vouchers plugin's portal pages: holders apply and use their vouchers, providers join
// programmes and redeem, operators fund programmes, decide, settle and audit every yuan.
// Amounts stay in fen (integers) from the API to ctx.money; only the chart scales them to yuan.
const API = '/vouchers/api';

export const messages = {
  'zh-CN': {
    programme: '券计划',
    sponsor: '出资单位',
    budget: '预算',
    unissued: '未发放',
    subsidy: '补贴比例',
    cap: '单券上限',
    'cap.holder': '每人每年上限',
    period: '有效期',
    allocation: '分配方式',
    'allocation.FIRST_COME': '先到先得',
    'allocation.LOTTERY': '摇号',
    provider: '服务机构',
    holder: '持券人',
    amount: '金额',
    code: '券码',
    'use.by': '使用截止',
    'redeem.by': '兑付截止',
    available: '可用余额',
    held: '冻结中',
    issued: '发放',
    captured: '已核销',
    month: '月份',
    reason: '理由',
    order: '订单号',
    price: '价格',
    'voucher.pays': '券支付',
    'holder.pays': '持券人自付',
    time: '时间',
    choose: '请选择',
    'status.SUBMITTED': '已提交',
    'status.APPROVED': '已批准',
    'status.REJECTED': '已驳回',
    'status.PENDING': '待审核',
    'status.ACCEPTED': '已通过',
    'status.HELD': '已冻结',
    'status.CAPTURED': '已核销',
    'status.VOIDED': '已撤销',
    'status.EXPIRED': '已超时',
    'status.REVERSED': '已冲正',
    'status.PREPARED': '待审批',
    'status.PAID': '已付款',
    'apply.open': '可申请的券计划',
    'apply.none': '目前没有开放申请的券计划。',
    'apply.form': '提交申请',
    'apply.amount': '申请金额（元）',
    'apply.holderType': '申请人类型',
    'apply.holderType.SME': '中小企业',
    'apply.holderType.CITIZEN': '个人',
    'apply.region': '注册地区',
    'apply.industry': '所属行业',
    'apply.employees': '职工人数',
    'apply.submit': '提交申请',
    'apply.done': '申请已提交，状态：{status}。',
    'apply.mine': '我的申请',
    'apply.submitted': '提交时间',
    'apply.eligible': '符合条件',
    'apply.review': '资格审查',
    'wallet.list': '我的创新券',
    'wallet.none': '您还没有创新券。',
    'wallet.apply': '去申请创新券',
    'wallet.voucher': '创新券 {code}',
    'wallet.issued': '发放金额',
    'wallet.usable': '可使用',
    'wallet.qr': '向服务机构出示此二维码或券码',
    'wallet.history': '使用记录',
    'wallet.settled': '已结算',
    'provider.none': '您还没有登记服务机构，请先登记。',
    'provider.name': '机构名称',
    'provider.register': '登记服务机构',
    'provider.registered': '服务机构已登记。',
    'provider.another': '登记另一家服务机构',
    'provider.memberships': '加入券计划',
    'provider.join': '申请加入',
    'provider.joined': '已申请加入，等待运营方审核。',
    'provider.items': '服务项目',
    'provider.item': '项目名称',
    'provider.item.price': '价格（元）',
    'provider.item.add': '添加服务项目',
    'provider.item.added': '服务项目已添加。',
    'provider.setup': '请先在“服务机构”页面登记机构并添加服务项目。',
    'redeem.code': '券码（扫描持券人的二维码或手工输入）',
    'redeem.item': '服务项目',
    'redeem.quote': '试算',
    'redeem.quoted': '试算完成：请确认后冻结。',
    'redeem.hold': '冻结券额',
    'redeem.held': '已冻结，请在 {time} 前确认核销。',
    'redeem.capture': '确认核销',
    'redeem.captured': '已核销：券支付 {voucher}，持券人自付 {holder}。',
    'redeem.void': '撤销冻结',
    'redeem.voided': '冻结已撤销，券额已退回。',
    'redeem.expires': '冻结到期',
    'claims.redemptions': '已核销的兑付',
    'claims.settlements': '结算单',
    'claims.settled': '已结算',
    'programmes.list': '券计划',
    'programmes.new': '新建券计划',
    'programmes.name': '计划名称',
    'programmes.subsidy.help': '券支付服务价格的百分比，1 到 100。',
    'programmes.starts': '开始日期',
    'programmes.ends': '结束日期',
    'programmes.create': '创建并注资',
    'programmes.created': '券计划已创建。',
    'programmes.burn': '预算消耗：{name}',
    'programmes.burn.label': '{name} 每月发放与核销金额（元）',
    'programmes.exhaustion': '预计用尽日期',
    'programmes.exhaustion.none': '近三个月无发放',
    'programmes.flags': '需关注的核销',
    'programmes.applications': '待审批的申请',
    'programmes.decide': '审批',
    'programmes.decision': '决定',
    'programmes.approve': '批准',
    'programmes.reject': '驳回',
    'programmes.decided': '已审批：{status}。',
    'programmes.memberships': '待审核的服务机构',
    'programmes.admit': '审核',
    'programmes.admitted': '已审核：{status}。',
    'settlements.due': '待结算',
    'settlements.prepare': '生成结算单',
    'settlements.evidence': '凭证（每行一个，如发票号）',
    'settlements.prepared': '结算单已生成，等待另一位运营人员审批。',
    'settlements.list': '结算单',
    'settlements.redemptions': '笔数',
    'settlements.preparedBy': '制单人',
    'settlements.approvedBy': '审批人',
    'settlements.reference': '付款流水号',
    'settlements.approve': '审批结算单',
    'settlements.approved': '结算单已审批。',
    'settlements.pay': '登记付款',
    'settlements.paid': '付款已登记。',
    'settlements.statement': '结算单据',
    'settlements.show': '查看可打印单据',
    'settlements.shown': '单据已显示在下方。',
    'settlement': '结算单',
    'settlement.period': '结算期',
    'audit.balanced': '账目平衡：每一元都有去处。',
    'audit.unbalanced': '账目不平衡，请检查以下问题。',
    'audit.currency': '{currency} 资金构成',
    'audit.figure': '科目',
    'audit.budget': '预算总额',
    'audit.unissued': '未发放',
    'audit.available': '券内可用',
    'audit.held': '冻结中',
    'audit.payable': '应付机构',
    'audit.settled': '已结算待付',
    'audit.paid': '已付款',
    'audit.clearing': '跨区域清算',
    'audit.journals': '账簿共 {count} 笔分录。',
    'audit.chart': '已发放的 {currency} 资金在哪里',
    'problem.vouchers:unknown-programme': '没有这个券计划。',
    'problem.vouchers:unknown-voucher': '没有这张创新券，请核对券码。',
    'problem.vouchers:unknown-hold': '没有这笔冻结。',
    'problem.vouchers:budget-exhausted': '券计划预算不足，无法发放这么多。',
    'problem.vouchers:over-cap': '申请金额超过该计划的单券上限。',
    'problem.vouchers:over-holder-cap': '超过该计划每人每年可领取的上限。',
    'problem.vouchers:outside-programme': '日期不在券计划有效期内。',
    'problem.vouchers:voucher-expired': '这张创新券已过期。',
    'problem.vouchers:currency-mismatch': '币种与券计划不符。',
    'problem.vouchers:nothing-to-pay': '这张券已没有可支付的余额。',
    'problem.vouchers:invalid-amount': '金额须大于零。',
    'problem.vouchers:unknown-provider': '没有这家服务机构，或它尚未申请加入该计划。',
    'problem.vouchers:not-your-provider': '您不能代表这家服务机构操作。',
    'problem.vouchers:not-admitted': '该服务机构尚未获准加入这张券所属的计划。',
    'problem.vouchers:already-done': '此事已办理过，不能重复。',
    'problem.vouchers:nothing-to-settle': '这一期没有需要结算的核销。',
    'problem.vouchers:invalid-period': '结算期不正确。',
    'problem.vouchers:no-evidence': '请提供结算凭证。',
    'problem.vouchers:four-eyes': '结算单须由另一位运营人员审批，制单人不能审批自己的结算单。',
    'problem.vouchers:not-approved': '结算单尚未审批，不能付款。',
    'problem.vouchers:unknown-settlement': '没有这张结算单。',
    'problem.vouchers:unknown-application': '没有这份申请。',
    'problem.vouchers:not-eligible': '该申请不符合计划条件，只能驳回。',
    'problem.vouchers:wrong-allocation': '该计划的分配方式不允许此操作（摇号计划须统一摇号）。',
    'problem.vouchers:hold-not-open': '这笔冻结已结束或已超时，请重新冻结。',
    'problem.vouchers:not-reversible': '只有已核销且未结算的兑付可以冲正。',
  },
  en: {
    programme: 'Programme',
    sponsor: 'Sponsor',
    budget: 'Budget',
    unissued: 'Unissued',
    subsidy: 'Subsidy',
    cap: 'Cap per voucher',
    'cap.holder': 'Cap per holder per year',
    period: 'Period',
    allocation: 'Allocation',
    'allocation.FIRST_COME': 'First come',
    'allocation.LOTTERY': 'Lottery',
    provider: 'Provider',
    holder: 'Holder',
    amount: 'Amount',
    code: 'Voucher code',
    'use.by': 'Use by',
    'redeem.by': 'Redeem by',
    available: 'Available',
    held: 'Held',
    issued: 'Issued',
    captured: 'Captured',
    month: 'Month',
    reason: 'Reason',
    order: 'Order',
    price: 'Price',
    'voucher.pays': 'Voucher pays',
    'holder.pays': 'Holder pays',
    time: 'Time',
    choose: 'Choose',
    'status.SUBMITTED': 'Submitted',
    'status.APPROVED': 'Approved',
    'status.REJECTED': 'Rejected',
    'status.PENDING': 'Pending',
    'status.ACCEPTED': 'Accepted',
    'status.HELD': 'Held',
    'status.CAPTURED': 'Captured',
    'status.VOIDED': 'Voided',
    'status.EXPIRED': 'Timed out',
    'status.REVERSED': 'Reversed',
    'status.PREPARED': 'Awaiting approval',
    'status.PAID': 'Paid',
    'apply.open': 'Programmes open for applications',
    'apply.none': 'No programme is open for applications now.',
    'apply.form': 'Apply',
    'apply.amount': 'Amount (yuan)',
    'apply.holderType': 'You are',
    'apply.holderType.SME': 'An SME',
    'apply.holderType.CITIZEN': 'A citizen',
    'apply.region': 'Registered region',
    'apply.industry': 'Industry',
    'apply.employees': 'Employees',
    'apply.submit': 'Submit the application',
    'apply.done': 'Application submitted: {status}.',
    'apply.mine': 'My applications',
    'apply.submitted': 'Submitted',
    'apply.eligible': 'Eligible',
    'apply.review': 'Review',
    'wallet.list': 'My vouchers',
    'wallet.none': 'You have no vouchers yet.',
    'wallet.apply': 'Apply for a voucher',
    'wallet.voucher': 'Voucher {code}',
    'wallet.issued': 'Issued',
    'wallet.usable': 'Usable',
    'wallet.qr': 'Show this QR code or the code to a provider',
    'wallet.history': 'History',
    'wallet.settled': 'Settled',
    'provider.none': 'You have not registered a provider yet; register one first.',
    'provider.name': 'Name of the provider',
    'provider.register': 'Register a provider',
    'provider.registered': 'Provider registered.',
    'provider.another': 'Register another provider',
    'provider.memberships': 'Programmes',
    'provider.join': 'Apply to join',
    'provider.joined': 'Applied; an operator will decide.',
    'provider.items': 'Service items',
    'provider.item': 'Service',
    'provider.item.price': 'Price (yuan)',
    'provider.item.add': 'Add the service item',
    'provider.item.added': 'Service item added.',
    'provider.setup': 'Register your provider and add service items on the "My provider" page first.',
    'redeem.code': "Voucher code (scan the holder's QR code or type it)",
    'redeem.item': 'Service item',
    'redeem.quote': 'Quote',
    'redeem.quoted': 'Quoted: hold the amount to go on.',
    'redeem.hold': 'Hold',
    'redeem.held': 'Held: capture it before {time}.',
    'redeem.capture': 'Capture',
    'redeem.captured': 'Captured: the voucher pays {voucher}, the holder pays {holder}.',
    'redeem.void': 'Void the hold',
    'redeem.voided': 'Hold voided; the amount is back on the voucher.',
    'redeem.expires': 'Hold expires',
    'claims.redemptions': 'Captured redemptions',
    'claims.settlements': 'Settlements',
    'claims.settled': 'Settled',
    'programmes.list': 'Programmes',
    'programmes.new': 'New programme',
    'programmes.name': 'Name',
    'programmes.subsidy.help': 'The share of a price the voucher pays, 1 to 100 per cent.',
    'programmes.starts': 'Starts on',
    'programmes.ends': 'Ends on',
    'programmes.create': 'Create and fund',
    'programmes.created': 'Programme created.',
    'programmes.burn': 'Budget burn: {name}',
    'programmes.burn.label': '{name}: issued and captured per month (yuan)',
    'programmes.exhaustion': 'Projected exhaustion',
    'programmes.exhaustion.none': 'Nothing issued in the last three months',
    'programmes.flags': 'Redemptions to look at',
    'programmes.applications': 'Applications to decide',
    'programmes.decide': 'Decide',
    'programmes.decision': 'Decision',
    'programmes.approve': 'Approve',
    'programmes.reject': 'Reject',
    'programmes.decided': 'Decided: {status}.',
    'programmes.memberships': 'Providers to admit',
    'programmes.admit': 'Decide',
    'programmes.admitted': 'Decided: {status}.',
    'settlements.due': 'Due',
    'settlements.prepare': 'Prepare the settlement',
    'settlements.evidence': 'Evidence (one per line, e.g. invoice numbers)',
    'settlements.prepared': 'Settlement prepared; another operator approves it.',
    'settlements.list': 'Settlements',
    'settlements.redemptions': 'Redemptions',
    'settlements.preparedBy': 'Prepared by',
    'settlements.approvedBy': 'Approved by',
    'settlements.reference': 'Payment reference',
    'settlements.approve': 'Approve the settlement',
    'settlements.approved': 'Settlement approved.',
    'settlements.pay': 'Record the payment',
    'settlements.paid': 'Payment recorded.',
    'settlements.statement': 'Statement',
    'settlements.show': 'Show the printable statement',
    'settlements.shown': 'The statement is shown below.',
    'settlement': 'Settlement',
    'settlement.period': 'Period',
    'audit.balanced': 'The books balance: every yuan is accounted for.',
    'audit.unbalanced': 'The books do not balance; see the problems below.',
    'audit.currency': 'Where the {currency} budgets are',
    'audit.figure': 'Account',
    'audit.budget': 'Budgets',
    'audit.unissued': 'Unissued',
    'audit.available': 'Available on vouchers',
    'audit.held': 'Held',
    'audit.payable': 'Payable to providers',
    'audit.settled': 'Settled, not yet paid',
    'audit.paid': 'Paid',
    'audit.clearing': 'Clearing with other regions',
    'audit.journals': 'The ledger holds {count} journals.',
    'audit.chart': 'Where the issued {currency} money is',
    'problem.vouchers:unknown-programme': 'There is no such programme.',
    'problem.vouchers:unknown-voucher': 'There is no such voucher; check the code.',
    'problem.vouchers:unknown-hold': 'There is no such hold.',
    'problem.vouchers:budget-exhausted': "The programme's budget cannot cover this amount.",
    'problem.vouchers:over-cap': "The amount is over the programme's cap per voucher.",
    'problem.vouchers:over-holder-cap': "The amount is over the programme's cap per holder per year.",
    'problem.vouchers:outside-programme': "The dates are outside the programme's period.",
    'problem.vouchers:voucher-expired': 'The voucher has expired.',
    'problem.vouchers:currency-mismatch': "The currency is not the programme's.",
    'problem.vouchers:nothing-to-pay': 'The voucher has nothing left to pay.',
    'problem.vouchers:invalid-amount': 'The amount must be more than zero.',
    'problem.vouchers:unknown-provider': 'There is no such provider, or it has not applied to this programme.',
    'problem.vouchers:not-your-provider': 'You do not act for this provider.',
    'problem.vouchers:not-admitted': "The provider is not admitted to the voucher's programme.",
    'problem.vouchers:already-done': 'This was done already.',
    'problem.vouchers:nothing-to-settle': 'Nothing was captured in this period to settle.',
    'problem.vouchers:invalid-period': 'That is not a settlement period.',
    'problem.vouchers:no-evidence': 'Name the evidence behind the settlement.',
    'problem.vouchers:four-eyes': 'You prepared this settlement: another operator must approve it.',
    'problem.vouchers:not-approved': 'The settlement is not approved yet, so it cannot be paid.',
    'problem.vouchers:unknown-settlement': 'There is no such settlement.',
    'problem.vouchers:unknown-application': 'There is no such application.',
    'problem.vouchers:not-eligible': "The application fails a criterion of the programme: reject it.",
    'problem.vouchers:wrong-allocation': "The programme's allocation does not allow this (a lottery programme is drawn).",
    'problem.vouchers:hold-not-open': 'The hold is closed or timed out; place a new hold.',
    'problem.vouchers:not-reversible': 'Only a captured, unsettled redemption can be reversed.',
  },
};

// ---------- helpers every page shares ----------

const section = (ctx, id, title, ...children) => ctx.h('section', { class: 'panel', id }, ctx.h('h2', {}, title), ...children);

/** A status in the page's language; data-status keeps the code for tests and styles. */
const status = (ctx, value, data = {}) => ctx.h('span', { class: 'status', dataset: { status: value, ...data } }, ctx.t('status.' + value));

/** Labelled figures, e.g. a voucher's balances. rows: [label, text, id]. */
const figures = (ctx, rows) =>
  ctx.h('div', { class: 'figures' }, rows.map(([label, value, id]) => ctx.h('div', { class: 'figure' }, ctx.h('span', { class: 'label' }, label), ctx.h('span', { class: 'value', id }, value))));

/** A box whose content is built again after a change (forms around it keep their messages). */
function live(ctx, id, build) {
  const box = ctx.h('div', { id });
  return { box, refresh: async () => box.replaceChildren(...[].concat(await build())) };
}

/** Replaces a select's options (after a decision removes a choice). */
function setOptions(ctx, select, options) {
  select.replaceChildren(...options.map((o) => ctx.h('option', { value: o.value }, o.label)));
}

/**
 * One of several things the page is about (a provider, a programme): links that keep the choice
 * in the address (?<param>=id), so it survives a reload. Returns the chosen one.
 */
function choose(ctx, el, page, param, items, label) {
  const chosen = items.find((i) => i.id === ctx.params[param]) || items[0];
  if (items.length > 1) {
    el.append(
      ctx.h(
        'nav',
        { class: 'choice', 'aria-label': label },
        ctx.h('ul', {}, items.map((i) =>
          ctx.h('li', {}, ctx.h('a', { id: `${param}-${i.id}`, href: ctx.link('vouchers', page, { [param]: i.id }), 'aria-current': i === chosen ? 'true' : null }, i.name)),
        )),
      ),
    );
  }
  return chosen;
}

const money = (ctx, amount, currency) => ctx.money({ amount, currency });
const today = () => new Date().toISOString().substring(0, 10);
const addDays = (iso, days) => new Date(Date.parse(iso) + days * 86400000).toISOString().substring(0, 10);
const minDate = (a, b) => (a < b ? a : b);
const currencyOf = (programmes) => programmes[0]?.capPerVoucher.currency ?? 'CNY';

async function providerNames(ctx, ids) {
  const names = new Map();
  for (const id of new Set(ids)) names.set(id, (await ctx.api.get(`${API}/providers/${id}`)).name);
  return names;
}

/** The signed-in person's providers; none: the page says where to register one. */
async function myProvider(ctx, el, page) {
  const mine = await ctx.api.all(`${API}/providers/mine`);
  if (!mine.length) {
    el.append(ctx.h('p', { class: 'empty' }, ctx.t('provider.setup'), ' ', ctx.h('a', { href: ctx.link('vouchers', 'provider') }, ctx.t('provider.register'))));
    return null;
  }
  return choose(ctx, el, page, 'provider', mine, ctx.t('provider'));
}

/** A redemption's columns, for the holder's history and the provider's claims. */
const holdColumns = (ctx, who) => [
  { label: ctx.t('time'), value: (r) => ctx.date(r.capturedAt || r.createdAt) },
  who === 'holder' ? { label: ctx.t('provider'), value: (r) => r.providerName } : { label: ctx.t('code'), value: (r) => r.voucherCode },
  { label: ctx.t('order'), value: (r) => r.orderReference },
  { label: ctx.t('price'), value: (r) => ctx.money(r.price) },
  { label: ctx.t('voucher.pays'), value: (r) => ctx.money(r.voucherShare) },
  { label: ctx.t('holder.pays'), value: (r) => ctx.money(r.holderShare) },
  { label: ctx.t('common.status'), value: (r) => status(ctx, r.status, { hold: r.id }) },
  { label: ctx.t('wallet.settled'), value: (r) => (r.settled ? ctx.t('common.yes') : ctx.t('common.no')) },
];

// ---------- pages ----------

export const pages = {
  /** Holders: the open programmes, an application, and their applications with status and code. */
  async apply(ctx, el) {
    const { h, t } = ctx;
    const programmes = await ctx.api.all(`${API}/programmes/open`);
    const byId = new Map(programmes.map((p) => [p.id, p]));
    const mine = live(ctx, 'my-applications', async () =>
      ctx.table(
        [
          { label: t('programme'), value: (a) => byId.get(a.programmeId)?.name ?? a.programmeId },
          { label: t('amount'), value: (a) => money(ctx, a.requested, byId.get(a.programmeId)?.capPerVoucher.currency ?? currencyOf(programmes)) },
          { label: t('apply.submitted'), value: (a) => ctx.date(a.submittedAt) },
          { label: t('common.status'), value: (a) => status(ctx, a.status, { application: a.id }) },
          { label: t('apply.review'), value: (a) => (a.eligible ? t('common.yes') : a.review.filter((c) => !c.eligible).map((c) => c.explanation).join('; ')) },
          { label: t('reason'), value: (a) => a.reason || '' },
          { label: t('code'), value: (a) => (a.voucherCode ? h('a', { href: ctx.link('vouchers', 'wallet', { code: a.voucherCode }) }, a.voucherCode) : '') },
        ],
        await ctx.api.all(`${API}/applications/mine`),
      ),
    );
    el.append(
      section(
        ctx,
        'open-programmes',
        t('apply.open'),
        ctx.table(
          [
            { label: t('programme'), value: (p) => p.name },
            { label: t('sponsor'), value: (p) => p.sponsor },
            { label: t('subsidy'), value: (p) => `${p.subsidyBasisPoints / 100}%` },
            { label: t('cap'), value: (p) => ctx.money(p.capPerVoucher) },
            { label: t('period'), value: (p) => `${ctx.date(p.startsOn)} – ${ctx.date(p.endsOn)}` },
            { label: t('allocation'), value: (p) => t('allocation.' + p.allocation) },
          ],
          programmes,
          { empty: t('apply.none') },
        ),
      ),
      // No open programme: no form (the table above says so).
      !programmes.length
        ? ''
        : section(
            ctx,
            'apply-section',
            t('apply.form'),
            ctx.form({
              id: 'apply',
              fields: [
                { name: 'programme', label: t('programme'), type: 'select', required: true, value: ctx.params.programme, options: programmes.map((p) => ({ value: p.id, label: p.name })) },
                { name: 'amount', label: t('apply.amount'), type: 'money', required: true },
                // Named as the API's fields, so a problem naming body.applicant.industry marks its input.
                { name: 'applicant.holderType', label: t('apply.holderType'), type: 'select', options: ['SME', 'CITIZEN'].map((v) => ({ value: v, label: t('apply.holderType.' + v) })) },
                { name: 'applicant.registeredRegion', label: t('apply.region'), required: true, value: ctx.region.id },
                { name: 'applicant.industry', label: t('apply.industry'), required: true },
                { name: 'applicant.employees', label: t('apply.employees'), type: 'number', required: true, min: 0 },
              ],
              submit: t('apply.submit'),
              onSubmit: async (v, key) => {
                const p = byId.get(v.programme);
                const a = await ctx.api.post(
                  `${API}/programmes/${p.id}/applications`,
                  {
                    amount: { amount: v.amount, currency: p.capPerVoucher.currency },
                    applicant: {
                      holderType: v['applicant.holderType'],
                      registeredRegion: v['applicant.registeredRegion'],
                      industry: v['applicant.industry'],
                      employees: v['applicant.employees'],
                    },
                  },
                  { key },
                );
                await mine.refresh();
                return t('apply.done', { status: t('status.' + a.status) });
              },
            }),
          ),
      section(ctx, 'mine-section', t('apply.mine'), mine.box),
    );
    await mine.refresh();
  },

  /** Holders: vouchers with balances and deadlines; the chosen one with its QR code and history. */
  async wallet(ctx, el) {
    const { h, t } = ctx;
    const vouchers = await ctx.api.all(`${API}/vouchers/mine`);
    if (!vouchers.length) {
      const apply = ctx.link('vouchers', 'apply');
      el.append(h('p', { class: 'empty' }, t('wallet.none'), ' ', apply ? h('a', { href: apply }, t('wallet.apply')) : null));
      return;
    }
    const chosen = vouchers.find((v) => v.code === ctx.params.code) || vouchers.find((v) => v.usable) || vouchers[0];
    el.append(
      ctx.table(
        [
          { label: t('code'), value: (v) => h('a', { id: `voucher-link-${v.code}`, href: ctx.link('vouchers', 'wallet', { code: v.code }), 'aria-current': v === chosen ? 'true' : null }, v.code) },
          { label: t('programme'), value: (v) => v.programmeName },
          { label: t('available'), value: (v) => ctx.money(v.available) },
          { label: t('held'), value: (v) => ctx.money(v.held) },
          { label: t('use.by'), value: (v) => ctx.date(v.useBy) },
          { label: t('redeem.by'), value: (v) => ctx.date(v.redeemBy) },
          { label: t('wallet.usable'), value: (v) => (v.usable ? t('common.yes') : t('common.no')) },
        ],
        vouchers,
        { caption: t('wallet.list') },
      ),
    );
    const qr = h('div', { class: 'qr', id: 'voucher-qr' });
    const [svg, history] = await Promise.all([
      ctx.api.get(`${API}/vouchers/${chosen.code}/qr`, { accept: 'image/svg+xml' }),
      ctx.api.all(`${API}/vouchers/${chosen.code}/history`),
    ]);
    // The region draws the QR code; it is parsed as SVG (never as HTML) before it joins the page.
    qr.append(document.importNode(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement, true));
    el.append(
      h(
        'article',
        { class: 'panel', id: 'voucher-detail', dataset: { code: chosen.code } },
        h('h2', {}, t('wallet.voucher', { code: chosen.code })),
        figures(ctx, [
          [t('available'), ctx.money(chosen.available), 'voucher-available'],
          [t('held'), ctx.money(chosen.held), 'voucher-held'],
          [t('wallet.issued'), ctx.money(chosen.amount), 'voucher-amount'],
          [t('use.by'), ctx.date(chosen.useBy), 'voucher-use-by'],
          [t('redeem.by'), ctx.date(chosen.redeemBy), 'voucher-redeem-by'],
        ]),
        h('figure', {}, qr, h('figcaption', {}, t('wallet.qr'), h('p', { class: 'code', id: 'voucher-code' }, chosen.code))),
        h('h3', {}, t('wallet.history')),
        h('div', { id: 'voucher-history' }, ctx.table(holdColumns(ctx, 'holder'), history)),
      ),
    );
  },

  /** Providers: their organisation, the programmes it joined (or asks to), its service items. */
  async provider(ctx, el) {
    const { h, t } = ctx;
    const register = ctx.form({
      id: 'provider-new',
      fields: [{ name: 'name', label: t('provider.name'), required: true }],
      submit: t('provider.register'),
      onSubmit: async (v, key) => {
        const p = await ctx.api.post(`${API}/providers`, { name: v.name }, { key });
        ctx.go('vouchers', 'provider', { provider: p.id });
        return t('provider.registered');
      },
    });
    const mine = await ctx.api.all(`${API}/providers/mine`);
    if (!mine.length) {
      el.append(h('p', {}, t('provider.none')), register);
      return;
    }
    const p = choose(ctx, el, 'provider', 'provider', mine, t('provider'));
    const programmes = await ctx.api.all(`${API}/programmes/open`);
    const names = new Map(programmes.map((g) => [g.id, g.name]));
    const memberships = live(ctx, 'memberships', async () =>
      ctx.table(
        [
          { label: t('programme'), value: (m) => names.get(m.programmeId) ?? m.programmeId },
          { label: t('common.status'), value: (m) => status(ctx, m.status, { programme: m.programmeId }) },
          { label: t('reason'), value: (m) => m.reason || '' },
          { label: t('common.date'), value: (m) => ctx.date(m.decidedAt) },
        ],
        await ctx.api.all(`${API}/providers/${p.id}/memberships`),
      ),
    );
    const items = live(ctx, 'items', async () =>
      ctx.table(
        [
          { label: t('provider.item'), value: (i) => i.name },
          { label: t('price'), value: (i) => ctx.money(i.price) },
        ],
        await ctx.api.all(`${API}/providers/${p.id}/items`),
      ),
    );
    el.append(
      h('h2', { id: 'provider-name' }, p.name),
      section(
        ctx,
        'memberships-section',
        t('provider.memberships'),
        memberships.box,
        ctx.form({
          id: 'join',
          fields: [{ name: 'programme', label: t('programme'), type: 'select', required: true, options: programmes.map((g) => ({ value: g.id, label: g.name })) }],
          submit: t('provider.join'),
          onSubmit: async (v, key) => {
            await ctx.api.post(`${API}/providers/${p.id}/memberships`, { programmeId: v.programme }, { key });
            await memberships.refresh();
            return t('provider.joined');
          },
        }),
      ),
      section(
        ctx,
        'items-section',
        t('provider.items'),
        items.box,
        ctx.form({
          id: 'item',
          fields: [
            { name: 'name', label: t('provider.item'), required: true },
            { name: 'price', label: t('provider.item.price'), type: 'money', required: true },
          ],
          submit: t('provider.item.add'),
          onSubmit: async (v, key) => {
            await ctx.api.post(`${API}/providers/${p.id}/items`, { name: v.name, price: { amount: v.price, currency: currencyOf(programmes) } }, { key });
            await items.refresh();
            return t('provider.item.added');
          },
        }),
      ),
      section(ctx, 'another-provider', t('provider.another'), register),
    );
    await Promise.all([memberships.refresh(), items.refresh()]);
  },

  /** Providers: a voucher code and a service item; quote, hold, then capture or void. */
  async redeem(ctx, el) {
    const { h, t } = ctx;
    const p = await myProvider(ctx, el, 'redeem');
    if (!p) return;
    const items = await ctx.api.all(`${API}/providers/${p.id}/items`);
    if (!items.length) {
      el.append(h('p', { class: 'empty' }, t('provider.setup')));
      return;
    }
    const result = h('div', { id: 'redeem-result' });
    // One order is quoted, held and captured with the same request; a new quote starts a new order.
    const closeForm = (id, other, label, path, message) =>
      ctx.form({
        id,
        fields: [],
        submit: label,
        onSubmit: async (v, key) => {
          const hold = await ctx.api.post(path, undefined, { key });
          result.querySelector('#redeem-status').replaceChildren(status(ctx, hold.status, { hold: hold.id }));
          result.querySelector('#' + other).hidden = true; // a captured hold cannot be voided, nor the other way round
          return message(hold);
        },
      });
    const showHold = (hold) => {
      result.append(
        h(
          'div',
          { class: 'panel', id: 'redeem-hold' },
          figures(ctx, [
            [t('common.status'), status(ctx, hold.status, { hold: hold.id }), 'redeem-status'],
            [t('redeem.expires'), ctx.date(hold.expiresAt), 'redeem-expires'],
          ]),
          h(
            'div',
            { class: 'actions' },
            closeForm('redeem-capture', 'redeem-void', t('redeem.capture'), `${API}/holds/${hold.id}/capture`, (x) =>
              t('redeem.captured', { voucher: ctx.money(x.voucherShare), holder: ctx.money(x.holderShare) }),
            ),
            closeForm('redeem-void', 'redeem-capture', t('redeem.void'), `${API}/holds/${hold.id}/void`, () => t('redeem.voided')),
          ),
        ),
      );
    };
    el.append(
      h('h2', { id: 'provider-name' }, p.name),
      ctx.form({
        id: 'redeem',
        fields: [
          { name: 'code', label: t('redeem.code'), required: true, value: ctx.params.code, autocomplete: 'off' },
          { name: 'item', label: t('redeem.item'), type: 'select', required: true, options: items.map((i) => ({ value: i.id, label: `${i.name} · ${ctx.money(i.price)}` })) },
          { name: 'order', label: t('order'), required: true, value: 'ORD-' + Date.now().toString(36).toUpperCase() },
        ],
        submit: t('redeem.quote'),
        onSubmit: async (v, key) => {
          const item = items.find((i) => i.id === v.item);
          const request = { voucherCode: v.code.toUpperCase(), providerId: p.id, orderReference: v.order, price: item.price };
          result.replaceChildren();
          const quote = await ctx.api.post(`${API}/quotes`, request, { key });
          result.append(
            h(
              'div',
              { class: 'panel', id: 'redeem-quote' },
              figures(ctx, [
                [t('price'), ctx.money(quote.price), 'quote-price'],
                [t('voucher.pays'), ctx.money(quote.voucherShare), 'quote-voucher'],
                [t('holder.pays'), ctx.money(quote.holderShare), 'quote-holder'],
              ]),
              ctx.form({
                id: 'redeem-hold-form',
                fields: [],
                submit: t('redeem.hold'),
                onSubmit: async (x, holdKey) => {
                  const hold = await ctx.api.post(`${API}/holds`, request, { key: holdKey });
                  result.querySelector('#redeem-hold')?.remove();
                  showHold(hold);
                  return t('redeem.held', { time: ctx.date(hold.expiresAt) });
                },
              }),
            ),
          );
          return t('redeem.quoted');
        },
      }),
      result,
    );
  },

  /** Providers: captured redemptions and the settlements that pay them. */
  async claims(ctx, el) {
    const { h, t } = ctx;
    const p = await myProvider(ctx, el, 'claims');
    if (!p) return;
    const [captured, settlements] = await Promise.all([
      ctx.api.all(`${API}/providers/${p.id}/redemptions?status=CAPTURED`),
      ctx.api.all(`${API}/providers/${p.id}/settlements`),
    ]);
    el.append(
      h('h2', { id: 'provider-name' }, p.name),
      section(ctx, 'claims-redemptions', t('claims.redemptions'), ctx.table(holdColumns(ctx, 'provider'), captured)),
      section(
        ctx,
        'claims-settlements',
        t('claims.settlements'),
        ctx.table(
          [
            { label: t('settlement.period'), value: (s) => s.period },
            { label: t('amount'), value: (s) => ctx.money(s.amount) },
            { label: t('common.status'), value: (s) => status(ctx, s.status, { settlement: s.id }) },
            { label: t('settlements.approvedBy'), value: (s) => (s.approvedAt ? ctx.date(s.approvedAt) : '') },
            { label: t('settlements.reference'), value: (s) => s.paymentReference || '' },
          ],
          settlements,
        ),
      ),
    );
  },

  /** Operators: programmes and budgets, a new programme, the chosen one's burn, applications and providers to decide. */
  async programmes(ctx, el) {
    const { h, t } = ctx;
    const programmes = await ctx.api.all(`${API}/programmes`);
    const currency = programmes[0]?.budget.currency ?? 'CNY';
    const chosen = programmes.find((p) => p.id === ctx.params.programme) || programmes[0];
    el.append(
      section(
        ctx,
        'programmes-list',
        t('programmes.list'),
        ctx.table(
          [
            { label: t('programme'), value: (p) => h('a', { id: `programme-${p.id}`, href: ctx.link('vouchers', 'programmes', { programme: p.id }), 'aria-current': p === chosen ? 'true' : null }, p.name) },
            { label: t('sponsor'), value: (p) => p.sponsor },
            { label: t('budget'), value: (p) => ctx.money(p.budget) },
            { label: t('unissued'), value: (p) => ctx.money(p.unissued) },
            { label: t('subsidy'), value: (p) => `${p.subsidyBasisPoints / 100}%` },
            { label: t('cap'), value: (p) => ctx.money(p.capPerVoucher) },
            { label: t('period'), value: (p) => `${ctx.date(p.startsOn)} – ${ctx.date(p.endsOn)}` },
            { label: t('allocation'), value: (p) => t('allocation.' + p.allocation) },
          ],
          programmes,
        ),
      ),
      h(
        'details',
        { class: 'panel', id: 'programme-new-section', open: programmes.length ? null : true },
        h('summary', {}, t('programmes.new')),
        ctx.form({
          id: 'programme-new',
          fields: [
            { name: 'name', label: t('programmes.name'), required: true },
            { name: 'sponsor', label: t('sponsor'), required: true },
            { name: 'budget', label: `${t('budget')} (${currency})`, type: 'money', required: true },
            { name: 'subsidy', label: `${t('subsidy')} (%)`, type: 'number', required: true, value: 50, min: 1, max: 100, help: t('programmes.subsidy.help') },
            { name: 'cap', label: `${t('cap')} (${currency})`, type: 'money', required: true },
            { name: 'capPerHolder', label: `${t('cap.holder')} (${currency})`, type: 'money' },
            { name: 'allocation', label: t('allocation'), type: 'select', options: ['FIRST_COME', 'LOTTERY'].map((a) => ({ value: a, label: t('allocation.' + a) })) },
            { name: 'startsOn', label: t('programmes.starts'), type: 'date', required: true, value: today() },
            { name: 'endsOn', label: t('programmes.ends'), type: 'date', required: true, value: addDays(today(), 365) },
          ],
          submit: t('programmes.create'),
          onSubmit: async (v, key) => {
            const m = (amount) => (amount === null ? null : { amount, currency });
            const p = await ctx.api.post(
              `${API}/programmes`,
              {
                name: v.name,
                sponsor: v.sponsor,
                budget: m(v.budget),
                subsidyBasisPoints: v.subsidy * 100,
                capPerVoucher: m(v.cap),
                capPerHolderPerYear: m(v.capPerHolder),
                allocation: v.allocation,
                startsOn: v.startsOn,
                endsOn: v.endsOn,
              },
              { key },
            );
            ctx.go('vouchers', 'programmes', { programme: p.id });
            return t('programmes.created');
          },
        }),
      ),
    );
    if (!chosen) return;
    await burn(ctx, el, chosen);
    await decisions(ctx, el, chosen);
  },

  /** Operators: what is due, preparing a batch, the second operator's approval, payment, the statement. */
  async settlements(ctx, el) {
    const { h, t } = ctx;
    const programmes = await ctx.api.all(`${API}/programmes`);
    if (!programmes.length) {
      el.append(h('p', { class: 'empty' }, t('common.none')));
      return;
    }
    const p = choose(ctx, el, 'settlements', 'programme', programmes, t('programme'));
    const base = `${API}/programmes/${p.id}`;
    let names = new Map();
    let list = [];
    let due = [];
    const label = (s) => `${names.get(s.providerId)} · ${s.period} · ${ctx.money(s.amount)} · ${t('status.' + s.status)}`;
    const dueBox = live(ctx, 'settlements-due', () =>
      ctx.table(
        [
          { label: t('provider'), value: (d) => names.get(d.providerId) },
          { label: t('settlement.period'), value: (d) => d.period },
          { label: t('settlements.redemptions'), value: (d) => d.redemptions },
          { label: t('amount'), value: (d) => ctx.money(d.amount) },
        ],
        due,
      ),
    );
    const listBox = live(ctx, 'settlements-list', () =>
      ctx.table(
        [
          { label: t('provider'), value: (s) => names.get(s.providerId) },
          { label: t('settlement.period'), value: (s) => s.period },
          { label: t('amount'), value: (s) => ctx.money(s.amount) },
          { label: t('common.status'), value: (s) => status(ctx, s.status, { settlement: s.id }) },
          { label: t('settlements.preparedBy'), value: (s) => s.preparedBy },
          { label: t('settlements.approvedBy'), value: (s) => s.approvedBy || '' },
          { label: t('settlements.reference'), value: (s) => s.paymentReference || '' },
        ],
        list,
      ),
    );
    const selects = {}; // form id -> [select, which settlements it offers]
    const load = async () => {
      [due, list] = await Promise.all([ctx.api.get(`${base}/settlements/due`), ctx.api.all(`${base}/settlements`)]);
      names = await providerNames(ctx, [...due.map((d) => d.providerId), ...list.map((s) => s.providerId)]);
      await Promise.all([dueBox.refresh(), listBox.refresh()]);
      setOptions(ctx, selects.prepare, due.map((d) => ({ value: `${d.providerId}|${d.period}`, label: `${names.get(d.providerId)} · ${d.period} · ${ctx.money(d.amount)}` })));
      for (const [id, wanted] of [['approve', 'PREPARED'], ['pay', 'APPROVED'], ['statement', null]]) {
        setOptions(ctx, selects[id], list.filter((s) => !wanted || s.status === wanted).map((s) => ({ value: s.id, label: label(s) })));
      }
    };
    const settlementForm = (id, submit, extra, act) => {
      const f = ctx.form({
        id,
        fields: [{ name: 'settlement', label: t('settlement'), type: 'select', required: true, options: [] }, ...extra],
        submit,
        onSubmit: act,
      });
      selects[id] = f.querySelector(`#${id}-settlement`);
      return f;
    };
    const frame = h('iframe', { id: 'statement-frame', title: t('settlements.statement'), hidden: true, style: 'width:100%;height:520px;border:1px solid #c9d0d8' });
    const prepare = ctx.form({
      id: 'prepare',
      fields: [
        { name: 'due', label: t('settlements.due'), type: 'select', required: true, options: [] },
        { name: 'evidence', label: t('settlements.evidence'), type: 'textarea', required: true },
      ],
      submit: t('settlements.prepare'),
      onSubmit: async (v, key) => {
        const [providerId, period] = v.due.split('|');
        const evidence = v.evidence.split('\n').map((e) => e.trim()).filter((e) => e);
        await ctx.api.post(`${base}/settlements`, { providerId, period, evidence }, { key });
        await load();
        return t('settlements.prepared');
      },
    });
    selects.prepare = prepare.querySelector('#prepare-due');
    el.append(
      section(ctx, 'due-section', t('settlements.due'), dueBox.box, prepare),
      section(
        ctx,
        'list-section',
        t('settlements.list'),
        listBox.box,
        settlementForm('approve', t('settlements.approve'), [], async (v, key) => {
          await ctx.api.post(`${API}/settlements/${v.settlement}/approval`, undefined, { key });
          await load();
          return t('settlements.approved');
        }),
        settlementForm('pay', t('settlements.pay'), [{ name: 'reference', label: t('settlements.reference'), required: true }], async (v, key) => {
          await ctx.api.post(`${API}/settlements/${v.settlement}/payment`, { reference: v.reference }, { key });
          await load();
          return t('settlements.paid');
        }),
      ),
      section(
        ctx,
        'statement-section',
        t('settlements.statement'),
        settlementForm('statement', t('settlements.show'), [], async (v) => {
          // The statement needs the token, so it is fetched here and shown in a sandboxed frame.
          frame.srcdoc = await ctx.api.get(`${API}/settlements/${v.settlement}/statement?lang=${ctx.lang}`, { accept: 'text/html' });
          frame.hidden = false;
          return t('settlements.shown');
        }),
        frame,
      ),
    );
    frame.setAttribute('sandbox', 'allow-modals allow-scripts'); // its print button, nothing else
    await load();
  },

  /** Operators: the conservation figures per currency, every yuan of every budget. */
  async audit(ctx, el) {
    const { h, t } = ctx;
    const audit = await ctx.api.get(`${API}/audit`);
    const kinds = ['unissued', 'available', 'held', 'payable', 'settled', 'paid', 'clearing'];
    el.append(
      h('p', { id: 'audit-balanced', class: audit.balanced ? 'success' : 'problem', role: 'status' }, t(audit.balanced ? 'audit.balanced' : 'audit.unbalanced')),
      h('ul', { id: 'audit-problems', hidden: !audit.problems.length }, audit.problems.map((p) => h('li', { lang: 'en' }, p))),
      h('p', {}, t('audit.journals', { count: audit.journals })),
    );
    for (const [currency, f] of Object.entries(audit.currencies)) {
      const chart = h('div', { id: `audit-chart-${currency}` });
      const table = ctx.table(
        [
          { label: t('audit.figure'), value: (k) => t('audit.' + k) },
          { label: t('amount'), value: (k) => money(ctx, f[k], currency) },
        ],
        ['budget', ...kinds],
      );
      table.id = `audit-${currency}`;
      el.append(
        section(
          ctx,
          `audit-section-${currency}`,
          t('audit.currency', { currency }),
          figures(ctx, [
            [t('audit.budget'), money(ctx, f.budget, currency), `audit-budget-${currency}`],
            [t('audit.unissued'), money(ctx, f.unissued, currency), `audit-unissued-${currency}`],
          ]),
          table,
          h('h3', {}, t('audit.chart', { currency })),
          chart,
        ),
      );
      // The chart shows where the issued money is (unissued budget would dwarf it); the table has all.
      const parts = kinds.filter((k) => k !== 'unissued' && f[k] !== 0);
      if (!parts.length) continue;
      await ctx.chart(
        chart,
        {
          tooltip: { trigger: 'item' },
          // Yuan for drawing only; the table gives the exact amounts.
          series: [{ type: 'pie', radius: ['35%', '65%'], data: parts.map((k) => ({ name: t('audit.' + k), value: f[k] / 100 })) }],
        },
        t('audit.chart', { currency }),
      );
    }
  },
};

/** The burn of a programme's budget: issued and captured per month, projected exhaustion, flags. */
async function burn(ctx, el, programme) {
  const { h, t } = ctx;
  const s = await ctx.api.get(`${API}/programmes/${programme.id}/signals`);
  const chart = h('div', { id: 'burn-chart' });
  const exhaustion = s.projectedExhaustion ? ctx.date(s.projectedExhaustion) : t('programmes.exhaustion.none');
  const table = ctx.table(
    [
      { label: t('month'), value: (m) => m.month },
      { label: t('issued'), value: (m) => ctx.money(m.issued) },
      { label: t('captured'), value: (m) => ctx.money(m.captured) },
    ],
    s.months,
  );
  table.id = 'burn-table';
  el.append(
    section(
      ctx,
      'burn',
      t('programmes.burn', { name: programme.name }),
      figures(ctx, [
        [t('budget'), ctx.money(s.budget), 'burn-budget'],
        [t('unissued'), ctx.money(s.unissued), 'burn-unissued'],
        [t('programmes.exhaustion'), s.projectedExhaustion ? exhaustion : '—', 'burn-exhaustion'],
      ]),
      s.projectedExhaustion ? '' : h('p', { class: 'hint' }, exhaustion),
      s.months.length ? chart : null,
      table,
      s.flags.length
        ? [
            h('h3', {}, t('programmes.flags')),
            ctx.table(
              [
                { label: t('code'), value: (f) => f.voucherCode },
                { label: t('provider'), value: (f) => f.providerId },
                { label: t('reason'), value: (f) => h('span', { lang: 'en' }, f.detail) },
              ],
              s.flags,
            ),
          ]
        : null,
    ),
  );
  if (!s.months.length) return;
  const yuan = (m) => Number(m.amount) / 100; // for drawing only; the table gives the exact amounts
  await ctx.chart(
    chart,
    {
      title: { text: `${t('programmes.exhaustion')}: ${exhaustion}`, textStyle: { fontSize: 13, fontWeight: 'normal' } },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 70, right: 20, top: 40, bottom: 50 },
      xAxis: { type: 'category', data: s.months.map((m) => m.month) },
      yAxis: { type: 'value' },
      series: [
        { name: t('issued'), type: 'bar', data: s.months.map((m) => yuan(m.issued)) },
        { name: t('captured'), type: 'bar', data: s.months.map((m) => yuan(m.captured)) },
      ],
    },
    t('programmes.burn.label', { name: programme.name }),
  );
}

/** A programme's applications and provider memberships waiting for an operator's decision. */
async function decisions(ctx, el, programme) {
  const { h, t } = ctx;
  const base = `${API}/programmes/${programme.id}`;
  let applications = [];
  let memberships = [];
  let names = new Map();
  const appsBox = live(ctx, 'applications', () =>
    ctx.table(
      [
        { label: t('holder'), value: (a) => a.holder },
        { label: t('amount'), value: (a) => money(ctx, a.requested, programme.budget.currency) },
        { label: t('apply.submitted'), value: (a) => ctx.date(a.submittedAt) },
        { label: t('apply.eligible'), value: (a) => (a.eligible ? t('common.yes') : t('common.no')) },
        { label: t('apply.review'), value: (a) => a.review.map((c) => `${c.rule}: ${c.explanation}`).join('; ') },
      ],
      applications,
    ),
  );
  const membersBox = live(ctx, 'memberships', () =>
    ctx.table(
      [
        { label: t('provider'), value: (m) => names.get(m.providerId) },
        { label: t('common.status'), value: (m) => status(ctx, m.status, { provider: m.providerId }) },
      ],
      memberships,
    ),
  );
  const load = async () => {
    [applications, memberships] = await Promise.all([
      ctx.api.all(`${base}/applications?status=SUBMITTED`),
      ctx.api.all(`${base}/memberships?status=PENDING`),
    ]);
    names = await providerNames(ctx, memberships.map((m) => m.providerId));
    await Promise.all([appsBox.refresh(), membersBox.refresh()]);
    setOptions(ctx, decide.querySelector('#decide-application'), applications.map((a) => ({ value: a.id, label: `${a.holder} · ${money(ctx, a.requested, programme.budget.currency)}` })));
    setOptions(ctx, admit.querySelector('#admit-provider'), memberships.map((m) => ({ value: m.providerId, label: names.get(m.providerId) })));
  };
  const verdict = (name, yes, no) => ({ name, label: t('programmes.decision'), type: 'select', options: [{ value: 'yes', label: yes }, { value: 'no', label: no }] });
  const decide = ctx.form({
    id: 'decide',
    fields: [
      { name: 'application', label: t('programmes.applications'), type: 'select', required: true, options: [] },
      verdict('approve', t('programmes.approve'), t('programmes.reject')),
      { name: 'useBy', label: t('use.by'), type: 'date', value: minDate(addDays(today(), 180), programme.endsOn) },
      { name: 'redeemBy', label: t('redeem.by'), type: 'date', value: programme.endsOn },
      { name: 'reason', label: t('reason'), type: 'textarea' },
    ],
    submit: t('programmes.decide'),
    onSubmit: async (v, key) => {
      const body = v.approve === 'yes' ? { approve: true, useBy: v.useBy, redeemBy: v.redeemBy, reason: v.reason } : { approve: false, reason: v.reason };
      const a = await ctx.api.post(`${API}/applications/${v.application}/decision`, body, { key });
      await load();
      return t('programmes.decided', { status: t('status.' + a.status) });
    },
  });
  const admit = ctx.form({
    id: 'admit',
    fields: [
      { name: 'provider', label: t('provider'), type: 'select', required: true, options: [] },
      verdict('accept', t('programmes.approve'), t('programmes.reject')),
      { name: 'reason', label: t('reason'), type: 'textarea' },
    ],
    submit: t('programmes.admit'),
    onSubmit: async (v, key) => {
      const m = await ctx.api.post(`${base}/memberships/${v.provider}/decision`, { accept: v.accept === 'yes', reason: v.reason }, { key });
      await load();
      return t('programmes.admitted', { status: t('status.' + m.status) });
    },
  });
  el.append(
    section(ctx, 'applications-section', t('programmes.applications'), appsBox.box, decide),
    section(ctx, 'memberships-section', t('programmes.memberships'), membersBox.box, admit),
  );
  await load();
}
