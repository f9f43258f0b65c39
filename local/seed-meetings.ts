import type { RegionPrincipal } from '../functions/src/auth/principal';
import { markMeetingHeld, recordAttendance, requestLeave, submitOpinion } from '../functions/src/domain/meetings/attendance-service';
import type { Meeting } from '../functions/src/domain/meetings/meeting';
import {
  acknowledgeResolutions, addActionItem, approveMinutes, recordConsensus, recordConsensusForAll, reportActionItem, saveMinutes,
} from '../functions/src/domain/meetings/minutes-service';
import { createMeeting, sendMeetingNotice, setAgendaMaterials } from '../functions/src/domain/meetings/service';
import { dispatchDueReminders } from '../functions/src/domain/notifications/outbox-service';
import { markNotificationsRead, notificationFeed } from '../functions/src/domain/notifications/service';
import { adoptAgendaProposal, openAgendaSolicitation, replyToAgendaSolicitation } from '../functions/src/domain/meetings/solicitation-service';
import { memberFilterInput } from '../functions/src/domain/members/rules';
import type { Ports } from '../functions/src/domain/ports';
import type { Unit } from '../functions/src/domain/units/unit';
import { parseInput } from '../functions/src/domain/validation';

import { demoPdf, uploadFile } from './seed-alliance';
const DAY = 86_400_000;

/** An instant `days` from now at `hour`:30 Beijing time. */
function at(days: number, hour: number): string {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour - 8, 30, 0, 0);
  return date.toISOString();
}

const dateIn = (days: number) => new Date(Date.now() + days * DAY + 8 * 3600_000).toISOString().slice(0, 10);

/** Ports whose clock stands at another instant: a past step written as it happened then. */
const asOf = (ports: Ports, instant: string): Ports => ({ ...ports, now: () => new Date(instant) });

/**
 * The alliance's meetings around today: last quarter's joint meeting held, minuted, approved with two resolutions
 * (one with a reserved view) and an item still in consultation, their action items (one done, one overdue), and the
 * units' 签收 of its resolutions notice (most acknowledged, one on paper through the secretariat; the demo liaison's
 * unit and one other still pending); last
 * month's committee held with minutes in draft; next month's joint meeting noticed on time (it shows last quarter's
 * action items), with one unit's leave and an opinion; and a topic meeting still a draft, with an open round of
 * 议题征集: three units replied (one proposal adopted into its agenda), the demo liaison's unit is asked and has not.
 */
export async function seedMeetings(ports: Ports, principal: RegionPrincipal, units: { byName: Map<string, Unit>; root: string; invited: readonly string[]; liaisonUnit: string }): Promise<void> {
  const { byName } = units;
  const invited = units.invited.map((n) => byName.get(n)!.id);
  type Spec = { title: string; kind: Meeting['kind']; agenda: string[]; invitedMemberIds?: string[] };
  const create = (spec: Spec, days: number, through: Ports) =>
    createMeeting(principal, {
      title: spec.title, kind: spec.kind, startsAt: at(days, 9), endsAt: at(days, 11), place: '长安街道党群服务中心三楼会议室',
      convenerUnitId: byName.get(units.root)!.id, chair: '街道党工委书记', recorder: '秘书处', invitedUnitIds: invited,
      invitedMemberIds: spec.invitedMemberIds ?? [], agenda: spec.agenda.map((title) => ({ title })),
    }, through);
  /** A past meeting, noticed ten days ahead of it. */
  const past = async (spec: Spec, days: number) => {
    const then = asOf(ports, at(days - 10, 9));
    const meeting = await create(spec, days, then);
    return sendMeetingNotice(principal, { meetingId: meeting.id, version: 1 }, then);
  };

  const third = await past({ title: '第三季度党建联席会议', kind: 'JOINT_MEETING', agenda: ['通报第三季度共建项目进展', '审议第四季度需求清单', '研究社区停车难问题'] }, -70);
  await holdThirdQuarter(ports, principal, third, invited, byName.get(units.liaisonUnit)!.id);

  // Two of the hospital's members invited in person (个人受邀党员): one came, one asked for leave.
  const hospital = byName.get('市第三人民医院党委')!.id;
  const experts = (await ports.members.list(principal.regionId, parseInput(memberFilterInput, { unitId: hospital }), { size: 2 })).edges.map((e) => e.node.id);
  const committee = await past({ title: '区域党委会（十月）', kind: 'REGIONAL_COMMITTEE', agenda: ['研究年度考核方案'], invitedMemberIds: experts }, -40);
  const during = asOf(ports, at(-40, 10));
  await recordAttendance(principal, { meetingId: committee.id, memberId: experts[0], version: 0, status: 'PRESENT' }, during);
  await recordAttendance(principal, { meetingId: committee.id, memberId: experts[1], version: 0, status: 'LEAVE', leaveReason: '院内值班' }, during);
  const held = await markMeetingHeld(principal, { id: committee.id, version: committee.version }, ports);
  await saveMinutes(principal, {
    meetingId: held.id, agendaItemId: held.agenda[0]!.id, version: 0,
    text: '会议讨论了年度考核方案初稿，与会单位原则同意考核指标设置，建议增加群众满意度测评权重。',
    decision: '年度考核方案按讨论意见修改后印发执行。',
  }, ports);

  const fourth = await create({ title: '第四季度党建联席会议', kind: 'JOINT_MEETING', agenda: ['通报全年共建项目完成情况', '征求明年需求清单意见', '部署年度考核评价'] }, 20, ports);
  const noticed = await sendMeetingNotice(principal, { meetingId: fourth.id, version: 1 }, ports);
  // 会议材料 of its first item, sent after the notice.
  const table = '2026年度共建项目完成情况表';
  await setAgendaMaterials(principal, {
    meetingId: noticed.id, version: noticed.version, itemId: noticed.agenda[0]!.id, fileUploadIds: [await uploadFile(ports, principal, `${table}.pdf`, demoPdf(table, 'material'))],
  }, ports);
  const hp = byName.get('和平社区党总支')!.id;
  await requestLeave(principal, { meetingId: noticed.id, unitId: hp, reason: '当天承接区级创建验收', delegate: '和平社区党总支副书记 刘敏' }, ports);
  await submitOpinion(principal, {
    meetingId: noticed.id, agendaItemId: noticed.agenda[1]!.id, unitId: hp, text: '建议把老年助餐点运营纳入明年需求清单，并请辖区餐饮企业认领。',
  }, ports);

  await seedReminders(ports, principal, create, invited, byName.get(units.liaisonUnit)!.id);

  const topic = await create({ title: '老旧小区加装电梯专题会议', kind: 'TOPIC_MEETING', agenda: ['协调加装电梯资金与施工单位'] }, 35, ports);
  await solicitTopicAgenda(ports, principal, topic, invited, byName.get(units.liaisonUnit)!.id);
}

/**
 * 提醒发送记录: a topic meeting in three days, noticed ten days before it; the dispatcher ran five minutes after its
 * 7-day reminder fell due (one entry per invited unit), and three units' liaisons read it in their bell two hours later
 * (the demo liaison's unit has not). The 1-day reminder falls due the day before: 立即发送到期提醒 or the scheduled job.
 */
async function seedReminders(
  ports: Ports,
  principal: RegionPrincipal,
  create: (spec: { title: string; kind: Meeting['kind']; agenda: string[] }, days: number, through: Ports) => Promise<Meeting>,
  invited: string[],
  liaisonUnitId: string,
) {
  const then = asOf(ports, at(-7, 9));
  const meeting = await create({ title: '汛期安全隐患排查专题会议', kind: 'TOPIC_MEETING', agenda: ['通报辖区汛期安全隐患排查情况', '部署防汛物资与值守安排'] }, 3, then);
  const noticed = await sendMeetingNotice(principal, { meetingId: meeting.id, version: 1 }, then);
  const due = Date.parse(noticed.startsAt) - 7 * DAY;
  await dispatchDueReminders(principal.regionId, new Date(due + 5 * 60_000), ports);
  const read = asOf(ports, new Date(due + 2 * 3600_000).toISOString());
  const liaisonOf = (unitId: string): RegionPrincipal => ({ userId: `seed-liaison-${unitId}`, displayName: '单位联络员', regionId: principal.regionId, roles: ['UNIT_LIAISON'], unitId });
  for (const unitId of invited.filter((id) => id !== liaisonUnitId).slice(0, 3)) {
    const feed = await notificationFeed(liaisonOf(unitId), 20, read);
    const reminder = feed?.items.find((n) => n.meetingId === meeting.id && n.kind === 'MEETING_REMINDER');
    if (reminder) await markNotificationsRead(liaisonOf(unitId), [reminder.id], read);
  }
}

/** 议题征集 on the draft topic meeting: asked every invited unit; three replied, one proposal adopted; the demo liaison's unit pending. */
async function solicitTopicAgenda(ports: Ports, principal: RegionPrincipal, meeting: Meeting, invited: string[], liaisonUnitId: string) {
  await openAgendaSolicitation(principal, {
    meetingId: meeting.id, question: '请结合本单位实际，提出加装电梯专题会议需研究的议题（资金、施工、管线迁改、居民协商等）及意见。', closesAt: at(25, 18),
  }, ports);
  const liaisonOf = (unitId: string): RegionPrincipal => ({ userId: `seed-liaison-${unitId}`, displayName: '单位联络员', regionId: principal.regionId, roles: ['UNIT_LIAISON'], unitId });
  const [first, second, third] = invited.filter((id) => id !== liaisonUnitId) as [string, string, string];
  await replyToAgendaSolicitation(liaisonOf(first), {
    meetingId: meeting.id,
    proposals: [{ title: '研究加装电梯的管线迁改费用分担', description: '多个楼栋的燃气、供水管线需迁改，费用由谁承担尚无共识。', presenter: '社区党委书记 陈静' }],
    opinion: '建议请燃气、供水企业列席。',
  }, ports);
  await replyToAgendaSolicitation(liaisonOf(second), {
    meetingId: meeting.id,
    proposals: [{ title: '低楼层居民补偿协商机制', presenter: '社区居委会主任 张伟' }, { title: '施工期间临时出行保障' }],
    opinion: null,
  }, ports);
  await replyToAgendaSolicitation(liaisonOf(third), { meetingId: meeting.id, proposals: [], opinion: '本单位无新增议题，同意秘书处拟定的议题。' }, ports);
  const current = (await ports.meetings.get(principal.regionId, meeting.id))!;
  await adoptAgendaProposal(principal, { meetingId: meeting.id, version: current.version, unitId: first, proposalIndex: 0 }, ports);
}

/** Last quarter's joint meeting, from the sign-in to the follow-up of its resolutions. */
async function holdThirdQuarter(ports: Ports, principal: RegionPrincipal, meeting: Meeting, invited: string[], liaisonUnitId: string) {
  // The liaison's unit came (its action item shows on its 督办事项); the last two invited did not.
  const absent = invited.at(-2)!;
  const onLeave = invited.at(-3)!;
  const present = [liaisonUnitId, ...invited.filter((id) => id !== liaisonUnitId && id !== absent && id !== onLeave)];
  const during = asOf(ports, at(-70, 10));
  for (const unitId of present) {
    await recordAttendance(principal, { meetingId: meeting.id, unitId, version: 0, status: 'PRESENT', late: unitId === present[0] }, during);
  }
  await recordAttendance(principal, { meetingId: meeting.id, unitId: onLeave, version: 0, status: 'LEAVE', leaveReason: '外出参加区委党校培训', delegate: '支部组织委员 王芳' }, during);
  await recordAttendance(principal, { meetingId: meeting.id, unitId: absent, version: 0, status: 'ABSENT' }, during);
  const [progress, lists, parking] = meeting.agenda as [Meeting['agenda'][number], Meeting['agenda'][number], Meeting['agenda'][number]];
  const after = asOf(ports, at(-69, 15));
  await saveMinutes(principal, {
    meetingId: meeting.id, agendaItemId: progress.id, version: 0,
    text: '秘书处通报第三季度共建项目进展：12 个项目中 9 个按期推进，2 个因场地协调延后，1 个已验收。',
    decision: '延后项目由牵头单位在 10 月底前提交整改计划，秘书处跟踪督办。',
  }, after);
  await saveMinutes(principal, {
    meetingId: meeting.id, agendaItemId: lists.id, version: 0,
    text: '各社区汇报第四季度需求 18 项，驻区单位现场认领 11 项。',
    decision: '第四季度需求清单经本次会议协商一致通过，在社区公开栏公示。',
  }, after);
  await saveMinutes(principal, {
    meetingId: meeting.id, agendaItemId: parking.id, version: 0,
    text: '与会单位对错时共享停车方案意见不一，部分单位担心安全管理责任。',
    decision: '驻区单位在夜间错时向居民开放内部停车位。',
  }, after);
  await recordConsensus(principal, { meetingId: meeting.id, agendaItemId: progress.id, unitId: present[1]!, position: 'RESERVE', view: '建议整改计划同时报街道城建科备案。' }, after);
  await recordConsensusForAll(principal, { meetingId: meeting.id, agendaItemId: progress.id }, after);
  await recordConsensusForAll(principal, { meetingId: meeting.id, agendaItemId: lists.id }, after);
  await recordConsensus(principal, { meetingId: meeting.id, agendaItemId: parking.id, unitId: present[2]!, position: 'OBJECT', view: '内部停车场涉及保密区域，暂不具备开放条件。' }, after);
  await recordConsensusForAll(principal, { meetingId: meeting.id, agendaItemId: parking.id }, after);
  const current = (await ports.meetings.get(principal.regionId, meeting.id))!;
  await approveMinutes(principal, { meetingId: meeting.id, version: current.version }, asOf(ports, at(-68, 10)));
  const resolutions = await ports.proceedings.resolutionsOf(principal.regionId, meeting.id);
  const byItem = new Map(resolutions.map((r) => [r.agendaItemId, r]));
  const later = asOf(ports, at(-67, 10));
  const overdue = await addActionItem(principal, {
    resolutionId: byItem.get(progress.id)!.id, title: '提交延后项目整改计划', responsibleUnitIds: [present[0]!, present[1]!], dueOn: dateIn(-40),
    doneWhen: '整改计划报秘书处并经审核',
  }, later);
  await reportActionItem(principal, { actionItemId: overdue.id, unitId: present[0]!, text: '整改计划已起草，待党组会审议。', done: false }, asOf(ports, at(-45, 10)));
  const publicised = await addActionItem(principal, {
    resolutionId: byItem.get(lists.id)!.id, title: '第四季度需求清单在社区公开栏公示', responsibleUnitIds: [present[3]!], dueOn: dateIn(-55), doneWhen: '公示满 7 天',
  }, later);
  await reportActionItem(principal, { actionItemId: publicised.id, unitId: present[3]!, text: '已在社区公开栏和微信群公示 7 天，无异议。', done: true }, asOf(ports, at(-58, 10)));
  await acknowledgeThirdQuarter(ports, principal, meeting, invited, liaisonUnitId, onLeave, absent);
}

/**
 * 签收 of the third quarter's resolutions notice: the absent unit on paper through the secretariat, the others by their
 * liaisons over the following days — all but the demo liaison's unit (its 会议通知 shows 签收) and the unit on leave.
 */
async function acknowledgeThirdQuarter(ports: Ports, principal: RegionPrincipal, meeting: Meeting, invited: string[], liaisonUnitId: string, onLeave: string, absent: string) {
  await acknowledgeResolutions(principal, { meetingId: meeting.id, unitId: absent, note: '纸质签收（派专人送达）' }, asOf(ports, at(-66, 16)));
  const acknowledging = invited.filter((id) => id !== liaisonUnitId && id !== onLeave && id !== absent);
  for (const [i, unitId] of acknowledging.entries()) {
    const liaison: RegionPrincipal = { userId: `seed-liaison-${unitId}`, displayName: '单位联络员', regionId: principal.regionId, roles: ['UNIT_LIAISON'], unitId };
    await acknowledgeResolutions(liaison, { meetingId: meeting.id }, asOf(ports, at(-67 + (i % 3), 11)));
  }
}
