// The licensing plugin's portal pages. Licensees (holders) browse the pay-after-use catalogue, take
// up a trial, report on it, convert or walk away, report revenue and pay invoices; the
// tech-transfer office (operators) registers patents, writes, consents and publishes offers,
// records contracts and transfers, and reads the royalties in figures. Amounts travel as fen
// (integers) and are only formatted by ctx.money.
const API = '/licensing/api/';

export const messages = {
  'zh-CN': {
    'catalogue.broker': '促成交易的技术经理人',
    'catalogue.broker.help': '如有技术经理人为您促成这项许可，请选择，业绩将计入其档案。',
    'catalogue.broker.none': '无',
    'patent.title': '专利名称',
    'patent.number': '专利号',
    'patent.kind': '专利类型',
    'patent.kind.INVENTION': '发明专利',
    'patent.kind.UTILITY_MODEL': '实用新型',
    'patent.kind.DESIGN': '外观设计',
    'patent.owners': '专利权人',
    'patent.owners.help': '每行一位共有人。',
    'patent.expiresOn': '到期日',
    'patent.field': '技术领域',
    'patent.abstract': '摘要',
    'patent.evaluationReport': '专利权评价报告编号',
    'patent.evaluationReport.help': '实用新型和外观设计发布许可前需要。',
    'patent.voucherProviderId': '创新券服务机构编号',
    'patent.voucherProviderId.help': '许可方在创新券服务中的机构编号；填写后被许可方可以用创新券支付许可费。',
    'offer.kind': '许可方式',
    'offer.kind.PAY_AFTER_USE': '先使用后付费',
    'offer.kind.OPEN_LICENCE': '开放许可',
    'offer.schedule': '许可费标准',
    'offer.schedule.type': '计费方式',
    'offer.schedule.parameters': '计费参数',
    'offer.schedule.parameters.help': '每行一项“名称=值”，金额以分计，费率以万分之一计。例如 fee=500（每件 5 元）或 tiers=0:300（3%）。',
    'offer.currency': '币种',
    'offer.annualMinimum': '年度最低许可费',
    'offer.annualCap': '年度许可费上限',
    'offer.termMonths': '许可期限（月）',
    'offer.trialDays': '试用期（天）',
    'offer.trialDays.help': '仅先使用后付费；不填则用本区域的默认试用期。',
    'offer.fieldOfUse': '实施领域',
    'offer.status': '状态',
    'offer.status.DRAFT': '草稿',
    'offer.status.PUBLISHED': '已发布',
    'offer.consents': '共有人同意',
    'offer.trial': '试用期',
    'offer.term': '许可期限',
    'schedule.per-unit': '按件计费：每件 {fee}',
    'schedule.net-sales': '按净销售额提成：{tiers}',
    'schedule.profit': '按利润提成：{tiers}',
    'schedule.lump-sum': '一次性支付 {amount}',
    'schedule.tier': '{rate}（{from} 以上部分）',
    'schedule.tier.first': '{rate}',
    'unit.days': '{n} 天',
    'unit.months': '{n} 个月',
    'catalogue.intro': '以下专利可以先免费试用，试用期满前决定转为正式许可（之后按销售情况付费）或放弃，放弃不产生费用。',
    'catalogue.takeup': '申请试用',
    'catalogue.offer': '选择专利',
    'catalogue.choose': '选择',
    'notice.taken-up': '试用已开始，试用期至 {date}。',
    'licence.licence': '许可',
    'licence.status': '状态',
    'licence.status.TRIAL': '试用中',
    'licence.status.CONVERTED': '已转为正式许可',
    'licence.status.ACTIVE': '有效',
    'licence.status.WALKED_AWAY': '已放弃',
    'licence.status.ENDED': '已结束',
    'licence.status.EXPIRED': '试用期满未决定，已结束',
    'licence.startsOn': '开始日期',
    'licence.trialEndsOn': '试用截止',
    'licence.daysLeft': '试用剩余天数',
    'licence.royaltiesFrom': '计费起始日',
    'licence.endsOn': '许可截止',
    'licence.licensee': '被许可方',
    'licence.recordation': '合同备案',
    'licence.recordationDue': '备案期限',
    'licence.recorded': '已备案 {number}（{date}）',
    'licence.notRecorded': '未备案',
    'licence.overdue': '已逾期',
    'licence.open': '查看',
    'licence.back': '返回我的许可',
    'licence.intro': '试用期间请提交试用报告；试用期满前可转为正式许可或放弃。',
    'trial.reports': '试用报告',
    'trial.file': '提交试用报告',
    'trial.usage': '使用情况',
    'trial.performance': '实施效果',
    'trial.units': '试用数量（件）',
    'trial.reportedAt': '提交时间',
    'trial.decide': '试用决定',
    'trial.convert': '转为正式许可',
    'trial.walkAway': '放弃许可',
    'trial.walkAway.confirm': '放弃后许可即终止，不能恢复。确定放弃吗？',
    'notice.trial-reported': '试用报告已提交。',
    'notice.converted': '已转为正式许可，自 {date} 起计收许可费。',
    'notice.walked-away': '您已放弃该许可，不产生任何费用。',
    'revenue.reports': '收入报告',
    'revenue.file': '提交收入报告',
    'revenue.periodFrom': '期间开始',
    'revenue.periodTo': '期间结束',
    'revenue.netSales': '净销售额',
    'revenue.profit': '利润',
    'revenue.units': '数量（件）',
    'revenue.royalty': '许可费',
    'revenue.late': '逾期提交',
    'notice.reported': '收入报告已提交，应付许可费 {royalty}。',
    'invoice.invoices': '许可费账单',
    'invoice.mine': '我的账单',
    'invoice.invoice': '账单',
    'invoice.issuedOn': '开具日期',
    'invoice.dueOn': '付款期限',
    'invoice.amount': '金额',
    'invoice.paid': '已付',
    'invoice.outstanding': '待付',
    'invoice.status.OPEN': '待付款',
    'invoice.status.PAID': '已付清',
    'invoice.payWithVoucher': '用创新券支付',
    'invoice.voucherCode': '创新券券码',
    'invoice.voucherCode.help': '创新券按所属计划的比例支付待付金额的一部分，其余请转账支付。',
    'notice.voucher-paid': '创新券已支付 {paid}，尚待支付 {outstanding}。',
    'offers.patents': '专利',
    'offers.addPatent': '登记专利',
    'offers.offers': '许可要约',
    'offers.makeOffer': '制定许可要约',
    'offers.patent': '专利',
    'offers.open': '查看',
    'offers.back': '返回专利与许可要约',
    'offers.consent': '登记共有人同意',
    'offers.owner': '共有人',
    'offers.publish': '发布要约',
    'offers.publish.help': '发布后条件不再改变，所有被许可方适用相同条件。',
    'offers.recordation': '待备案的许可合同',
    'offers.record': '登记备案',
    'offers.recordedOn': '备案日期',
    'offers.recordNumber': '备案号',
    'offers.payments': '待收许可费',
    'offers.recordPayment': '登记收款',
    'offers.reference': '转账凭证号',
    'notice.patent-added': '专利已登记，现在可以为它制定许可要约。',
    'notice.offer-made': '许可要约草稿已建立；请登记每位共有人的同意后发布。',
    'notice.consented': '已登记 {owner} 的同意。',
    'notice.published': '要约已发布，被许可方现在可以在目录中看到。',
    'notice.recorded': '备案已登记。',
    'notice.payment-recorded': '收款已登记，尚待支付 {outstanding}。',
    'royalties.months': '许可费按月统计',
    'royalties.months.chart': '各月开具与收到的许可费（{currency}）',
    'royalties.month': '月份',
    'royalties.invoiced': '开具',
    'royalties.received': '收到',
    'royalties.total': '合计',
    'royalties.funnel': '先使用后付费转化漏斗',
    'royalties.funnel.chart': '已发布要约、试用与转为正式许可的数量',
    'royalties.stage': '阶段',
    'royalties.count': '数量',
    'royalties.offers': '已发布要约',
    'royalties.trials': '试用',
    'royalties.conversions': '转为正式许可',
    'royalties.licences': '许可数量',
    'royalties.trialOutcomes': '试用结果',
    'royalties.outcome.CONVERTED': '转为正式许可',
    'royalties.outcome.WALKED_AWAY': '放弃',
    'royalties.outcome.EXPIRED': '期满未决定',
    'problem.licensing:unknown-patent': '没有这件专利。',
    'problem.licensing:unknown-offer': '没有这个许可要约，或它尚未发布。',
    'problem.licensing:unknown-licence': '没有这项许可，或它不属于您。',
    'problem.licensing:unknown-invoice': '没有这张账单，或它不属于您。',
    'problem.licensing:duplicate-patent': '这个专利号已经登记过了。',
    'problem.licensing:already-published': '要约已经发布，不能再更改。',
    'problem.licensing:not-published': '要约尚未发布，不能申请。',
    'problem.licensing:not-in-trial': '这项许可不在试用期内。',
    'problem.licensing:trial-over': '试用期已过，不能再提交或决定。',
    'problem.licensing:no-royalties': '这项许可目前不计收许可费（仍在试用、已放弃或已结束）。',
    'problem.licensing:already-recorded': '这份合同已经备案。',
    'problem.licensing:already-paid': '这张账单已经付清。',
    'problem.licensing:not-an-owner': '此人不是该专利的共有人。',
    'problem.licensing:invalid-terms': '许可条件不正确：请检查计费方式和参数，以及最低额与上限。',
    'problem.licensing:over-region-cap': '提成比例超过本区域的上限。',
    'problem.licensing:consent-missing': '还有共有人没有同意，不能发布。',
    'problem.licensing:evaluation-report-missing': '实用新型和外观设计需要专利权评价报告才能发布。',
    'problem.licensing:patent-not-licensable': '该专利已失效或到期，不能许可。',
    'problem.licensing:outside-licence': '报告期间超出许可年度、许可期限或今天。',
    'problem.licensing:period-not-next': '报告期间必须紧接上一期的次日开始。',
    'problem.licensing:currency-mismatch': '币种与许可不一致。',
    'problem.licensing:invalid-amount': '金额不正确：不能为负，收款不能超过待付金额。',
    'problem.licensing:vouchers-not-accepted': '本区域或该许可方不接受用创新券支付许可费，请转账支付。',
    'problem.licensing:unknown-broker': '该技术经理人不是本区域认证的技术经理人。',
    'problem.vouchers:unknown-voucher': '没有这张创新券，或它不属于您。',
    'problem.vouchers:voucher-expired': '这张创新券已过期。',
    'problem.vouchers:nothing-to-pay': '这张创新券没有可用余额。',
    'problem.vouchers:not-admitted': '许可方不是该创新券计划的服务机构。',
    'problem.vouchers:unknown-provider': '许可方的服务机构编号不存在。',
    'problem.vouchers:outside-programme': '这笔支付不在该创新券计划的范围内。',
  },
  en: {
    'catalogue.broker': 'Technology manager who brokered it',
    'catalogue.broker.help': 'If a technology manager brokered this licence for you, choose them: the deal is credited to their track record.',
    'catalogue.broker.none': 'None',
    'patent.title': 'Title',
    'patent.number': 'Patent number',
    'patent.kind': 'Kind of patent',
    'patent.kind.INVENTION': 'Invention',
    'patent.kind.UTILITY_MODEL': 'Utility model',
    'patent.kind.DESIGN': 'Design',
    'patent.owners': 'Owners',
    'patent.owners.help': 'One co-owner a line.',
    'patent.expiresOn': 'Expires on',
    'patent.field': 'Field',
    'patent.abstract': 'Abstract',
    'patent.evaluationReport': 'Evaluation report number',
    'patent.evaluationReport.help': 'Needed before a utility model or design is offered.',
    'patent.voucherProviderId': 'Voucher provider id',
    'patent.voucherProviderId.help': "The licensor's provider id in the vouchers service; with it, licensees may pay royalties with a voucher.",
    'offer.kind': 'Kind of licence',
    'offer.kind.PAY_AFTER_USE': 'Pay after use',
    'offer.kind.OPEN_LICENCE': 'Open licence',
    'offer.schedule': 'Royalties',
    'offer.schedule.type': 'Royalty schedule',
    'offer.schedule.parameters': 'Schedule parameters',
    'offer.schedule.parameters.help': 'One "name=value" a line; amounts in fen, rates in basis points. For example fee=500 (5 yuan a unit) or tiers=0:300 (3%).',
    'offer.currency': 'Currency',
    'offer.annualMinimum': 'Annual minimum',
    'offer.annualCap': 'Annual cap',
    'offer.termMonths': 'Term (months)',
    'offer.trialDays': 'Trial (days)',
    'offer.trialDays.help': "Pay after use only; empty for the region's default trial.",
    'offer.fieldOfUse': 'Field of use',
    'offer.status': 'Status',
    'offer.status.DRAFT': 'Draft',
    'offer.status.PUBLISHED': 'Published',
    'offer.consents': "Co-owners' consents",
    'offer.trial': 'Trial',
    'offer.term': 'Term',
    'schedule.per-unit': '{fee} a unit',
    'schedule.net-sales': 'Of net sales: {tiers}',
    'schedule.profit': 'Of profit: {tiers}',
    'schedule.lump-sum': 'A lump sum of {amount}',
    'schedule.tier': '{rate} above {from}',
    'schedule.tier.first': '{rate}',
    'unit.days': '{n} days',
    'unit.months': '{n} months',
    'catalogue.intro': 'Try these patents first at no cost. Before the trial ends, convert to a paid licence (royalties from your sales) or walk away, owing nothing.',
    'catalogue.takeup': 'Apply for a trial',
    'catalogue.offer': 'Patent',
    'catalogue.choose': 'Choose',
    'notice.taken-up': 'Your trial has started; it runs until {date}.',
    'licence.licence': 'Licence',
    'licence.status': 'Status',
    'licence.status.TRIAL': 'In trial',
    'licence.status.CONVERTED': 'Converted to a paid licence',
    'licence.status.ACTIVE': 'Active',
    'licence.status.WALKED_AWAY': 'Walked away',
    'licence.status.ENDED': 'Ended',
    'licence.status.EXPIRED': 'Trial ran out undecided; ended',
    'licence.startsOn': 'Starts on',
    'licence.trialEndsOn': 'Trial ends on',
    'licence.daysLeft': 'Days of trial left',
    'licence.royaltiesFrom': 'Royalties from',
    'licence.endsOn': 'Ends on',
    'licence.licensee': 'Licensee',
    'licence.recordation': 'Contract recordation',
    'licence.recordationDue': 'Recordation due',
    'licence.recorded': 'Recorded {number} ({date})',
    'licence.notRecorded': 'Not recorded',
    'licence.overdue': 'overdue',
    'licence.open': 'Open',
    'licence.back': 'Back to my licences',
    'licence.intro': 'During the trial, file trial reports; before it ends, convert to a paid licence or walk away.',
    'trial.reports': 'Trial reports',
    'trial.file': 'File a trial report',
    'trial.usage': 'How you use it',
    'trial.performance': 'How it performs',
    'trial.units': 'Units in the trial',
    'trial.reportedAt': 'Filed',
    'trial.decide': 'Your decision',
    'trial.convert': 'Convert to a paid licence',
    'trial.walkAway': 'Walk away',
    'trial.walkAway.confirm': 'Walking away ends the licence for good. Walk away?',
    'notice.trial-reported': 'Your trial report is filed.',
    'notice.converted': 'Converted to a paid licence; royalties run from {date}.',
    'notice.walked-away': 'You walked away from the licence; you owe nothing.',
    'revenue.reports': 'Revenue reports',
    'revenue.file': 'File a revenue report',
    'revenue.periodFrom': 'Period from',
    'revenue.periodTo': 'Period to',
    'revenue.netSales': 'Net sales',
    'revenue.profit': 'Profit',
    'revenue.units': 'Units',
    'revenue.royalty': 'Royalty',
    'revenue.late': 'Filed late',
    'notice.reported': 'Your revenue report is filed; the royalty is {royalty}.',
    'invoice.invoices': 'Royalty invoices',
    'invoice.mine': 'My invoices',
    'invoice.invoice': 'Invoice',
    'invoice.issuedOn': 'Issued on',
    'invoice.dueOn': 'Due on',
    'invoice.amount': 'Amount',
    'invoice.paid': 'Paid',
    'invoice.outstanding': 'Outstanding',
    'invoice.status.OPEN': 'Open',
    'invoice.status.PAID': 'Paid',
    'invoice.payWithVoucher': 'Pay with a voucher',
    'invoice.voucherCode': 'Voucher code',
    'invoice.voucherCode.help': "A voucher pays its programme's share of what is outstanding; pay the rest by transfer.",
    'notice.voucher-paid': 'Your voucher paid {paid}; {outstanding} is outstanding.',
    'offers.patents': 'Patents',
    'offers.addPatent': 'Register a patent',
    'offers.offers': 'Offers',
    'offers.makeOffer': 'Make an offer',
    'offers.patent': 'Patent',
    'offers.open': 'Open',
    'offers.back': 'Back to patents and offers',
    'offers.consent': "Record a co-owner's consent",
    'offers.owner': 'Co-owner',
    'offers.publish': 'Publish the offer',
    'offers.publish.help': 'Once published the terms never change; every licensee gets the same.',
    'offers.recordation': 'Licences to record',
    'offers.record': 'Record the contract',
    'offers.recordedOn': 'Recorded on',
    'offers.recordNumber': 'Record number',
    'offers.payments': 'Royalties to receive',
    'offers.recordPayment': 'Record a payment',
    'offers.reference': 'Transfer reference',
    'notice.patent-added': 'The patent is registered; make an offer for it now.',
    'notice.offer-made': "The draft offer is made; record every co-owner's consent, then publish it.",
    'notice.consented': "{owner}'s consent is recorded.",
    'notice.published': 'The offer is published; licensees see it in the catalogue now.',
    'notice.recorded': 'The recordation is entered.',
    'notice.payment-recorded': 'The payment is recorded; {outstanding} is outstanding.',
    'royalties.months': 'Royalties by month',
    'royalties.months.chart': 'Royalties invoiced and received each month ({currency})',
    'royalties.month': 'Month',
    'royalties.invoiced': 'Invoiced',
    'royalties.received': 'Received',
    'royalties.total': 'Total',
    'royalties.funnel': 'Pay-after-use funnel',
    'royalties.funnel.chart': 'Offers published, trials and conversions',
    'royalties.stage': 'Stage',
    'royalties.count': 'Number',
    'royalties.offers': 'Offers published',
    'royalties.trials': 'Trials',
    'royalties.conversions': 'Conversions',
    'royalties.licences': 'Licences',
    'royalties.trialOutcomes': 'How trials ended',
    'royalties.outcome.CONVERTED': 'Converted',
    'royalties.outcome.WALKED_AWAY': 'Walked away',
    'royalties.outcome.EXPIRED': 'Ran out undecided',
    'problem.licensing:unknown-patent': 'There is no such patent.',
    'problem.licensing:unknown-offer': 'There is no such offer, or it is not published.',
    'problem.licensing:unknown-licence': 'There is no such licence of yours.',
    'problem.licensing:unknown-invoice': 'There is no such invoice of yours.',
    'problem.licensing:duplicate-patent': 'This patent number is registered already.',
    'problem.licensing:already-published': 'The offer is published already and cannot change.',
    'problem.licensing:not-published': 'The offer is not published yet.',
    'problem.licensing:not-in-trial': 'This licence is not in a trial.',
    'problem.licensing:trial-over': 'The trial is over; it can no longer be reported on or decided.',
    'problem.licensing:no-royalties': 'This licence owes no royalties now (in trial, walked away or ended).',
    'problem.licensing:already-recorded': 'This contract is recorded already.',
    'problem.licensing:already-paid': 'This invoice is paid in full.',
    'problem.licensing:not-an-owner': 'This person is not a co-owner of the patent.',
    'problem.licensing:invalid-terms': 'The terms are not right: check the schedule, its parameters, the minimum and the cap.',
    'problem.licensing:over-region-cap': "The rate is above the region's cap.",
    'problem.licensing:consent-missing': 'A co-owner has not consented yet; the offer cannot be published.',
    'problem.licensing:evaluation-report-missing': 'A utility model or design needs an evaluation report before it is offered.',
    'problem.licensing:patent-not-licensable': 'The patent has lapsed or expired; it cannot be licensed.',
    'problem.licensing:outside-licence': "The period runs across licence years, past the licence's end or past today.",
    'problem.licensing:period-not-next': 'A period starts the day after the last one ended.',
    'problem.licensing:currency-mismatch': "The currency is not the licence's.",
    'problem.licensing:invalid-amount': 'The amount is not right: not negative, and a payment at most what is outstanding.',
    'problem.licensing:vouchers-not-accepted': 'The region or the licensor takes no vouchers for royalties; pay by transfer.',
    'problem.licensing:unknown-broker': "The broker is not a certified technology manager of this region's registry.",
    'problem.vouchers:unknown-voucher': 'There is no such voucher of yours.',
    'problem.vouchers:voucher-expired': 'The voucher has expired.',
    'problem.vouchers:nothing-to-pay': 'The voucher has nothing available.',
    'problem.vouchers:not-admitted': "The licensor is not a provider of the voucher's programme.",
    'problem.vouchers:unknown-provider': "The licensor's provider id is unknown to the vouchers service.",
    'problem.vouchers:outside-programme': "This payment is outside the voucher's programme.",
  },
};

// ---------- helpers shared by the pages ----------

/** Every item of one of this plugin's paged lists. */
const all = (ctx, path) => ctx.api.all(API + path);

/** Today in UTC, as the region counts days. */
function today() {
  return new Date().toISOString().slice(0, 10);
}

function days(from, to) {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86400000);
}

/** Basis points to a percentage, by integer arithmetic (250 → "2.5%"). */
function percent(bp) {
  const n = Number(bp);
  const frac = String(n % 100).padStart(2, '0').replace(/0+$/, '');
  return `${Math.trunc(n / 100)}${frac ? '.' + frac : ''}%`;
}

/** An offer's royalties as a person reads them. */
function schedule(ctx, offer) {
  const p = offer.schedule.parameters || {};
  const m = (fen) => ctx.money({ amount: fen, currency: offer.currency });
  const type = offer.schedule.type;
  if (type === 'per-unit') return ctx.t('schedule.per-unit', { fee: m(p.fee) });
  if (type === 'lump-sum') return ctx.t('schedule.lump-sum', { amount: m(p.amount) });
  if (type === 'net-sales' || type === 'profit') {
    const tiers = String(p.tiers || '')
      .split(',')
      .filter(Boolean)
      .map((pair, i) => {
        const [from, rate] = pair.split(':');
        return ctx.t(i === 0 ? 'schedule.tier.first' : 'schedule.tier', { rate: percent(rate), from: m(from) });
      })
      .join('; ');
    return ctx.t('schedule.' + type, { tiers });
  }
  return `${type} ${Object.entries(p).map(([k, v]) => `${k}=${v}`).join(', ')}`;
}

/** What a licence is now: trial, converted, walked away, ... */
function licenceStatus(ctx, l) {
  if (l.status === 'ACTIVE' && l.trialOutcome === 'CONVERTED') return ctx.t('licence.status.CONVERTED');
  if (l.status === 'ENDED' && l.trialOutcome === 'EXPIRED') return ctx.t('licence.status.EXPIRED');
  return ctx.t('licence.status.' + l.status);
}

function daysLeft(l) {
  // The trial's last day counts: on a 30-day trial's first day, 30 days are left.
  return l.status === 'TRIAL' ? Math.max(0, days(today(), l.trialEndsOn) + 1) : '';
}

/** A list of facts (label, value; a null row is left out). */
function facts(ctx, id, rows) {
  // Label and value side by side (the shell's stylesheet has no rule for a list of facts).
  const grid = 'display: grid; grid-template-columns: minmax(7em, max-content) 1fr; gap: 4px 16px; margin: 12px 0';
  return ctx.h('dl', { class: 'panel', id, style: grid }, rows.filter(Boolean).flatMap(([k, v]) => [ctx.h('dt', {}, k), ctx.h('dd', { style: 'margin: 0' }, v)]));
}

function section(ctx, id, title, ...children) {
  return ctx.h('section', { id, 'aria-labelledby': id + '-title' }, ctx.h('h2', { id: id + '-title' }, title), children);
}

/**
 * Draws a page (or one view of it) into el, and again after each change it makes, with the
 * change's notice on top: the lists, the choices in the forms and the actions allowed all follow
 * the new state. The new view is built before the old one goes, so the page never flashes empty.
 */
async function view(ctx, el, page, draw) {
  const redraw = async (notice) => {
    const fresh = ctx.h('div', { class: 'licensing-view' });
    await draw(fresh, redraw);
    el.replaceChildren(
      ...(notice ? [ctx.h('p', { class: 'success', role: 'status', id: 'licensing-notice' }, notice)] : []),
      fresh,
    );
  };
  // A notice handed over by the page that sent us here (?done=...) is shown once: a reload must not repeat it.
  const { done, date, ...rest } = ctx.params;
  await redraw(done ? ctx.t('notice.' + done, { date }) : null);
  if (done) history.replaceState(history.state, '', ctx.link('licensing', page, rest));
}

function invoiceColumns(ctx, licences) {
  const t = ctx.t;
  return [
    { label: t('licence.licence'), value: (i) => licences.get(i.licenceId)?.patentNumber ?? '' },
    { label: t('invoice.issuedOn'), value: (i) => ctx.date(i.issuedOn) },
    { label: t('invoice.dueOn'), value: (i) => ctx.date(i.dueOn) },
    { label: t('invoice.amount'), value: (i) => ctx.money(i.amount) },
    { label: t('invoice.paid'), value: (i) => ctx.money(i.paid) },
    { label: t('invoice.outstanding'), value: (i) => ctx.money(i.outstanding) },
    { label: t('common.status'), value: (i) => ctx.h('span', { dataset: { invoice: i.id, status: i.status } }, t('invoice.status.' + i.status)) },
  ];
}

/** "key=value" lines to a map; a line without "=" is kept whole as a key the region will refuse by name. */
function parameters(text) {
  const out = {};
  for (const line of String(text || '').split(/\n|;/)) {
    const s = line.trim();
    if (!s) continue;
    const at = s.indexOf('=');
    if (at < 0) out[s] = '';
    else out[s.slice(0, at).trim()] = s.slice(at + 1).trim();
  }
  return out;
}

/** A form folded under its title until wanted, so the lists stay in view; open when the page asks for it. */
function folded(ctx, id, title, open, form) {
  return ctx.h('details', { id, open: open || null }, ctx.h('summary', { id: id + '-open' }, title), form);
}

const money = (amount, currency) => (amount === null || amount === undefined ? null : { amount, currency });

// ---------- holder pages ----------

async function catalogue(ctx, el) {
  const { h, t } = ctx;
  const offers = (await all(ctx, 'offers')).filter((o) => o.status === 'PUBLISHED' && o.kind === 'PAY_AFTER_USE');
  const patents = new Map(
    await Promise.all([...new Set(offers.map((o) => o.patentId))].map(async (id) => [id, await ctx.api.get(`${API}patents/${id}`)])),
  );
  const title = (o) => `${patents.get(o.patentId).title} (${patents.get(o.patentId).number})`;
  // The technology manager who brokered the deal is credited for it in the talent registry; the
  // choice is offered only in a region that runs the registry.
  const managers = ctx.plugin('talent') ? (await ctx.api.get('/talent/api/managers?limit=100')).items : [];
  const form = ctx.form({
    id: 'take-up',
    fields: [
      { name: 'offer', label: t('catalogue.offer'), type: 'select', required: true, value: ctx.params.offer, options: offers.map((o) => ({ value: o.id, label: title(o) })) },
      ...(managers.length
        ? [
            {
              name: 'broker',
              label: t('catalogue.broker'),
              type: 'select',
              help: t('catalogue.broker.help'),
              options: [{ value: '', label: t('catalogue.broker.none') }, ...managers.map((m) => ({ value: m.id, label: `${m.displayName} · ${m.affiliation}` }))],
            },
          ]
        : []),
    ],
    submit: t('catalogue.takeup'),
    onSubmit: async (v, key) => {
      const l = await ctx.api.post(`${API}offers/${v.offer}/licences`, v.broker ? { brokerId: v.broker } : {}, { key });
      ctx.go('licensing', 'licences', { id: l.id, done: 'taken-up', date: ctx.date(l.trialEndsOn) });
    },
  });
  const choose = (o) => {
    form.querySelector('#take-up-offer').value = o.id;
    form.querySelector('#take-up-offer').focus();
  };
  el.append(
    h('p', {}, t('catalogue.intro')),
    ctx.table(
      [
        { label: t('patent.title'), value: (o) => h('span', { dataset: { offer: o.id } }, patents.get(o.patentId).title) },
        { label: t('patent.number'), value: (o) => patents.get(o.patentId).number },
        { label: t('patent.field'), value: (o) => patents.get(o.patentId).field },
        { label: t('offer.fieldOfUse'), value: (o) => o.fieldOfUse },
        { label: t('offer.schedule'), value: (o) => schedule(ctx, o) },
        { label: t('offer.trial'), value: (o) => (o.trialDays ? t('unit.days', { n: o.trialDays }) : '') },
        { label: t('offer.term'), value: (o) => t('unit.months', { n: o.termMonths }) },
        { label: t('common.actions'), value: (o) => h('button', { type: 'button', onclick: () => choose(o), 'aria-label': `${t('catalogue.choose')} ${patents.get(o.patentId).number}` }, t('catalogue.choose')) },
      ],
      offers,
    ),
    ...(offers.length ? [section(ctx, 'take-up-section', t('catalogue.takeup'), form)] : []),
  );
}

async function licences(ctx, el) {
  if (ctx.params.id) return view(ctx, el, 'licences', (into, redraw) => licence(ctx, into, redraw, ctx.params.id));
  const { h, t } = ctx;
  const [mine, invoices] = await Promise.all([all(ctx, 'licences'), all(ctx, 'invoices')]);
  const byId = new Map(mine.map((l) => [l.id, l]));
  el.append(
    ctx.table(
      [
        { label: t('patent.number'), value: (l) => l.patentNumber },
        { label: t('offer.kind'), value: (l) => t('offer.kind.' + l.kind) },
        { label: t('licence.status'), value: (l) => h('span', { dataset: { licence: l.id } }, licenceStatus(ctx, l)) },
        { label: t('licence.startsOn'), value: (l) => ctx.date(l.startsOn) },
        { label: t('licence.trialEndsOn'), value: (l) => ctx.date(l.trialEndsOn) },
        { label: t('licence.daysLeft'), value: (l) => String(daysLeft(l)) },
        { label: t('licence.royaltiesFrom'), value: (l) => ctx.date(l.royaltiesFrom) },
        { label: t('common.actions'), value: (l) => h('a', { href: ctx.link('licensing', 'licences', { id: l.id }), id: 'licence-' + l.id, 'aria-label': `${t('licence.open')} ${l.patentNumber}` }, t('licence.open')) },
      ],
      mine,
    ),
    section(ctx, 'my-invoices', t('invoice.mine'), ctx.table(invoiceColumns(ctx, byId), invoices)),
  );
}

/** One licence of the caller: its facts, then what can be done in its state. */
async function licence(ctx, el, redraw, id) {
  const { h, t } = ctx;
  const [l, trials, reports, invoices, vouchers] = await Promise.all([
    ctx.api.get(`${API}licences/${id}/details`),
    ctx.api.get(`${API}licences/${id}/trial-reports`),
    ctx.api.get(`${API}licences/${id}/revenue-reports`),
    all(ctx, 'invoices'),
    Boolean(ctx.plugin('vouchers')),
  ]);
  const path = `${API}licences/${id}`;
  const mine = invoices.filter((i) => i.licenceId === id);
  const open = mine.filter((i) => i.status === 'OPEN');
  const rows = [
    [t('patent.number'), l.patentNumber],
    [t('offer.kind'), t('offer.kind.' + l.kind)],
    [t('licence.status'), h('span', { id: 'licence-status' }, licenceStatus(ctx, l))],
    [t('offer.schedule'), schedule(ctx, l.terms)],
    [t('offer.fieldOfUse'), l.terms.fieldOfUse],
    [t('licence.startsOn'), ctx.date(l.startsOn)],
    l.trialEndsOn ? [t('licence.trialEndsOn'), ctx.date(l.trialEndsOn)] : null,
    l.status === 'TRIAL' ? [t('licence.daysLeft'), h('span', { id: 'licence-days-left' }, String(daysLeft(l)))] : null,
    l.royaltiesFrom ? [t('licence.royaltiesFrom'), ctx.date(l.royaltiesFrom)] : null,
    l.endsOn ? [t('licence.endsOn'), ctx.date(l.endsOn)] : null,
    [t('licence.recordation'), recordation(ctx, l)],
  ];
  el.append(
    h('p', {}, h('a', { href: ctx.link('licensing', 'licences') }, t('licence.back'))),
    facts(ctx, 'licence-facts', rows),
  );
  const inTrial = l.status === 'TRIAL';
  if (inTrial || trials.length) {
    el.append(
      inTrial ? h('p', {}, t('licence.intro')) : '',
      section(
        ctx,
        'trial-reports',
        t('trial.reports'),
        ctx.table(
          [
            { label: t('trial.reportedAt'), value: (r) => ctx.date(r.reportedAt) },
            { label: t('trial.usage'), value: (r) => r.usage },
            { label: t('trial.performance'), value: (r) => r.performance },
            { label: t('trial.units'), value: (r) => String(r.units) },
          ],
          trials,
        ),
        inTrial && ctx.form({
          id: 'trial-report',
          fields: [
            { name: 'usage', label: t('trial.usage'), type: 'textarea', required: true },
            { name: 'performance', label: t('trial.performance'), type: 'textarea', required: true },
            { name: 'units', label: t('trial.units'), type: 'number', required: true, min: 0 },
          ],
          submit: t('trial.file'),
          onSubmit: async (v, key) => {
            await ctx.api.post(`${path}/trial-reports`, v, { key });
            await redraw(t('notice.trial-reported'));
          },
        }),
      ),
    );
  }
  if (inTrial) {
    el.append(
      section(
        ctx,
        'trial-decision',
        t('trial.decide'),
        action(ctx, 'convert', t('trial.convert'), async (key) => {
          const c = await ctx.api.post(`${path}/conversion`, undefined, { key });
          await redraw(t('notice.converted', { date: ctx.date(c.royaltiesFrom) }));
        }),
        action(ctx, 'walk-away', t('trial.walkAway'), async (key) => {
          // The one step that cannot be undone: the licence ends.
          if (!window.confirm(t('trial.walkAway.confirm'))) return;
          await ctx.api.post(`${path}/walk-away`, undefined, { key });
          await redraw(t('notice.walked-away'));
        }),
      ),
    );
  }
  if (l.royaltiesFrom) {
    const last = reports[reports.length - 1];
    // The next period starts the day after the last one (or when royalties start): the region refuses any other.
    const next = last ? new Date(Date.parse(last.periodTo) + 86400000).toISOString().slice(0, 10) : l.royaltiesFrom;
    el.append(
      section(
        ctx,
        'revenue-reports',
        t('revenue.reports'),
        ctx.table(
          [
            { label: t('revenue.periodFrom'), value: (r) => ctx.date(r.periodFrom) },
            { label: t('revenue.periodTo'), value: (r) => ctx.date(r.periodTo) },
            { label: t('revenue.netSales'), value: (r) => ctx.money(r.netSales) },
            { label: t('revenue.profit'), value: (r) => ctx.money(r.profit) },
            { label: t('revenue.units'), value: (r) => String(r.units) },
            { label: t('revenue.royalty'), value: (r) => ctx.money(r.royalty) },
            { label: t('revenue.late'), value: (r) => t(r.late ? 'common.yes' : 'common.no') },
          ],
          reports,
        ),
        l.status === 'ACTIVE'
          ? ctx.form({
              id: 'revenue-report',
              fields: [
                { name: 'periodFrom', label: t('revenue.periodFrom'), type: 'date', required: true, value: next },
                { name: 'periodTo', label: t('revenue.periodTo'), type: 'date', required: true, value: today() },
                { name: 'netSales', label: t('revenue.netSales'), type: 'money', required: true },
                { name: 'profit', label: t('revenue.profit'), type: 'money', required: true },
                { name: 'units', label: t('revenue.units'), type: 'number', required: true, min: 0 },
              ],
              submit: t('revenue.file'),
              onSubmit: async (v, key) => {
                const c = l.terms.currency;
                const r = await ctx.api.post(
                  `${path}/revenue-reports`,
                  { ...v, netSales: money(v.netSales, c), profit: money(v.profit, c) },
                  { key },
                );
                await redraw(t('notice.reported', { royalty: ctx.money(r.royalty) }));
              },
            })
          : null,
      ),
    );
  }
  if (mine.length) {
    el.append(
      section(
        ctx,
        'licence-invoices',
        t('invoice.invoices'),
        ctx.table(invoiceColumns(ctx, new Map([[l.id, l]])), mine),
        // Only where the region runs the vouchers service; whether the licensor takes vouchers the region answers.
        open.length && vouchers
          ? ctx.form({
              id: 'voucher-payment',
              fields: [
                {
                  name: 'invoice',
                  label: t('invoice.invoice'),
                  type: 'select',
                  required: true,
                  options: open.map((i) => ({ value: i.id, label: `${ctx.date(i.issuedOn)} · ${ctx.money(i.outstanding)}` })),
                },
                { name: 'voucherCode', label: t('invoice.voucherCode'), required: true, help: t('invoice.voucherCode.help'), autocomplete: 'off' },
              ],
              submit: t('invoice.payWithVoucher'),
              onSubmit: async (v, key) => {
                const i = await ctx.api.post(`${API}invoices/${v.invoice}/voucher-payments`, { voucherCode: v.voucherCode }, { key });
                await redraw(t('notice.voucher-paid', { paid: ctx.money(i.payments[i.payments.length - 1].amount), outstanding: ctx.money(i.outstanding) }));
              },
            })
          : null,
      ),
    );
  }
}

function recordation(ctx, l) {
  if (l.recordedOn) return ctx.t('licence.recorded', { number: l.recordNumber, date: ctx.date(l.recordedOn) });
  return `${ctx.t('licence.notRecorded')} · ${ctx.t('licence.recordationDue')} ${ctx.date(l.recordationDue)}${l.recordationOverdue ? ' · ' + ctx.t('licence.overdue') : ''}`;
}

/** A one-button form: the form gives the action its status line and shows a refusal in the page's language. */
function action(ctx, id, label, run) {
  return ctx.form({ id, fields: [], submit: label, onSubmit: (v, key) => run(key) });
}

// ---------- operator pages ----------

async function offers(ctx, el) {
  if (ctx.params.offer) return view(ctx, el, 'offers', (into, redraw) => offer(ctx, into, redraw, ctx.params.offer));
  return view(ctx, el, 'offers', (into, redraw) => office(ctx, into, redraw));
}

/** The office's overview: patents, offers, licences to record and royalties to receive. */
async function office(ctx, el, redraw) {
  const { h, t } = ctx;
  const [patents, offerList, licenceList, open, schedules, vouchers] = await Promise.all([
    all(ctx, 'patents'),
    all(ctx, 'offers'),
    all(ctx, 'licences'),
    all(ctx, 'invoices?status=OPEN'),
    ctx.api.get(`${API}royalty-schedules`),
    Boolean(ctx.plugin('vouchers')),
  ]);
  const patentOf = new Map(patents.map((p) => [p.id, p]));
  const unrecorded = licenceList.filter((l) => !l.recordedOn && l.status !== 'WALKED_AWAY');
  const licenceOf = new Map(licenceList.map((l) => [l.id, l]));
  el.append(
    section(
      ctx,
      'patents',
      t('offers.patents'),
      ctx.table(
        [
          { label: t('patent.number'), value: (p) => p.number },
          { label: t('patent.title'), value: (p) => p.title },
          { label: t('patent.kind'), value: (p) => t('patent.kind.' + p.kind) },
          { label: t('patent.owners'), value: (p) => p.owners.join('; ') },
          { label: t('patent.expiresOn'), value: (p) => ctx.date(p.expiresOn) },
        ],
        patents,
      ),
      folded(ctx, 'add-patent', t('offers.addPatent'), false, ctx.form({
        id: 'patent',
        fields: [
          { name: 'number', label: t('patent.number'), required: true, placeholder: 'ZL202410000000.0' },
          { name: 'title', label: t('patent.title'), required: true },
          { name: 'kind', label: t('patent.kind'), type: 'select', options: ['INVENTION', 'UTILITY_MODEL', 'DESIGN'].map((k) => ({ value: k, label: t('patent.kind.' + k) })) },
          { name: 'owners', label: t('patent.owners'), type: 'textarea', required: true, help: t('patent.owners.help') },
          { name: 'expiresOn', label: t('patent.expiresOn'), type: 'date', required: true },
          { name: 'field', label: t('patent.field'), required: true },
          { name: 'abstract', label: t('patent.abstract'), type: 'textarea', required: true },
          { name: 'evaluationReport', label: t('patent.evaluationReport'), help: t('patent.evaluationReport.help') },
          vouchers ? { name: 'voucherProviderId', label: t('patent.voucherProviderId'), help: t('patent.voucherProviderId.help') } : null,
        ].filter(Boolean),
        submit: t('offers.addPatent'),
        onSubmit: async (v, key) => {
          const owners = String(v.owners).split('\n').map((s) => s.trim()).filter(Boolean);
          const p = await ctx.api.post(`${API}patents`, { ...v, owners }, { key });
          ctx.go('licensing', 'offers', { patent: p.id, done: 'patent-added' });
        },
      })),
    ),
    section(
      ctx,
      'offers',
      t('offers.offers'),
      ctx.table(
        [
          { label: t('offers.patent'), value: (o) => patentOf.get(o.patentId)?.number ?? '' },
          { label: t('offer.kind'), value: (o) => t('offer.kind.' + o.kind) },
          { label: t('offer.schedule'), value: (o) => schedule(ctx, o) },
          { label: t('offer.consents'), value: (o) => `${o.consents.length} / ${patentOf.get(o.patentId)?.owners.length ?? '?'}` },
          { label: t('offer.status'), value: (o) => h('span', { dataset: { offer: o.id, status: o.status } }, t('offer.status.' + o.status)) },
          { label: t('common.actions'), value: (o) => h('a', { href: ctx.link('licensing', 'offers', { offer: o.id }), id: 'offer-' + o.id, 'aria-label': `${t('offers.open')} ${patentOf.get(o.patentId)?.number ?? ''}` }, t('offers.open')) },
        ],
        offerList,
      ),
      patents.length
        ? folded(ctx, 'make-offer', t('offers.makeOffer'), !!ctx.params.patent, ctx.form({
            id: 'offer',
            fields: [
              { name: 'patent', label: t('offers.patent'), type: 'select', value: ctx.params.patent, options: patents.map((p) => ({ value: p.id, label: `${p.number} ${p.title}` })) },
              { name: 'kind', label: t('offer.kind'), type: 'select', options: ['PAY_AFTER_USE', 'OPEN_LICENCE'].map((k) => ({ value: k, label: t('offer.kind.' + k) })) },
              { name: 'type', label: t('offer.schedule.type'), type: 'select', options: schedules.map((s) => ({ value: s.id, label: s.id })) },
              { name: 'parameters', label: t('offer.schedule.parameters'), type: 'textarea', required: true, help: t('offer.schedule.parameters.help') },
              { name: 'currency', label: t('offer.currency'), required: true, value: 'CNY' },
              { name: 'annualMinimum', label: t('offer.annualMinimum'), type: 'money' },
              { name: 'annualCap', label: t('offer.annualCap'), type: 'money' },
              { name: 'termMonths', label: t('offer.termMonths'), type: 'number', required: true, min: 1 },
              { name: 'trialDays', label: t('offer.trialDays'), type: 'number', min: 1, help: t('offer.trialDays.help') },
              { name: 'fieldOfUse', label: t('offer.fieldOfUse'), required: true },
            ],
            submit: t('offers.makeOffer'),
            onSubmit: async (v, key) => {
              const o = await ctx.api.post(
                `${API}patents/${v.patent}/offers`,
                {
                  kind: v.kind,
                  schedule: { type: v.type, parameters: parameters(v.parameters) },
                  currency: v.currency,
                  annualMinimum: money(v.annualMinimum, v.currency),
                  annualCap: money(v.annualCap, v.currency),
                  termMonths: v.termMonths,
                  trialDays: v.kind === 'PAY_AFTER_USE' ? v.trialDays : null,
                  fieldOfUse: v.fieldOfUse,
                },
                { key },
              );
              ctx.go('licensing', 'offers', { offer: o.id, done: 'offer-made' });
            },
          }))
        : null,
    ),
    section(
      ctx,
      'recordation',
      t('offers.recordation'),
      ctx.table(
        [
          { label: t('patent.number'), value: (l) => l.patentNumber },
          { label: t('licence.licensee'), value: (l) => l.licensee },
          { label: t('licence.startsOn'), value: (l) => ctx.date(l.startsOn) },
          { label: t('licence.recordationDue'), value: (l) => `${ctx.date(l.recordationDue)}${l.recordationOverdue ? ' · ' + t('licence.overdue') : ''}` },
        ],
        unrecorded,
      ),
      unrecorded.length
        ? ctx.form({
            id: 'recordation',
            fields: [
              { name: 'licence', label: t('licence.licence'), type: 'select', options: unrecorded.map((l) => ({ value: l.id, label: `${l.patentNumber} · ${l.licensee} · ${ctx.date(l.startsOn)}` })) },
              { name: 'recordedOn', label: t('offers.recordedOn'), type: 'date', required: true, value: today() },
              { name: 'recordNumber', label: t('offers.recordNumber'), required: true },
            ],
            submit: t('offers.record'),
            onSubmit: async (v, key) => {
              await ctx.api.post(`${API}licences/${v.licence}/recordation`, { recordedOn: v.recordedOn, recordNumber: v.recordNumber }, { key });
              await redraw(t('notice.recorded'));
            },
          })
        : null,
    ),
    section(
      ctx,
      'payments',
      t('offers.payments'),
      ctx.table([{ label: t('licence.licensee'), value: (i) => i.licensee }, ...invoiceColumns(ctx, licenceOf)], open),
      open.length
        ? ctx.form({
            id: 'payment',
            fields: [
              { name: 'invoice', label: t('invoice.invoice'), type: 'select', options: open.map((i) => ({ value: i.id, label: `${licenceOf.get(i.licenceId)?.patentNumber ?? ''} · ${i.licensee} · ${ctx.money(i.outstanding)}` })) },
              { name: 'amount', label: t('common.amount'), type: 'money', required: true },
              { name: 'reference', label: t('offers.reference'), required: true },
            ],
            submit: t('offers.recordPayment'),
            onSubmit: async (v, key) => {
              const currency = open.find((i) => i.id === v.invoice).amount.currency;
              const i = await ctx.api.post(`${API}invoices/${v.invoice}/payments`, { amount: money(v.amount, currency), reference: v.reference }, { key });
              await redraw(t('notice.payment-recorded', { outstanding: ctx.money(i.outstanding) }));
            },
          })
        : null,
    ),
  );
}

/** One offer: its terms, the co-owners' consents and publication. */
async function offer(ctx, el, redraw, id) {
  const { h, t } = ctx;
  const o = await ctx.api.get(`${API}offers/${id}`);
  const p = await ctx.api.get(`${API}patents/${o.patentId}`);
  const missing = p.owners.filter((owner) => !o.consents.includes(owner));
  el.append(
    h('p', {}, h('a', { href: ctx.link('licensing', 'offers') }, t('offers.back'))),
    facts(ctx, 'offer-facts', [
        [t('offers.patent'), `${p.number} ${p.title}`],
        [t('offer.kind'), t('offer.kind.' + o.kind)],
        [t('offer.schedule'), schedule(ctx, o)],
        [t('offer.annualMinimum'), ctx.money(o.annualMinimum)],
        [t('offer.annualCap'), ctx.money(o.annualCap)],
        [t('offer.term'), t('unit.months', { n: o.termMonths })],
        o.trialDays ? [t('offer.trial'), t('unit.days', { n: o.trialDays })] : null,
        [t('offer.fieldOfUse'), o.fieldOfUse],
        [t('offer.consents'), o.consents.join('; ')],
        [t('offer.status'), h('span', { id: 'offer-status' }, t('offer.status.' + o.status))],
    ]),
  );
  if (o.status !== 'DRAFT') return;
  if (missing.length) {
    el.append(
      section(
          ctx,
          'consents',
          t('offers.consent'),
          ctx.form({
            id: 'consent',
            fields: [{ name: 'owner', label: t('offers.owner'), type: 'select', options: missing.map((m) => ({ value: m, label: m })) }],
            submit: t('offers.consent'),
            onSubmit: async (v, key) => {
              await ctx.api.post(`${API}offers/${id}/consents`, { owner: v.owner }, { key });
              await redraw(t('notice.consented', { owner: v.owner }));
            },
          }),
      ),
    );
  }
  el.append(
    // Offered even while consents are missing: the region says why it cannot publish yet.
    section(
      ctx,
      'publication',
      t('offers.publish'),
      h('p', {}, t('offers.publish.help')),
      action(ctx, 'publish', t('offers.publish'), async (key) => {
        await ctx.api.post(`${API}offers/${id}/publication`, undefined, { key });
        await redraw(t('notice.published'));
      }),
    ),
  );
}

async function royalties(ctx, el) {
  const { h, t } = ctx;
  const s = await ctx.api.get(`${API}statistics`);
  const currencies = [...new Set(s.months.map((m) => m.invoiced.currency))];
  const total = (field, c) => ({ amount: s[field][c] ?? 0, currency: c });
  for (const c of currencies.length ? currencies : ['CNY']) {
    const months = s.months.filter((m) => m.invoiced.currency === c);
    const chart = h('div', { id: 'royalties-chart-' + c });
    const label = t('royalties.months.chart', { currency: c });
    const fmt = (v) => ctx.money({ amount: Math.round(v), currency: c });
    el.append(
      section(
        ctx,
        'royalties-months-' + c,
        `${t('royalties.months')} (${c})`,
        chart,
        ctx.table(
          [
            { label: t('royalties.month'), value: (m) => m.month },
            { label: t('royalties.invoiced'), value: (m) => ctx.money(m.invoiced) },
            { label: t('royalties.received'), value: (m) => ctx.money(m.received) },
          ],
          [...months, { month: t('royalties.total'), invoiced: total('invoiced', c), received: total('received', c) }],
          { caption: label },
        ),
      ),
    );
    // Amounts stay in fen in the chart too; only their labels are formatted.
    await ctx.chart(
      chart,
      {
        tooltip: { trigger: 'axis', valueFormatter: fmt },
        legend: { data: [t('royalties.invoiced'), t('royalties.received')] },
        grid: { left: 100, right: 20 },
        xAxis: { type: 'category', data: months.map((m) => m.month) },
        yAxis: { type: 'value', axisLabel: { formatter: fmt } },
        series: [
          { name: t('royalties.invoiced'), type: 'bar', data: months.map((m) => m.invoiced.amount) },
          { name: t('royalties.received'), type: 'bar', data: months.map((m) => m.received.amount) },
        ],
      },
      label,
    );
  }
  const stages = [
    { stage: t('royalties.offers'), n: s.funnel.offers },
    { stage: t('royalties.trials'), n: s.funnel.trials },
    { stage: t('royalties.conversions'), n: s.funnel.conversions },
  ];
  const funnel = h('div', { id: 'royalties-funnel-chart' });
  el.append(
    section(
      ctx,
      'royalties-funnel',
      t('royalties.funnel'),
      funnel,
      ctx.table(
        [
          { label: t('royalties.stage'), value: (r) => r.stage },
          { label: t('royalties.count'), value: (r) => String(r.n) },
        ],
        stages,
        { caption: t('royalties.funnel.chart') },
      ),
    ),
  );
  // Bars, not a funnel shape: one offer has any number of trials, so the stages need not narrow.
  await ctx.chart(
    funnel,
    {
      tooltip: { trigger: 'axis' },
      grid: { left: 120, right: 40 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: stages.map((r) => r.stage) },
      series: [{ type: 'bar', data: stages.map((r) => r.n), label: { show: true, position: 'right' } }],
    },
    t('royalties.funnel.chart'),
  );
  const kinds = Object.keys(s.licences);
  const statuses = [...new Set(kinds.flatMap((k) => Object.keys(s.licences[k])))];
  el.append(
    section(
      ctx,
      'royalties-licences',
      t('royalties.licences'),
      ctx.table(
        [{ label: t('offer.kind'), value: (k) => t('offer.kind.' + k) }, ...statuses.map((st) => ({ label: t('licence.status.' + st), value: (k) => String(s.licences[k][st] ?? 0) }))],
        kinds,
      ),
      ctx.table(
        [
          { label: t('royalties.trialOutcomes'), value: (o) => t('royalties.outcome.' + o) },
          { label: t('royalties.count'), value: (o) => String(s.trials[o]) },
        ],
        Object.keys(s.trials),
      ),
    ),
  );
}

export const pages = { catalogue, licences, offers, royalties };
