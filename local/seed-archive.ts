import type { RegionPrincipal } from '../functions/src/auth/principal';
import { addArchiveDocument, deleteArchiveDocument, replaceArchiveFile } from '../functions/src/domain/archive/service';
import type { Ports } from '../functions/src/domain/ports';
import type { Unit } from '../functions/src/domain/units/unit';
import { yearInChina } from '../functions/src/domain/validation';
import { demoPdf, uploadFile } from './seed-alliance';

/**
 * The demo region's archive (档案) this year, filed through the use cases: the liaison's unit's 党员基本信息名册 and its
 * 支部组织生活记实簿 (replaced once: two versions), the region's 共建协议 and a 会议记录, and one document deleted (the
 * 回收站 has it). Five small PDFs: quick to seed.
 */
export async function seedArchive(ports: Ports, principal: RegionPrincipal, { byName, liaisonUnit }: { byName: Map<string, Unit>; liaisonUnit: string }) {
  const year = yearInChina(ports.now());
  const unitId = byName.get(liaisonUnit)!.id;
  const file = (fileName: string, title: string) => uploadFile(ports, principal, fileName, demoPdf(title, 'archive'));
  const add = async (title: string, folder: string, fileName: string, extra: { unitId?: string; note?: string } = {}) =>
    addArchiveDocument(principal, { title, folder, year, uploadId: await file(fileName, title), ...extra }, ports);

  await add(`${liaisonUnit}党员基本信息名册（${year}年）`, 'MEMBER_ROSTER', '党员基本信息名册.pdf', { unitId, note: '年初核对更新' });
  const life = await add(`${liaisonUnit}支部组织生活记实簿（${year}年）`, 'ORGANISATION_LIFE_RECORD', '支部组织生活记实簿.pdf', { unitId });
  await replaceArchiveFile(
    principal,
    { id: life.id, version: life.version, uploadId: await file('支部组织生活记实簿（补充）.pdf', `${life.title}（补充）`), note: '补充第三季度组织生活会记录' },
    ports,
  );
  await add(`长安街道区域化党建共建协议（${year}年度）`, 'AGREEMENTS', '区域化党建共建协议.pdf', { note: '联合会与各会员单位签订' });
  await add('第三季度党建联席会议记录', 'MEETING_RECORDS', '第三季度党建联席会议记录.pdf');
  const mistaken = await add('活动照片说明（误传）', 'OTHER', '活动照片说明.pdf');
  await deleteArchiveDocument(principal, { id: mistaken.id, version: mistaken.version }, ports);
}
