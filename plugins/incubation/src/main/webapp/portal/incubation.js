// The incubation plugin's portal pages: proof of concept (概念验证) in four stage gates.
// reviews (reviewer): assigned projects, the dossier, the stage's scorecard, a conflict declaration.
// projects (holder): apply with a research result, then the team's projects: stage, milestones,
//   KPI reports, outcomes and the technology manager.
// cohort (operator): a programme's projects by stage, and on a project screening, reviewers,
//   funding, the gate decision and the technology manager (asked of the region's talent registry).
// funnel (operator): projects entering, passing and rejected at each gate, as a chart and a table.
// Every change answers the project's dossier, so a detail page draws itself again from the answer.

const API = '/incubation/api';
const STAGES = ['IDEATION', 'FEASIBILITY', 'COMMERCIAL', 'SCENARIO'];
const FIELDS = [
  'ELECTRONIC_INFORMATION',
  'BIOMEDICINE',
  'AEROSPACE',
  'NEW_MATERIALS',
  'HIGH_TECH_SERVICES',
  'NEW_ENERGY',
  'RESOURCES_ENVIRONMENT',
  'ADVANCED_MANUFACTURING',
];

export const messages = {
  'zh-CN': {
    'stage.IDEATION': '创意性验证',
    'stage.FEASIBILITY': '可行性验证',
    'stage.COMMERCIAL': '商业化验证',
    'stage.SCENARIO': '应用场景验证',
    'status.SCREENING': '待初审',
    'status.ACTIVE': '验证中',
    'status.PASSED': '已通过全部验证',
    'status.REJECTED': '未通过',
    'outcome.ADVANCE': '通过，进入下一阶段',
    'outcome.REVISE': '修改后重新评审',
    'outcome.REJECT': '不通过',
    'kind.SPIN_OFF': '成立企业',
    'kind.LICENCE': '许可',
    'kind.INVESTMENT': '获得投资',
    'criterion.novelty': '成果的创新性',
    'criterion.team': '团队及其投入',
    'criterion.ip': '知识产权状况',
    'criterion.technical': '技术可行性（以样机为证）',
    'criterion.resources': '资源与计划',
    'criterion.risk': '风险识别与应对',
    'criterion.market': '市场规模与需求',
    'criterion.model': '商业模式',
    'criterion.finance': '融资与成本',
    'criterion.fit': '与应用场景的契合度',
    'criterion.customers': '试点客户的验证',
    'criterion.scale': '规模化能力',
    'p.title': '项目名称',
    'p.programme': '概念验证计划',
    'p.institution': '所属单位',
    'p.team': '团队成员',
    'p.team.help': '每行一位成员。',
    'p.field': '技术领域',
    'p.trl': '技术成熟度（TRL）',
    'p.trl.help': '1 到 9 级。',
    'p.ip': '知识产权（专利号）',
    'p.ip.help': '每行一个专利号，可不填。',
    'p.requested': '申请资助金额（元）',
    'p.stage': '所处阶段',
    'p.status': '状态',
    'p.round': '评审轮次',
    'p.manager': '技术经理人',
    'p.manager.none': '尚未分配',
    'p.applicant': '申请团队账号',
    'p.back': '返回列表',
    'p.open': '查看',
    'h.submitted': '团队提交的材料',
    'h.stages': '各阶段进展',
    'h.decisions': '评审委员会的决定',
    'h.funding': '阶段资助',
    'h.milestones': '里程碑',
    'h.kpis': '绩效指标报告',
    'h.outcomes': '转化成果',
    'h.reviewers': '评审专家',
    'h.reviews': '评审意见',
    'c.stage': '阶段',
    'c.entered': '进入时间',
    'c.left': '结束时间',
    'c.result': '结果',
    'c.round': '轮次',
    'c.outcome': '决定',
    'c.reason': '理由',
    'c.score': '加权得分',
    'c.reviews': '有效评审数',
    'c.by': '办理人',
    'c.when': '时间',
    'c.amount': '金额',
    'c.purpose': '用途',
    'c.title': '名称',
    'c.due': '计划完成日期',
    'c.achieved': '完成日期',
    'c.period': '报告期',
    'c.prototypes': '样机数量',
    'c.pilots': '试点客户数',
    'c.revenue': '收入（元）',
    'c.raised': '已获融资（元）',
    'c.note': '说明',
    'c.kind': '类型',
    'c.counterpart': '对方（企业、被许可方或投资方）',
    'c.valuation': '估值（元）',
    'c.occurred': '发生日期',
    'c.reviewer': '评审专家账号',
    'c.reviewerInstitution': '评审专家所在单位',
    'c.conflict': '利益冲突',
    'c.scores': '各项得分',
    'c.comment': '评审意见',
    'c.state': '评审状态',
    'c.count': '项目数',
    'm.achieve': '标记为已完成',
    'm.on': '完成日期',
    'm.add': '添加里程碑',
    'm.added': '里程碑已添加。',
    'm.achieved': '里程碑已标记为完成。',
    'k.add': '提交绩效报告',
    'k.period.help': '季度（如 2026-Q2）或月份（如 2026-05）。',
    'k.sent': '绩效报告已提交。',
    'o.add': '登记转化成果',
    'o.amount.help': '获得投资时必填，其他可不填。',
    'o.sent': '转化成果已登记。',
    'projects.intro': '提交科技成果参加概念验证计划，并跟踪项目在四级验证中的进展。',
    'projects.mine': '我的项目',
    'projects.apply': '申请概念验证',
    'projects.submit': '提交申请',
    'projects.submitted': '项目“{title}”已提交，等待运营方初审。',
    'projects.noProgramme': '目前没有开放的概念验证计划。',
    'reviews.intro': '以下是分配给您评审的项目。评分前请阅读团队提交的材料；如有利益冲突，请先声明。',
    'reviews.open': '待评审',
    'reviews.closed': '已结束的评审',
    'reviews.state.reviewable': '待评分',
    'reviews.state.reviewed': '已评分',
    'reviews.state.conflicted': '已声明利益冲突，不再评审',
    'reviews.state.closed': '本阶段已结束，未评分',
    'reviews.state.closed-reviewed': '已评分，本阶段已结束',
    'reviews.scorecard': '评分表：{stage}，第 {round} 轮',
    'reviews.scorecard.intro': '每项 0 到 100 分；加权得分按各项权重计算。',
    'reviews.weight': '权重 {weight}',
    'reviews.points.help': '0 到 100 的整数。',
    'reviews.submit': '提交评分',
    'reviews.scored': '评分已提交，加权得分 {score}。',
    'reviews.yours': '您的评分',
    'reviews.conflict': '声明利益冲突',
    'reviews.conflict.help': '声明后您将不再评审本项目的这一阶段，已给出的评分也不再计入。声明不能撤回。',
    'reviews.conflict.reason': '利益冲突的说明',
    'reviews.declare': '声明利益冲突',
    'reviews.declared': '已声明利益冲突，您不再评审本项目。',
    'reviews.conflicted': '您已声明利益冲突（{reason}），不再评审本项目的{stage}阶段。',
    'reviews.reviewed': '您已提交本轮评分。',
    'reviews.gateClosed': '本项目当前没有需要您评审的阶段。',
    'cohort.programme': '概念验证计划',
    'cohort.show': '查看',
    'cohort.none': '还没有概念验证计划。',
    'cohort.stages': '计划的阶段设置',
    'cohort.deadline': '截止日期',
    'cohort.cap': '每个项目的资助上限',
    'cohort.scorecard': '评分表',
    'cohort.rule': '通过规则',
    'cohort.rule.none': '由委员会决定',
    'cohort.group.SCREENING': '待初审',
    'cohort.group.PASSED': '已通过全部验证',
    'cohort.group.REJECTED': '未通过',
    'cohort.total': '本计划共 {n} 个项目。',
    'cohort.actions': '办理',
    'cohort.screening': '初审',
    'cohort.admit': '初审结论',
    'cohort.admit.yes': '录取，进入创意性验证',
    'cohort.admit.no': '不录取',
    'cohort.screen': '提交初审结论',
    'cohort.screened': '初审结论已记录。',
    'cohort.assign': '分配评审专家',
    'cohort.assign.help': '评审专家不能来自项目所属单位。',
    'cohort.assigned': '已分配评审专家 {reviewer}。',
    'cohort.counted': '本阶段第 {round} 轮已有 {n} 份有效评审（不含声明利益冲突的评审专家）。',
    'cohort.decision': '记录闸口决定：{stage}，第 {round} 轮',
    'cohort.decide': '记录决定',
    'cohort.decided': '决定已记录：{outcome}。',
    'cohort.fund': '阶段资助',
    'cohort.fund.help': '本阶段上限 {cap}，已资助 {granted}。',
    'cohort.fund.submit': '发放资助',
    'cohort.funded': '资助已记录。',
    'cohort.manager': '技术经理人',
    'cohort.manager.help': '由本区域的技术经理人服务按技术领域匹配一位已认证、有空位且不属于项目所属单位的技术经理人。',
    'cohort.manager.submit': '分配技术经理人',
    'cohort.manager.done': '已分配技术经理人：{name}。',
    'cohort.counts': '计入',
    'funnel.intro': '各闸口进入、通过与未通过的项目数。下方表格给出同样的数字。',
    'funnel.all': '全部计划',
    'funnel.chart': '概念验证漏斗：各阶段进入、通过、未通过和进行中的项目数',
    'funnel.entered': '进入',
    'funnel.passed': '通过',
    'funnel.rejected': '未通过',
    'funnel.inStage': '进行中',
    'funnel.conversion': '通过率',
    'funnel.median': '阶段用时中位数',
    'funnel.spent': '已发放资助',
    'funnel.days': '{n} 天',
    'funnel.submitted': '提交项目',
    'funnel.screenedOut': '初审未录取',
    'funnel.spinOffs': '成立企业',
    'funnel.licences': '许可',
    'funnel.investments': '获得投资',
    'funnel.raised': '融资总额',
    'funnel.valuation': '估值合计',
    'funnel.byProgramme': '各计划对比',
    'funnel.byProgramme.chart': '各概念验证计划的项目现状：进行中、已通过全部验证、闸口未通过、初审未录取',
    'funnel.now.inProgress': '进行中（含待初审）',
    'funnel.now.passed': '已通过全部验证',
    'funnel.now.rejected': '闸口未通过',
    'funnel.now.screenedOut': '初审未录取',
    'problem.incubation:unknown-programme': '没有这个概念验证计划。',
    'problem.incubation:unknown-project': '没有这个项目。',
    'problem.incubation:unknown-milestone': '没有这个里程碑。',
    'problem.incubation:not-your-project': '这不是您团队提交的项目。',
    'problem.incubation:not-assigned': '您没有被分配评审这个项目的这一阶段。',
    'problem.incubation:conflict-of-interest': '您已声明利益冲突，不能再评审这个项目。',
    'problem.incubation:conflicted-reviewer': '这位评审专家来自项目所属单位，存在利益冲突，请另选一位。',
    'problem.incubation:already-screened': '这个项目已经初审过了。',
    'problem.incubation:already-assigned': '这位评审专家已经分配到本阶段。',
    'problem.incubation:already-reviewed': '您已提交本轮的评分，评分提交后不能修改。',
    'problem.incubation:already-decided': '这一轮已经作出决定，决定一经作出不能更改。',
    'problem.incubation:already-reported': '这个报告期已经报告过了。',
    'problem.incubation:already-achieved': '这个里程碑已经标记为完成。',
    'problem.incubation:manager-assigned': '这个项目已经有技术经理人。',
    'problem.incubation:not-active': '项目当前不在验证中（待初审、已通过或未通过），不能办理这一步。',
    'problem.incubation:wrong-stage': '项目不在这一阶段；各阶段须依次通过。请刷新后重试。',
    'problem.incubation:wrong-round': '项目不在这一评审轮次。请刷新后重试。',
    'problem.incubation:not-enough-reviews': '本轮的有效评审意见还不够（不含声明利益冲突的评审专家），委员会暂不能作出决定。',
    'problem.incubation:invalid-scores': '评分须覆盖评分表的每一项，每项 0 到 100 分。',
    'problem.incubation:gate-not-met': '项目没有达到本阶段的通过规则，不能进入下一阶段；可以决定修改后重新评审或不通过。',
    'problem.incubation:over-cap': '资助金额须大于零，且本阶段累计资助不能超过上限。',
    'problem.incubation:currency-mismatch': '金额的币种与本计划不符。',
    'problem.incubation:invalid-programme': '计划的阶段、评分表或通过规则设置有误。',
    'problem.incubation:invalid-outcome': '获得投资须填写金额；金额和估值须大于零。',
    'problem.talent:no-manager-available': '本领域暂时没有可分配的技术经理人（需已认证、有空位且不属于项目所属单位）。',
    'problem.service-unavailable': '本区域的技术经理人服务暂不可用，无法分配或释放技术经理人；您的操作没有执行。请稍后再试，或请区域运营方部署该服务。',
  },
  en: {
    'stage.IDEATION': 'Ideation',
    'stage.FEASIBILITY': 'Feasibility',
    'stage.COMMERCIAL': 'Commercial',
    'stage.SCENARIO': 'Application scenario',
    'status.SCREENING': 'Waiting for screening',
    'status.ACTIVE': 'In proof of concept',
    'status.PASSED': 'Passed every gate',
    'status.REJECTED': 'Rejected',
    'outcome.ADVANCE': 'Advance to the next stage',
    'outcome.REVISE': 'Revise and review again',
    'outcome.REJECT': 'Reject',
    'kind.SPIN_OFF': 'Spin-off',
    'kind.LICENCE': 'Licence',
    'kind.INVESTMENT': 'Investment',
    'criterion.novelty': 'Novelty of the research result',
    'criterion.team': 'Team and its commitment',
    'criterion.ip': 'Intellectual property position',
    'criterion.technical': 'Technical feasibility, shown by a prototype',
    'criterion.resources': 'Resources and plan',
    'criterion.risk': 'Risks known and handled',
    'criterion.market': 'Market size and need',
    'criterion.model': 'Business model',
    'criterion.finance': 'Financing and cost',
    'criterion.fit': 'Fit with the application scenario',
    'criterion.customers': 'Evidence from pilot customers',
    'criterion.scale': 'Ability to scale',
    'p.title': 'Project title',
    'p.programme': 'Programme',
    'p.institution': 'Institution',
    'p.team': 'Team members',
    'p.team.help': 'One member per line.',
    'p.field': 'Technology field',
    'p.trl': 'Technology readiness level (TRL)',
    'p.trl.help': '1 to 9.',
    'p.ip': 'Intellectual property (patent numbers)',
    'p.ip.help': 'One patent number per line; optional.',
    'p.requested': 'Funding requested (yuan)',
    'p.stage': 'Stage',
    'p.status': 'Status',
    'p.round': 'Review round',
    'p.manager': 'Technology manager',
    'p.manager.none': 'None yet',
    'p.applicant': "Team's account",
    'p.back': 'Back to the list',
    'p.open': 'Open',
    'h.submitted': 'What the team submitted',
    'h.stages': 'Stages',
    'h.decisions': "The committee's decisions",
    'h.funding': 'Stage funding',
    'h.milestones': 'Milestones',
    'h.kpis': 'KPI reports',
    'h.outcomes': 'Outcomes',
    'h.reviewers': 'Reviewers',
    'h.reviews': 'Reviews',
    'c.stage': 'Stage',
    'c.entered': 'Entered',
    'c.left': 'Left',
    'c.result': 'Result',
    'c.round': 'Round',
    'c.outcome': 'Decision',
    'c.reason': 'Reason',
    'c.score': 'Weighted score',
    'c.reviews': 'Reviews counted',
    'c.by': 'By',
    'c.when': 'When',
    'c.amount': 'Amount',
    'c.purpose': 'Purpose',
    'c.title': 'Title',
    'c.due': 'Due on',
    'c.achieved': 'Achieved on',
    'c.period': 'Period',
    'c.prototypes': 'Prototypes',
    'c.pilots': 'Pilot customers',
    'c.revenue': 'Revenue (yuan)',
    'c.raised': 'Funding raised (yuan)',
    'c.note': 'Note',
    'c.kind': 'Kind',
    'c.counterpart': 'Counterpart (company, licensee or investor)',
    'c.valuation': 'Valuation (yuan)',
    'c.occurred': 'Occurred on',
    'c.reviewer': "Reviewer's user name",
    'c.reviewerInstitution': "Reviewer's institution",
    'c.conflict': 'Conflict of interest',
    'c.scores': 'Points',
    'c.comment': 'Comment',
    'c.state': 'Review',
    'c.count': 'Projects',
    'm.achieve': 'Mark achieved',
    'm.on': 'Achieved on',
    'm.add': 'Add a milestone',
    'm.added': 'The milestone is added.',
    'm.achieved': 'The milestone is marked achieved.',
    'k.add': 'Send the KPI report',
    'k.period.help': 'A quarter (2026-Q2) or a month (2026-05).',
    'k.sent': 'The KPI report is sent.',
    'o.add': 'Record an outcome',
    'o.amount.help': 'Required for an investment; optional otherwise.',
    'o.sent': 'The outcome is recorded.',
    'projects.intro': 'Submit a research result to a proof-of-concept programme and follow it through the four stage gates.',
    'projects.mine': 'My projects',
    'projects.apply': 'Apply for proof of concept',
    'projects.submit': 'Submit the application',
    'projects.submitted': 'Project "{title}" is submitted; it waits for the operator\'s screening.',
    'projects.noProgramme': 'No proof-of-concept programme is open.',
    'reviews.intro': 'The projects assigned to you for review. Read what the team submitted before scoring; declare a conflict of interest first if you have one.',
    'reviews.open': 'To review',
    'reviews.closed': 'Reviews closed',
    'reviews.state.reviewable': 'To score',
    'reviews.state.reviewed': 'Scored',
    'reviews.state.conflicted': 'Conflict declared: no longer reviewing',
    'reviews.state.closed': 'Stage closed; not scored',
    'reviews.state.closed-reviewed': 'Scored; stage closed',
    'reviews.scorecard': 'Scorecard: {stage}, round {round}',
    'reviews.scorecard.intro': 'Give each criterion 0 to 100 points; the weighted score follows the weights.',
    'reviews.weight': 'weight {weight}',
    'reviews.points.help': 'A whole number from 0 to 100.',
    'reviews.submit': 'Submit the scores',
    'reviews.scored': 'Your scores are in; weighted score {score}.',
    'reviews.yours': 'Your scores',
    'reviews.conflict': 'Declare a conflict of interest',
    'reviews.conflict.help': 'Once declared you no longer review this stage of the project, and scores you gave no longer count. It cannot be withdrawn.',
    'reviews.conflict.reason': 'What the conflict is',
    'reviews.declare': 'Declare the conflict',
    'reviews.declared': 'Conflict declared: you no longer review this project.',
    'reviews.conflicted': 'You declared a conflict of interest ({reason}) and no longer review the {stage} stage of this project.',
    'reviews.reviewed': 'You have scored this round.',
    'reviews.gateClosed': 'This project has no stage for you to review now.',
    'cohort.programme': 'Programme',
    'cohort.show': 'Show',
    'cohort.none': 'There is no programme yet.',
    'cohort.stages': "The programme's stages",
    'cohort.deadline': 'Deadline',
    'cohort.cap': 'Funding cap per project',
    'cohort.scorecard': 'Scorecard',
    'cohort.rule': 'Gate rule',
    'cohort.rule.none': "The committee's judgement",
    'cohort.group.SCREENING': 'Waiting for screening',
    'cohort.group.PASSED': 'Passed every gate',
    'cohort.group.REJECTED': 'Rejected',
    'cohort.total': 'The programme has {n} project(s).',
    'cohort.actions': 'Actions',
    'cohort.screening': 'Intake screening',
    'cohort.admit': 'Screening result',
    'cohort.admit.yes': 'Admit to ideation',
    'cohort.admit.no': 'Do not admit',
    'cohort.screen': 'Record the screening',
    'cohort.screened': 'The screening is recorded.',
    'cohort.assign': 'Assign a reviewer',
    'cohort.assign.help': "A reviewer of the project's own institution is refused.",
    'cohort.assigned': 'Reviewer {reviewer} is assigned.',
    'cohort.counted': 'Round {round} of this stage has {n} review(s) from reviewers without a conflict of interest.',
    'cohort.decision': 'Record the gate decision: {stage}, round {round}',
    'cohort.decide': 'Record the decision',
    'cohort.decided': 'Decision recorded: {outcome}.',
    'cohort.fund': 'Stage funding',
    'cohort.fund.help': 'The stage caps funding at {cap}; {granted} granted so far.',
    'cohort.fund.submit': 'Grant',
    'cohort.funded': 'The grant is recorded.',
    'cohort.manager': 'Technology manager',
    'cohort.manager.help': "The region's technology manager registry picks a certified manager of the project's field with room, from outside the project's institution.",
    'cohort.manager.submit': 'Assign a technology manager',
    'cohort.manager.done': 'Technology manager assigned: {name}.',
    'cohort.counts': 'Counted',
    'funnel.intro': 'Projects entering, passing and rejected at each gate. The table below gives the same figures.',
    'funnel.all': 'All programmes',
    'funnel.chart': 'Proof-of-concept funnel: projects entering, passed, rejected and in progress at each stage',
    'funnel.entered': 'Entered',
    'funnel.passed': 'Passed',
    'funnel.rejected': 'Rejected',
    'funnel.inStage': 'In progress',
    'funnel.conversion': 'Conversion',
    'funnel.median': 'Median time in stage',
    'funnel.spent': 'Funding granted',
    'funnel.days': '{n} days',
    'funnel.submitted': 'Submitted',
    'funnel.screenedOut': 'Screened out',
    'funnel.spinOffs': 'Spin-offs',
    'funnel.licences': 'Licences',
    'funnel.investments': 'Investments',
    'funnel.raised': 'Investment raised',
    'funnel.valuation': 'Valuations',
    'funnel.byProgramme': 'Programmes side by side',
    'funnel.byProgramme.chart': "Where each programme's projects are: in progress, passed every gate, rejected at a gate, screened out",
    'funnel.now.inProgress': 'In progress (or waiting for screening)',
    'funnel.now.passed': 'Passed every gate',
    'funnel.now.rejected': 'Rejected at a gate',
    'funnel.now.screenedOut': 'Screened out',
    'problem.incubation:unknown-programme': 'There is no such programme.',
    'problem.incubation:unknown-project': 'There is no such project.',
    'problem.incubation:unknown-milestone': 'There is no such milestone.',
    'problem.incubation:not-your-project': 'This project was submitted by another team.',
    'problem.incubation:not-assigned': 'You are not assigned to review this stage of the project.',
    'problem.incubation:conflict-of-interest': 'You declared a conflict of interest and can no longer review this project.',
    'problem.incubation:conflicted-reviewer': "This reviewer is of the project's own institution: a conflict of interest. Pick another.",
    'problem.incubation:already-screened': 'This project was screened already.',
    'problem.incubation:already-assigned': 'This reviewer is assigned to this stage already.',
    'problem.incubation:already-reviewed': 'You have scored this round already; scores are final.',
    'problem.incubation:already-decided': 'This round was decided already; a decision stands.',
    'problem.incubation:already-reported': 'This period was reported already.',
    'problem.incubation:already-achieved': 'This milestone is achieved already.',
    'problem.incubation:manager-assigned': 'This project has a technology manager already.',
    'problem.incubation:not-active': 'The project is not in proof of concept now (waiting for screening, passed or rejected); this step is not open.',
    'problem.incubation:wrong-stage': 'The project is not at this stage; stages are passed in order. Reload and retry.',
    'problem.incubation:wrong-round': 'The project is not in this review round. Reload and retry.',
    'problem.incubation:not-enough-reviews': 'This round does not have enough reviews from reviewers without a conflict of interest; the committee cannot decide yet.',
    'problem.incubation:invalid-scores': "Scores cover every criterion of the stage's scorecard, 0 to 100 points each.",
    'problem.incubation:gate-not-met': "The project does not meet this stage's gate rule and cannot advance; the committee can ask for a revision or reject it.",
    'problem.incubation:over-cap': "A grant is more than zero, and a stage's grants never add up to more than its cap.",
    'problem.incubation:currency-mismatch': "The amount is not in the programme's currency.",
    'problem.incubation:invalid-programme': "The programme's stages, scorecards or gate rules are not valid.",
    'problem.incubation:invalid-outcome': 'An investment states the amount raised; amounts and valuations are more than zero.',
    'problem.talent:no-manager-available': "No technology manager of this field is available now (certified, with room, and from outside the project's institution).",
    'problem.service-unavailable': "The region's technology manager registry is not available, so no manager can be assigned or released; nothing was done. Try again later, or ask the region operator to deploy it.",
  },
};

// ---------- shared helpers ----------

/** A code's label (stage.IDEATION), or the code itself when there is none (a free-text field). */
function label(ctx, prefix, code) {
  if (code === null || code === undefined) return '';
  const key = `${prefix}.${code}`;
  const text = ctx.t(key);
  return text === key ? String(code) : text;
}

const today = () => new Date().toISOString().slice(0, 10);
const lines = (text) => (text || '').split('\n').map((s) => s.trim()).filter(Boolean);
const money = (ctx, m) => (m ? ctx.money(m) : '');
const score = (n) => (n === null || n === undefined ? '' : Number(n).toFixed(2));

/** Facts about one thing as a table of rows, each headed by its label: [label, value, id]. */
function facts(ctx, pairs) {
  const { h } = ctx;
  return h(
    'div',
    { class: 'table-wrap' },
    h('table', { class: 'facts' }, h('tbody', {}, pairs.map(([l, v, id]) => h('tr', {}, h('th', { scope: 'row' }, l), h('td', { id }, v))))),
  );
}

/** Key figures side by side: [label, value, id]. */
function figures(ctx, pairs) {
  return ctx.h(
    'div',
    { class: 'figures' },
    pairs.map(([l, v, id]) => ctx.h('div', { class: 'figure' }, ctx.h('span', { class: 'label' }, l), ctx.h('span', { class: 'value', id }, v))),
  );
}

/** A titled part of a page: an h2 and what goes under it. */
function part(ctx, title, ...content) {
  return ctx.h('section', { class: 'part' }, ctx.h('h2', {}, title), ...content);
}

/**
 * Draws a page, and again after each change with the change's message on top: draw(redraw, data)
 * answers the page's nodes; data is what the change answered (the dossier), or undefined to load.
 */
function live(ctx, el, draw) {
  const redraw = async (message, data) => {
    const nodes = await draw(redraw, data);
    const notice = message ? ctx.h('p', { class: 'success', role: 'status', id: 'incubation-notice' }, message) : null;
    // Parts a state does not have are null; replaceChildren would write them out as text.
    el.replaceChildren(...[notice, ...nodes.flat()].filter((n) => n !== null && n !== undefined && n !== false));
    if (message) el.querySelector('#incubation-notice').scrollIntoView({ block: 'nearest' });
  };
  return redraw;
}

/** A form whose submission POSTs to the project and draws the page again from the dossier it answers. */
function action(ctx, redraw, { id, fields, submit, path, body, done }) {
  return ctx.form({
    id,
    fields,
    submit,
    onSubmit: async (v, key) => {
      const dossier = await ctx.api.post(API + path, body(v), { key });
      await redraw(typeof done === 'function' ? await done(dossier, v) : done, dossier);
    },
  });
}

async function managerName(ctx, id) {
  if (!id) return ctx.t('p.manager.none');
  // Asked even when ctx.plugin('talent') is null: the shell lists only plugins with portal pages.
  try {
    const m = await ctx.api.get(`/talent/api/managers/${id}`);
    return `${m.displayName} · ${m.affiliation}`;
  } catch (e) {
    return id; // a region without the registry, or the registry away, must not hide the project
  }
}

/** The project's summary as facts; `extra` adds role-specific ones. */
function summary(ctx, d, programme, manager, extra = []) {
  const p = d.project;
  return facts(ctx, [
    [ctx.t('p.programme'), programme ? programme.name : p.programmeId],
    [ctx.t('p.stage'), label(ctx, 'stage', p.stage), 'project-stage'],
    [ctx.t('p.status'), label(ctx, 'status', p.status), 'project-status'],
    [ctx.t('p.round'), d.round],
    [ctx.t('p.institution'), p.institution],
    [ctx.t('p.field'), label(ctx, 'field', p.field)],
    [ctx.t('p.trl'), p.trl],
    [ctx.t('p.requested'), money(ctx, d.requestedFunding)],
    [ctx.t('p.team'), d.team.join('、')],
    [ctx.t('p.ip'), d.ipReferences.join(', ')],
    [ctx.t('p.manager'), manager, 'project-manager'],
    ...extra,
  ]);
}

/** The parts of a dossier every role reads: progress, decisions, grants, milestones, KPIs, outcomes. */
function history(ctx, d, { milestoneActions } = {}) {
  const { t } = ctx;
  return [
    part(
      ctx,
      t('h.stages'),
      ctx.table(
        [
          { label: t('c.stage'), value: (s) => label(ctx, 'stage', s.stage) },
          { label: t('c.entered'), value: (s) => ctx.date(s.enteredAt) },
          { label: t('c.left'), value: (s) => ctx.date(s.leftAt) },
          { label: t('c.result'), value: (s) => label(ctx, 'outcome', s.outcome) },
        ],
        d.stages,
      ),
    ),
    part(
      ctx,
      t('h.decisions'),
      ctx.table(
        [
          { label: t('c.stage'), value: (x) => label(ctx, 'stage', x.stage) },
          { label: t('c.round'), value: (x) => x.round },
          { label: t('c.outcome'), value: (x) => label(ctx, 'outcome', x.outcome) },
          { label: t('c.score'), value: (x) => score(x.weightedScore) },
          { label: t('c.reason'), value: (x) => x.reason },
          { label: t('c.when'), value: (x) => ctx.date(x.decidedAt) },
        ],
        d.decisions,
      ),
    ),
    part(
      ctx,
      t('h.funding'),
      ctx.table(
        [
          { label: t('c.stage'), value: (g) => label(ctx, 'stage', g.stage) },
          { label: t('c.amount'), value: (g) => money(ctx, g.amount) },
          { label: t('c.purpose'), value: (g) => g.purpose },
          { label: t('c.when'), value: (g) => ctx.date(g.grantedAt) },
        ],
        d.funding,
      ),
    ),
    part(
      ctx,
      t('h.milestones'),
      ctx.h(
        'div',
        { id: 'milestones' },
        ctx.table(
          [
            { label: t('c.title'), value: (m) => m.title },
            { label: t('c.due'), value: (m) => ctx.date(m.dueOn) },
            { label: t('c.achieved'), value: (m) => (m.achievedOn ? ctx.date(m.achievedOn) : milestoneActions ? milestoneActions(m) : '') },
          ],
          d.milestones,
        ),
      ),
    ),
    part(
      ctx,
      t('h.kpis'),
      ctx.table(
        [
          { label: t('c.period'), value: (k) => k.period },
          { label: t('c.prototypes'), value: (k) => k.prototypes },
          { label: t('c.pilots'), value: (k) => k.pilotCustomers },
          { label: t('c.revenue'), value: (k) => money(ctx, k.revenue) },
          { label: t('c.raised'), value: (k) => money(ctx, k.fundingRaised) },
          { label: t('c.note'), value: (k) => k.note || '' },
        ],
        d.kpiReports,
      ),
    ),
    part(
      ctx,
      t('h.outcomes'),
      ctx.table(
        [
          { label: t('c.kind'), value: (o) => label(ctx, 'kind', o.kind) },
          { label: t('c.counterpart'), value: (o) => o.counterpart },
          { label: t('c.amount'), value: (o) => money(ctx, o.amount) },
          { label: t('c.valuation'), value: (o) => money(ctx, o.valuation) },
          { label: t('c.occurred'), value: (o) => ctx.date(o.occurredOn) },
        ],
        d.outcomes,
      ),
    ),
  ];
}

/** A link to a project on one of this plugin's pages. */
function projectLink(ctx, page, query, title, id) {
  return ctx.h('a', { href: ctx.link('incubation', page, query), id }, title);
}

const options = (ctx, prefix, codes) => codes.map((c) => ({ value: c, label: label(ctx, prefix, c) }));

/** A programme chooser; choosing one opens the same page for it. */
function programmeChooser(ctx, page, programmes, current, { any } = {}) {
  return ctx.form({
    id: `${page}-programme`,
    fields: [
      {
        name: 'programme',
        label: ctx.t('cohort.programme'),
        type: 'select',
        value: current || '',
        options: [...(any ? [{ value: '', label: ctx.t('funnel.all') }] : []), ...programmes.map((p) => ({ value: p.id, label: p.name }))],
      },
    ],
    submit: ctx.t('cohort.show'),
    onSubmit: async (v) => ctx.go('incubation', page, v.programme ? { programme: v.programme } : undefined),
  });
}

/** The newest programme: what an operator most likely runs now. */
const newest = (programmes) => [...programmes].sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)))[0];

// ---------- reviewer ----------

async function reviewList(ctx, el) {
  const { h, t } = ctx;
  const tasks = await ctx.api.all(`${API}/assignments/mine`);
  const state = (x) => (x.conflicted ? 'conflicted' : !x.open ? (x.reviewed ? 'closed-reviewed' : 'closed') : x.reviewed ? 'reviewed' : 'reviewable');
  const columns = (ids) => [
    {
      label: t('p.title'),
      value: (x) => projectLink(ctx, 'reviews', { project: x.project.id }, x.project.title, ids ? `review-${x.project.id}` : null),
    },
    { label: t('p.institution'), value: (x) => x.project.institution },
    { label: t('p.field'), value: (x) => label(ctx, 'field', x.project.field) },
    { label: t('c.stage'), value: (x) => label(ctx, 'stage', x.stage) },
    { label: t('c.round'), value: (x) => (x.open ? x.round : '') },
    {
      label: t('c.state'),
      value: (x) => h('span', { id: ids ? `review-state-${x.project.id}` : null, dataset: { state: state(x) } }, t('reviews.state.' + state(x))),
    },
  ];
  el.append(
    h('p', {}, t('reviews.intro')),
    part(ctx, t('reviews.open'), h('div', { id: 'reviews-open' }, ctx.table(columns(true), tasks.filter((x) => x.open)))),
    part(ctx, t('reviews.closed'), h('div', { id: 'reviews-closed' }, ctx.table(columns(false), tasks.filter((x) => !x.open)))),
  );
}

async function reviewProject(ctx, el, id) {
  const { h, t } = ctx;
  const me = ctx.user.name;
  const [gates, first] = await Promise.all([ctx.api.get(`${API}/gates`), ctx.api.get(`${API}/projects/${id}/dossier`)]);
  const programme = await ctx.api.get(`${API}/programmes/${first.project.programmeId}`);
  const redraw = live(ctx, el, async (redraw, data) => {
    const d = data || (await ctx.api.get(`${API}/projects/${id}/dossier`));
    const p = d.project;
    const mine = d.reviews.filter((r) => r.reviewer === me);
    const seat = d.reviewers.find((a) => a.reviewer === me && a.stage === p.stage);
    const open = p.status === 'ACTIVE' && seat;
    let task;
    if (open && seat.conflicted) {
      task = h('p', { class: 'notice', id: 'review-conflicted' }, t('reviews.conflicted', { reason: seat.conflictReason, stage: label(ctx, 'stage', p.stage) }));
    } else if (open && mine.some((r) => r.stage === p.stage && r.round === d.round)) {
      task = h('p', { class: 'notice', id: 'review-done' }, t('reviews.reviewed'));
    } else if (open) {
      const plan = programme.stages.find((s) => s.stage === p.stage);
      const card = gates.scorecards.find((c) => c.id === plan.scorecard) || { criteria: [] };
      task = [
        part(
          ctx,
          t('reviews.scorecard', { stage: label(ctx, 'stage', p.stage), round: d.round }),
          h('p', {}, t('reviews.scorecard.intro')),
          action(ctx, redraw, {
            id: 'scorecard',
            fields: [
              ...card.criteria.map((c) => ({
                name: c.id,
                label: `${label(ctx, 'criterion', c.id) === c.id ? c.label : label(ctx, 'criterion', c.id)} (${t('reviews.weight', { weight: c.weight })})`,
                type: 'number',
                required: true,
                min: 0,
                max: 100,
                help: t('reviews.points.help'),
              })),
              { name: 'comment', label: t('c.comment'), type: 'textarea', required: true },
            ],
            submit: t('reviews.submit'),
            path: `/projects/${id}/reviews`,
            body: (v) => ({ stage: p.stage, scores: Object.fromEntries(card.criteria.map((c) => [c.id, v[c.id]])), comment: v.comment }),
            done: (after) => {
              const own = after.reviews.filter((r) => r.reviewer === me).pop();
              return t('reviews.scored', { score: score(own && own.weighted) });
            },
          }),
        ),
        part(
          ctx,
          t('reviews.conflict'),
          h('p', {}, t('reviews.conflict.help')),
          action(ctx, redraw, {
            id: 'conflict',
            fields: [{ name: 'reason', label: t('reviews.conflict.reason'), type: 'textarea', required: true }],
            submit: t('reviews.declare'),
            path: `/projects/${id}/conflicts`,
            body: (v) => ({ stage: p.stage, reason: v.reason }),
            done: t('reviews.declared'),
          }),
        ),
      ];
    } else {
      task = h('p', { class: 'notice', id: 'review-closed' }, t('reviews.gateClosed'));
    }
    return [
      h('p', {}, h('a', { href: ctx.link('incubation', 'reviews') }, t('p.back'))),
      h('h2', { id: 'project-title' }, p.title),
      // What the team submitted for the gate, then the scorecard; other reviewers' scores stay out of sight.
      part(ctx, t('h.submitted'), summary(ctx, d, programme, await managerName(ctx, p.managerId))),
      task,
      part(
        ctx,
        t('reviews.yours'),
        h(
          'div',
          { id: 'my-reviews' },
          ctx.table(
            [
              { label: t('c.stage'), value: (r) => label(ctx, 'stage', r.stage) },
              { label: t('c.round'), value: (r) => r.round },
              { label: t('c.scores'), value: (r) => Object.entries(r.scores).map(([k, v]) => `${label(ctx, 'criterion', k)}: ${v}`).join('; ') },
              { label: t('c.score'), value: (r) => score(r.weighted) },
              { label: t('c.comment'), value: (r) => r.comment },
            ],
            mine,
          ),
        ),
      ),
      ...history(ctx, d),
    ];
  });
  await redraw(null, first);
}

// ---------- holder ----------

async function projectList(ctx, el) {
  const { h, t } = ctx;
  const programmes = await ctx.api.all(`${API}/programmes`);
  const names = Object.fromEntries(programmes.map((p) => [p.id, p.name]));
  const redraw = live(ctx, el, async (redraw) => {
    const mine = await ctx.api.all(`${API}/projects/mine`);
    return [
      h('p', {}, t('projects.intro')),
      part(
        ctx,
        t('projects.mine'),
        h(
          'div',
          { id: 'my-projects' },
          ctx.table(
            [
              { label: t('p.title'), value: (p) => projectLink(ctx, 'projects', { project: p.id }, p.title, `project-${p.id}`) },
              { label: t('p.programme'), value: (p) => names[p.programmeId] || '' },
              { label: t('p.stage'), value: (p) => h('span', { id: `stage-${p.id}` }, label(ctx, 'stage', p.stage)) },
              { label: t('p.status'), value: (p) => h('span', { id: `status-${p.id}` }, label(ctx, 'status', p.status)) },
              { label: t('p.manager'), value: (p) => (p.managerId ? t('common.yes') : t('p.manager.none')) },
            ],
            mine,
          ),
        ),
      ),
      part(
        ctx,
        t('projects.apply'),
        programmes.length === 0
          ? h('p', { class: 'empty' }, t('projects.noProgramme'))
          : ctx.form({
              id: 'apply',
              fields: [
                { name: 'programme', label: t('p.programme'), type: 'select', required: true, value: newest(programmes).id, options: programmes.map((p) => ({ value: p.id, label: p.name })) },
                { name: 'title', label: t('p.title'), required: true },
                { name: 'institution', label: t('p.institution'), required: true },
                { name: 'team', label: t('p.team'), type: 'textarea', required: true, help: t('p.team.help') },
                { name: 'field', label: t('p.field'), type: 'select', required: true, options: options(ctx, 'field', FIELDS) },
                { name: 'trl', label: t('p.trl'), type: 'number', required: true, min: 1, max: 9, help: t('p.trl.help') },
                { name: 'ipReferences', label: t('p.ip'), type: 'textarea', help: t('p.ip.help') },
                { name: 'requestedFunding', label: t('p.requested'), type: 'money', required: true },
              ],
              submit: t('projects.submit'),
              onSubmit: async (v, key) => {
                const currency = programmes.find((p) => p.id === v.programme).currency;
                await ctx.api.post(
                  `${API}/programmes/${v.programme}/projects`,
                  {
                    title: v.title,
                    institution: v.institution,
                    team: lines(v.team),
                    field: v.field,
                    trl: v.trl,
                    ipReferences: lines(v.ipReferences),
                    requestedFunding: { amount: v.requestedFunding, currency },
                  },
                  { key },
                );
                await redraw(t('projects.submitted', { title: v.title }));
              },
            }),
      ),
    ];
  });
  await redraw(null);
}

async function teamProject(ctx, el, id) {
  const { h, t } = ctx;
  const first = await ctx.api.get(`${API}/projects/${id}/dossier`);
  const programme = await ctx.api.get(`${API}/programmes/${first.project.programmeId}`);
  const currency = programme.currency;
  const cny = (amount) => (amount === null || amount === undefined ? null : { amount, currency });
  const redraw = live(ctx, el, async (redraw, data) => {
    const d = data || (await ctx.api.get(`${API}/projects/${id}/dossier`));
    const base = `/projects/${id}`;
    let n = 0;
    const achieve = (m) =>
      action(ctx, redraw, {
        id: `achieve-${++n}`,
        fields: [{ name: 'on', label: t('m.on'), type: 'date', required: true, value: today() }],
        submit: t('m.achieve'),
        path: `${base}/milestones/${m.id}/achieved`,
        body: (v) => ({ on: v.on }),
        done: t('m.achieved'),
      });
    return [
      h('p', {}, h('a', { href: ctx.link('incubation', 'projects') }, t('p.back'))),
      h('h2', { id: 'project-title' }, d.project.title),
      summary(ctx, d, programme, await managerName(ctx, d.project.managerId)),
      ...history(ctx, d, { milestoneActions: achieve }),
      part(
        ctx,
        t('m.add'),
        action(ctx, redraw, {
          id: 'milestone',
          fields: [
            { name: 'title', label: t('c.title'), required: true },
            { name: 'dueOn', label: t('c.due'), type: 'date', required: true, value: today() },
          ],
          submit: t('m.add'),
          path: `${base}/milestones`,
          body: (v) => v,
          done: t('m.added'),
        }),
      ),
      part(
        ctx,
        t('k.add'),
        action(ctx, redraw, {
          id: 'kpi',
          fields: [
            { name: 'period', label: t('c.period'), required: true, help: t('k.period.help') },
            { name: 'prototypes', label: t('c.prototypes'), type: 'number', required: true, min: 0, value: 0 },
            { name: 'pilotCustomers', label: t('c.pilots'), type: 'number', required: true, min: 0, value: 0 },
            { name: 'revenue', label: t('c.revenue'), type: 'money', required: true },
            { name: 'fundingRaised', label: t('c.raised'), type: 'money', required: true },
            { name: 'note', label: t('c.note'), type: 'textarea' },
          ],
          submit: t('k.add'),
          path: `${base}/kpi-reports`,
          body: (v) => ({ ...v, revenue: cny(v.revenue), fundingRaised: cny(v.fundingRaised) }),
          done: t('k.sent'),
        }),
      ),
      part(
        ctx,
        t('o.add'),
        action(ctx, redraw, {
          id: 'outcome',
          fields: [
            { name: 'kind', label: t('c.kind'), type: 'select', required: true, options: options(ctx, 'kind', ['SPIN_OFF', 'LICENCE', 'INVESTMENT']) },
            { name: 'counterpart', label: t('c.counterpart'), required: true },
            { name: 'amount', label: t('c.amount'), type: 'money', help: t('o.amount.help') },
            { name: 'valuation', label: t('c.valuation'), type: 'money' },
            { name: 'occurredOn', label: t('c.occurred'), type: 'date', required: true, value: today() },
          ],
          submit: t('o.add'),
          path: `${base}/outcomes`,
          body: (v) => ({ ...v, amount: cny(v.amount), valuation: cny(v.valuation) }),
          done: t('o.sent'),
        }),
      ),
    ];
  });
  await redraw(null, first);
}

// ---------- operator ----------

async function cohortList(ctx, el, programmes, programme) {
  const { h, t } = ctx;
  const projects = await ctx.api.all(`${API}/programmes/${programme.id}/projects`);
  const groups = [
    ['SCREENING', (p) => p.status === 'SCREENING', t('cohort.group.SCREENING')],
    ...STAGES.map((s) => [s, (p) => p.status === 'ACTIVE' && p.stage === s, label(ctx, 'stage', s)]),
    ['PASSED', (p) => p.status === 'PASSED', t('cohort.group.PASSED')],
    ['REJECTED', (p) => p.status === 'REJECTED', t('cohort.group.REJECTED')],
  ];
  el.append(
    programmeChooser(ctx, 'cohort', programmes, programme.id),
    part(
      ctx,
      t('cohort.stages'),
      ctx.table(
        [
          { label: t('c.stage'), value: (s) => label(ctx, 'stage', s.stage) },
          { label: t('cohort.deadline'), value: (s) => ctx.date(s.deadline) },
          { label: t('cohort.cap'), value: (s) => money(ctx, s.fundingCap) },
          { label: t('cohort.scorecard'), value: (s) => s.scorecard },
          { label: t('cohort.rule'), value: (s) => (s.gateRule ? `${s.gateRule} ${s.gateParameter || ''}` : t('cohort.rule.none')) },
        ],
        programme.stages,
      ),
    ),
    h('p', { id: 'cohort-total' }, t('cohort.total', { n: projects.length })),
    ...groups.map(([key, test, title]) => {
      const rows = projects.filter(test);
      return part(
        ctx,
        `${title} (${rows.length})`,
        h(
          'div',
          { id: `cohort-${key}` },
          ctx.table(
            [
              { label: t('p.title'), value: (p) => projectLink(ctx, 'cohort', { programme: programme.id, project: p.id }, p.title, `project-${p.id}`) },
              { label: t('p.institution'), value: (p) => p.institution },
              { label: t('p.field'), value: (p) => label(ctx, 'field', p.field) },
              { label: t('p.trl'), value: (p) => p.trl },
              { label: t('p.manager'), value: (p) => (p.managerId ? t('common.yes') : t('p.manager.none')) },
            ],
            rows,
          ),
        ),
      );
    }),
  );
}

async function cohortProject(ctx, el, id) {
  const { h, t } = ctx;
  const first = await ctx.api.get(`${API}/projects/${id}/dossier`);
  const programme = await ctx.api.get(`${API}/programmes/${first.project.programmeId}`);
  const redraw = live(ctx, el, async (redraw, data) => {
    const d = data || (await ctx.api.get(`${API}/projects/${id}/dossier`));
    const p = d.project;
    const base = `/projects/${id}`;
    const stage = label(ctx, 'stage', p.stage);
    const conflicted = new Set(d.reviewers.filter((a) => a.stage === p.stage && a.conflicted).map((a) => a.reviewer));
    const counted = (r) => !d.reviewers.some((a) => a.stage === r.stage && a.reviewer === r.reviewer && a.conflicted);
    const roundReviews = d.reviews.filter((r) => r.stage === p.stage && r.round === d.round && !conflicted.has(r.reviewer));
    const plan = programme.stages.find((s) => s.stage === p.stage);
    const granted = d.funding.filter((g) => g.stage === p.stage).reduce((sum, g) => sum + BigInt(g.amount.amount), 0n);
    const actions = [];
    if (p.status === 'SCREENING') {
      actions.push(
        part(
          ctx,
          t('cohort.screening'),
          action(ctx, redraw, {
            id: 'screening',
            fields: [
              {
                name: 'admit',
                label: t('cohort.admit'),
                type: 'select',
                options: [
                  { value: 'true', label: t('cohort.admit.yes') },
                  { value: 'false', label: t('cohort.admit.no') },
                ],
              },
              { name: 'reason', label: t('c.reason'), type: 'textarea', required: true },
            ],
            submit: t('cohort.screen'),
            path: `${base}/screening`,
            body: (v) => ({ admit: v.admit === 'true', reason: v.reason }),
            done: t('cohort.screened'),
          }),
        ),
      );
    }
    if (p.status === 'ACTIVE') {
      actions.push(
        part(
          ctx,
          t('cohort.assign'),
          h('p', {}, t('cohort.assign.help')),
          action(ctx, redraw, {
            id: 'reviewer',
            fields: [
              { name: 'reviewer', label: t('c.reviewer'), required: true },
              { name: 'institution', label: t('c.reviewerInstitution'), required: true },
            ],
            submit: t('cohort.assign'),
            path: `${base}/reviewers`,
            body: (v) => ({ stage: p.stage, ...v }),
            done: (after, v) => t('cohort.assigned', { reviewer: v.reviewer }),
          }),
        ),
        part(
          ctx,
          t('cohort.decision', { stage, round: d.round }),
          h('p', { id: 'counted-reviews' }, t('cohort.counted', { round: d.round, n: roundReviews.length })),
          action(ctx, redraw, {
            id: 'decision',
            fields: [
              { name: 'outcome', label: t('c.outcome'), type: 'select', options: options(ctx, 'outcome', ['ADVANCE', 'REVISE', 'REJECT']) },
              { name: 'reason', label: t('c.reason'), type: 'textarea', required: true },
            ],
            submit: t('cohort.decide'),
            path: `${base}/decisions`,
            body: (v) => ({ stage: p.stage, round: d.round, ...v }),
            done: (after, v) => t('cohort.decided', { outcome: label(ctx, 'outcome', v.outcome) }),
          }),
        ),
        part(
          ctx,
          t('cohort.fund'),
          h('p', {}, t('cohort.fund.help', { cap: money(ctx, plan.fundingCap), granted: ctx.money({ amount: granted.toString(), currency: programme.currency }) })),
          action(ctx, redraw, {
            id: 'funding',
            fields: [
              { name: 'amount', label: t('c.amount'), type: 'money', required: true },
              { name: 'purpose', label: t('c.purpose'), required: true },
            ],
            submit: t('cohort.fund.submit'),
            path: `${base}/funding`,
            body: (v) => ({ stage: p.stage, amount: { amount: v.amount, currency: programme.currency }, purpose: v.purpose }),
            done: t('cohort.funded'),
          }),
        ),
      );
    }
    if (!p.managerId && p.status !== 'REJECTED') {
      actions.push(
        part(
          ctx,
          t('cohort.manager'),
          h('p', {}, t('cohort.manager.help')),
          action(ctx, redraw, {
            id: 'manager',
            fields: [],
            submit: t('cohort.manager.submit'),
            path: `${base}/manager`,
            body: () => ({}),
            done: async (after) => t('cohort.manager.done', { name: await managerName(ctx, after.project.managerId) }),
          }),
        ),
      );
    }
    return [
      h('p', {}, h('a', { href: ctx.link('incubation', 'cohort', { programme: programme.id }) }, t('p.back'))),
      h('h2', { id: 'project-title' }, p.title),
      summary(ctx, d, programme, await managerName(ctx, p.managerId), [[t('p.applicant'), d.applicant]]),
      d.screening ? h('p', {}, `${t('cohort.screening')}: ${d.screening.admitted ? t('cohort.admit.yes') : t('cohort.admit.no')} · ${d.screening.reason}`) : null,
      actions.length ? h('h2', {}, t('cohort.actions')) : null,
      ...actions,
      part(
        ctx,
        t('h.reviewers'),
        h(
          'div',
          { id: 'reviewers' },
          ctx.table(
            [
              { label: t('c.stage'), value: (a) => label(ctx, 'stage', a.stage) },
              { label: t('c.reviewer'), value: (a) => a.reviewer },
              { label: t('c.reviewerInstitution'), value: (a) => a.institution },
              { label: t('c.conflict'), value: (a) => (a.conflicted ? `${t('common.yes')}: ${a.conflictReason}` : t('common.no')) },
            ],
            d.reviewers,
          ),
        ),
      ),
      part(
        ctx,
        t('h.reviews'),
        ctx.table(
          [
            { label: t('c.stage'), value: (r) => label(ctx, 'stage', r.stage) },
            { label: t('c.round'), value: (r) => r.round },
            { label: t('c.reviewer'), value: (r) => r.reviewer },
            { label: t('c.score'), value: (r) => score(r.weighted) },
            { label: t('c.comment'), value: (r) => r.comment },
            { label: t('cohort.counts'), value: (r) => (counted(r) ? t('common.yes') : t('common.no')) },
          ],
          d.reviews,
        ),
      ),
      ...history(ctx, d),
    ];
  });
  await redraw(null, first);
}

/** The region's programmes side by side: where each one's projects are now, as a chart and a table. */
async function byProgramme(ctx, el) {
  const { h, t } = ctx;
  const rows = (await ctx.api.all(`${API}/funnel/programmes`)).map((p) => {
    const f = p.funnel;
    const rejected = f.stages.reduce((sum, s) => sum + s.rejected, 0);
    const passed = f.stages[f.stages.length - 1].passed;
    return { ...p, submitted: f.submitted, screenedOut: f.screenedOut, rejected, passed, inProgress: f.submitted - f.screenedOut - rejected - passed };
  });
  const keys = ['inProgress', 'passed', 'rejected', 'screenedOut'];
  const cell = (p, key) => h('span', { id: `programme-${p.id}-${key}` }, p[key]);
  const chart = h('div', { id: 'funnel-programmes-chart' });
  el.append(
    part(
      ctx,
      t('funnel.byProgramme'),
      chart,
      h(
        'div',
        { id: 'funnel-programmes' },
        ctx.table(
          [
            { label: t('p.programme'), value: (p) => ctx.h('a', { href: ctx.link('incubation', 'funnel', { programme: p.id }) }, p.name) },
            { label: t('funnel.submitted'), value: (p) => cell(p, 'submitted') },
            ...keys.map((key) => ({ label: t('funnel.now.' + key), value: (p) => cell(p, key) })),
          ],
          rows,
        ),
      ),
    ),
  );
  await ctx.chart(
    chart,
    {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map((p) => p.name), axisLabel: { width: 160, overflow: 'truncate' } },
      color: ['#8a5a00', '#17663a', '#a61b1b', '#4a5360'],
      series: keys.map((key) => ({ name: t('funnel.now.' + key), type: 'bar', stack: 'projects', data: rows.map((p) => p[key]) })),
    },
    t('funnel.byProgramme.chart'),
  );
}

/** An ISO-8601 duration (PT300H) in days, one decimal. */
function days(ctx, iso) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(iso || '');
  if (!m) return iso || '';
  const hours = Number(m[1] || 0) * 24 + Number(m[2] || 0) + Number(m[3] || 0) / 60 + Number(m[4] || 0) / 3600;
  return ctx.t('funnel.days', { n: (hours / 24).toFixed(1) });
}

/**
 * A page whose refusals (another team's project, one not assigned) are shown with this plugin's
 * words: the shell words a problem thrown from a page with its own, generic ones.
 */
function guarded(render) {
  return async (ctx, el) => {
    try {
      await render(ctx, el);
    } catch (e) {
      if (!e || !e.doc) throw e;
      el.replaceChildren(ctx.problem(e));
    }
  };
}

export const pages = {
  reviews: guarded(async (ctx, el) => {
    if (ctx.params.project) await reviewProject(ctx, el, ctx.params.project);
    else await reviewList(ctx, el);
  }),

  projects: guarded(async (ctx, el) => {
    if (ctx.params.project) await teamProject(ctx, el, ctx.params.project);
    else await projectList(ctx, el);
  }),

  cohort: guarded(async (ctx, el) => {
    if (ctx.params.project) return cohortProject(ctx, el, ctx.params.project);
    const programmes = await ctx.api.all(`${API}/programmes`);
    if (!programmes.length) {
      el.append(ctx.h('p', { class: 'empty' }, ctx.t('cohort.none')));
      return;
    }
    const programme = programmes.find((p) => p.id === ctx.params.programme) || newest(programmes);
    await cohortList(ctx, el, programmes, programme);
  }),

  funnel: guarded(async (ctx, el) => {
    const { h, t } = ctx;
    const programmes = await ctx.api.all(`${API}/programmes`);
    const chosen = programmes.find((p) => p.id === ctx.params.programme);
    const f = await ctx.api.get(`${API}/funnel${chosen ? '?programme=' + chosen.id : ''}`);
    const chart = h('div', { id: 'funnel-chart' });
    const cell = (s, key) => h('span', { id: `funnel-${s.stage}-${key}` }, s[key]);
    el.append(
      h('p', {}, t('funnel.intro')),
      programmeChooser(ctx, 'funnel', programmes, chosen && chosen.id, { any: true }),
      figures(ctx, [
        [t('funnel.submitted'), f.submitted, 'funnel-submitted'],
        [t('funnel.screenedOut'), f.screenedOut, 'funnel-screened-out'],
        [t('funnel.spinOffs'), f.outcomes.spinOffs],
        [t('funnel.licences'), f.outcomes.licences],
        [t('funnel.investments'), f.outcomes.investments],
        [t('funnel.raised'), money(ctx, f.outcomes.investmentRaised)],
        [t('funnel.valuation'), money(ctx, f.outcomes.valuation)],
      ]),
      chart,
      h(
        'div',
        { id: 'funnel-table' },
        ctx.table(
          [
            { label: t('c.stage'), value: (s) => label(ctx, 'stage', s.stage) },
            { label: t('funnel.entered'), value: (s) => cell(s, 'entered') },
            { label: t('funnel.passed'), value: (s) => cell(s, 'passed') },
            { label: t('funnel.rejected'), value: (s) => cell(s, 'rejected') },
            { label: t('funnel.inStage'), value: (s) => cell(s, 'inStage') },
            { label: t('funnel.conversion'), value: (s) => (s.conversionRate == null ? '' : `${(Number(s.conversionRate) * 100).toFixed(1)}%`) },
            { label: t('funnel.median'), value: (s) => days(ctx, s.medianTimeInStage) },
            { label: t('funnel.spent'), value: (s) => money(ctx, s.fundingSpent) },
          ],
          f.stages,
          { caption: chosen ? chosen.name : t('funnel.all') },
        ),
      ),
    );
    const series = ['entered', 'passed', 'rejected', 'inStage'].map((key) => ({
      name: t('funnel.' + key),
      type: 'bar',
      data: f.stages.map((s) => s[key]),
      label: { show: true, position: 'top' },
    }));
    await ctx.chart(
      chart,
      {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
        xAxis: { type: 'category', data: f.stages.map((s) => label(ctx, 'stage', s.stage)) },
        yAxis: { type: 'value', minInterval: 1 },
        color: ['#0b57a4', '#17663a', '#a61b1b', '#8a5a00'],
        series,
      },
      t('funnel.chart'),
    );
    if (!chosen) await byProgramme(ctx, el);
  }),
};
