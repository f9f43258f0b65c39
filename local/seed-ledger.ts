import type { RegionPrincipal } from '../functions/src/auth/principal';
import type { LedgerKind } from '../functions/src/domain/ledger/item';
import {
  assignLedgerItem, declineLedgerItem, raiseLedgerItem, reportLedgerProgress, resolveLedgerItem, signOffLedgerItem,
} from '../functions/src/domain/ledger/service';
import type { Ports } from '../functions/src/domain/ports';
import type { Unit } from '../functions/src/domain/units/unit';

type Step = 'RAISED' | 'ASSIGNED' | 'PROGRESS' | 'OVERDUE' | 'RESOLVED' | 'CLOSED' | 'DECLINED';

/** Items as a street's ledger has them by late autumn: one in each status, one past its due date. */
const ITEMS: { unit: string; kind: LedgerKind; title: string; description: string; category: string; to: Step; handlerUnit?: string; department?: string }[] = [
  {
    unit: '幸福里社区党委', kind: 'PROBLEM', title: '老旧小区加装电梯协调难', category: '城市建设', to: 'CLOSED', handlerUnit: '区住房和城乡建设局党总支',
    description: '幸福里小区 3、5 号楼居民申请加装电梯，低层住户意见不一，需相关部门协调政策和补贴。',
  },
  {
    unit: '华兴建设集团党委', kind: 'SUGGESTION', title: '开放企业职工食堂为社区老人助餐', category: '为老服务', to: 'RESOLVED', handlerUnit: '春晖社区党委',
    description: '集团职工食堂午间有余量，建议与春晖社区对接，为高龄独居老人提供助餐。',
  },
  {
    unit: '长安实验小学党支部', kind: 'PROBLEM', title: '校门口上下学时段交通拥堵', category: '交通安全', to: 'OVERDUE', department: '区交警大队长安中队',
    description: '每天 7:30—8:00、16:30—17:00 校门口接送车辆占道，存在安全隐患，请协调增设临时停车区和护学岗。',
  },
  {
    unit: '和平社区党总支', kind: 'PROBLEM', title: '社区党群活动场地不足', category: '阵地建设', to: 'PROGRESS', handlerUnit: '区图书馆党支部',
    description: '社区党群服务中心仅 80 平方米，周末活动无法容纳，希望共建单位开放场地。',
  },
  {
    unit: '鑫源科技有限公司党支部', kind: 'OPINION', title: '希望增加“两新”组织党员教育培训名额', category: '党员教育', to: 'RAISED',
    description: '街道组织的集中培训名额有限，非公企业党员参训机会少。',
  },
  {
    unit: '长安农贸市场党支部', kind: 'PROBLEM', title: '市场商户租金调整纠纷', category: '其他', to: 'DECLINED',
    description: '部分商户对租金调整有异议，希望联席会议出面协调。',
  },
];

/**
 * The issue ledger (意见台账) of the demo region, written through the use cases. The overdue item is assigned "a month
 * ago" with a due date a week after that (a use case refuses a due date in the past, so the clock is moved back).
 */
export async function seedLedger(ports: Ports, principal: RegionPrincipal, { byName }: { byName: Map<string, Unit> }): Promise<void> {
  const unit = (name: string) => byName.get(name)!.id;
  const now = ports.now();
  const monthAgo = new Date(now.getTime() - 30 * 86_400_000);
  const sameYear = monthAgo.getUTCFullYear() === now.getUTCFullYear();
  const dayAfter = (from: Date, days: number) => new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  for (const spec of ITEMS) {
    let item = await raiseLedgerItem(principal, { raisedByUnitId: unit(spec.unit), kind: spec.kind, title: spec.title, description: spec.description, category: spec.category }, ports);
    if (spec.to === 'RAISED') continue;
    if (spec.to === 'DECLINED') {
      await declineLedgerItem(principal, { id: item.id, version: item.version, reason: '属市场经营主体之间的合同纠纷，请通过市场监管部门或司法途径解决' }, ports);
      continue;
    }
    const overdue = spec.to === 'OVERDUE' && sameYear;
    const assignPorts = overdue ? { ...ports, now: () => monthAgo } : ports;
    item = await assignLedgerItem(
      principal,
      {
        id: item.id, version: item.version, handlerUnitId: spec.handlerUnit ? unit(spec.handlerUnit) : null, handlerDepartment: spec.department ?? null,
        dueOn: overdue ? dayAfter(monthAgo, 7) : dayAfter(now, 30), note: '请按期办结并反馈提出单位',
      },
      assignPorts,
    );
    if (spec.to === 'ASSIGNED' || spec.to === 'OVERDUE') continue;
    item = await reportLedgerProgress(principal, { id: item.id, note: '已与提出单位现场对接，正在制定方案' }, ports);
    if (spec.to === 'PROGRESS') continue;
    item = await resolveLedgerItem(principal, { id: item.id, version: item.version, resolution: '经协调已形成解决方案并落实，详见办理结果登记卡' }, ports);
    if (spec.to === 'RESOLVED') continue;
    await signOffLedgerItem(principal, { id: item.id, version: item.version, signedOffBy: '王建国（书记）', note: '对办理结果满意' }, ports);
  }
}
