import { createHash } from 'node:crypto';
import type { RegionPrincipal } from '../functions/src/auth/principal';
import { uploadCharterVersion } from '../functions/src/domain/alliance/charter-service';
import { fileRepresentativeChange, listRepresentativeChanges } from '../functions/src/domain/alliance/representative-changes-service';
import { setCouncilTerm, setOfficer } from '../functions/src/domain/alliance/service';
import { createUpload } from '../functions/src/domain/files/service';
import { createSubBody } from '../functions/src/domain/alliance/sub-bodies-service';
import { createMeeting } from '../functions/src/domain/meetings/service';
import type { Ports } from '../functions/src/domain/ports';
import { updateUnit } from '../functions/src/domain/units/service';
import type { Unit } from '../functions/src/domain/units/unit';

/** Officers in the order appointed: the first 会长 is replaced by the second (历任). */
const OFFICERS = [
  { post: 'PRESIDENT', personName: '王建军', personTitle: '街道党工委书记（原）', unit: '长安街道党工委', termStart: '2021-03-01' },
  { post: 'PRESIDENT', personName: '李明华', personTitle: '街道党工委书记', unit: '长安街道党工委', termStart: '2024-03-01', termEnd: '2029-02-28' },
  { post: 'EXECUTIVE_VICE_PRESIDENT', personName: '陈国栋', personTitle: '街道办事处主任', unit: '长安街道党工委', termStart: '2024-03-01', termEnd: '2029-02-28' },
  { post: 'VICE_PRESIDENT', personName: '赵志刚', personTitle: '集团党委书记', unit: '华兴建设集团党委', termStart: '2024-03-01', termEnd: '2029-02-28' },
  { post: 'VICE_PRESIDENT', personName: '孙丽萍', personTitle: '医院党委书记', unit: '市第三人民医院党委', termStart: '2024-03-01', termEnd: '2029-02-28' },
  { post: 'ROTATING_VICE_PRESIDENT', personName: '周文博', personTitle: '学院党委副书记', unit: '滨江职业技术学院党委', termStart: '2026-01-01' },
  { post: 'SECRETARY_GENERAL', personName: '刘海燕', personTitle: '街道党工委组织委员', unit: '长安街道党工委', termStart: '2024-03-01', termEnd: '2029-02-28' },
] as const;

/** One body of each kind (002 art.15–18). */
const SUB_BODIES = [
  {
    kind: 'EXPERT_COMMITTEE', name: '党建专家咨询委员会', convener: '长安街道党工委', units: ['长安街道党工委', '滨江职业技术学院党委', '市农业科学研究院党委'],
    people: [{ name: '吴立新', title: '滨江职业技术学院马克思主义学院教授', unit: '滨江职业技术学院党委' }, { name: '郑秀兰', title: '退休老党员、原街道党工委副书记', unit: null }],
  },
  {
    kind: 'RESEARCH_COMMITTEE', name: '民生建设专业研究委员会', convener: '区住房和城乡建设局党总支',
    units: ['区住房和城乡建设局党总支', '市第三人民医院党委', '阳光养老服务中心党支部', '春晖社区党委'],
    people: [{ name: '黄建平', title: '主任（牵头单位）', unit: '区住房和城乡建设局党总支' }, { name: '孙丽萍', title: '主任（会员单位推荐）', unit: '市第三人民医院党委' }],
  },
  {
    kind: 'STREET_BRANCH', name: '幸福里片区分会', convener: '幸福里社区党委',
    units: ['幸福里社区党委', '华兴建设集团党委', '区税务局长安税务所党支部', '长安街道社会组织联合党支部'],
    people: [{ name: '马春梅', title: '分会会长、社区党委书记', unit: '幸福里社区党委' }, { name: '赵志刚', title: '分会轮值会长', unit: '华兴建设集团党委' }],
  },
] as const;

/** The charter's versions (章程), oldest first: the founding text and its revision. */
const CHARTER_VERSIONS = [
  { fileName: '长安街道区域化党建联合会章程.pdf', title: '长安街道区域化党建联合会章程', adoptedOn: '2021-03-01', adoptedBy: '第一次会员大会', note: '联合会成立时通过' },
  {
    fileName: '长安街道区域化党建联合会章程（2024年修订）.pdf', title: '长安街道区域化党建联合会章程（2024年修订）', adoptedOn: '2024-03-01', adoptedBy: '第二次会员大会',
    note: '增设专业研究委员会和街道分会（第十六至十八条）',
  },
] as const;

/** Changes of units' representatives and liaisons (变更备案): the first is filed by the secretariat, the second waits. */
const PEOPLE_CHANGES = [
  { unit: '华兴建设集团党委', field: 'representative', person: { name: '钱志远', title: '党委副书记', phone: '13905710001' }, filed: true },
  { unit: '市第三人民医院党委', field: 'liaison', person: { name: '林晓燕', title: '党办主任', phone: '13905710002' }, filed: false },
] as const;

/** A small PDF whose text names the document (the demo's file: any PDF reader opens it); the archive's seed files use it too. */
export function demoPdf(title: string, kind = 'charter'): Uint8Array {
  const text = `Gongjian demo ${kind}: ${Buffer.from(title).toString('hex').slice(0, 48)}`;
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** A PDF sent as the admin's browser sends one: announced (createUploadUrl), then PUT to the presigned URL. */
export async function uploadFile(ports: Ports, principal: RegionPrincipal, fileName: string, bytes: Uint8Array): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const upload = await createUpload(principal, { fileName, contentType: 'application/pdf', size: bytes.length, sha256 }, ports);
  const sent = await fetch(upload.url, { method: 'PUT', body: new Uint8Array(bytes), headers: Object.fromEntries(upload.headers.map((h) => [h.name, h.value])) });
  if (!sent.ok) throw new Error(`seed: the upload of ${fileName} was refused (${sent.status})`);
  return upload.uploadId;
}

/** The alliance's organisation of the demo region (联盟组织), written through the use cases. */
export async function seedAlliance(ports: Ports, principal: RegionPrincipal, { byName }: { byName: Map<string, Unit> }): Promise<void> {
  const unit = (name: string) => byName.get(name)!.id;
  for (const { unit: unitName, ...officer } of OFFICERS) await setOfficer(principal, { ...officer, unitId: unit(unitName) }, ports);
  await setCouncilTerm(principal, { start: '2024-03-01', end: '2029-02-28', version: 0 }, ports);
  const bodies = [];
  for (const body of SUB_BODIES) {
    const made = await createSubBody(
      principal,
      {
        kind: body.kind, name: body.name, convenerUnitId: unit(body.convener), unitIds: body.units.map(unit),
        people: body.people.map((p) => ({ name: p.name, title: p.title, unitId: p.unit ? unit(p.unit) : null })),
      },
      ports,
    );
    bodies.push(made);
  }
  // The street branch's half-yearly meeting, held by the branch: its member units are the invitees (a draft, next month).
  const branch = bodies.find((b) => b.kind === 'STREET_BRANCH')!;
  const startsAt = new Date(ports.now().getTime() + 30 * 86_400_000);
  startsAt.setUTCHours(6, 30, 0, 0);
  await createMeeting(
    principal,
    {
      title: `${branch.name}下半年工作会议`, kind: 'TOPIC_MEETING', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      place: '幸福里社区党群服务中心', subBodyId: branch.id, agenda: [{ title: '片区共建项目推进情况', presenterUnitId: branch.convenerUnitId }],
    },
    ports,
  );
  for (const version of CHARTER_VERSIONS) {
    const uploadId = await uploadFile(ports, principal, version.fileName, demoPdf(version.title));
    await uploadCharterVersion(principal, { uploadId, title: version.title, adoptedOn: version.adoptedOn, adoptedBy: version.adoptedBy, note: version.note }, ports);
  }
  for (const change of PEOPLE_CHANGES) {
    const current = (await ports.units.get(principal.regionId, unit(change.unit)))!;
    await updateUnit(principal, { id: current.id, version: current.version, [change.field]: change.person }, ports);
    if (!change.filed) continue;
    const [made] = (await listRepresentativeChanges(principal, { filter: { unitId: current.id, filed: false }, first: 1 }, ports)).edges;
    await fileRepresentativeChange(principal, { id: made!.node.id, version: made!.node.version }, ports);
  }
}

