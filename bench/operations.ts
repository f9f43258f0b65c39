import { Kind, print, type DocumentNode } from 'graphql';
import * as generated from '../admin/src/gql/graphql';
import type { Dataset } from './dataset';
import { ROSTER_FILTER } from './roster-dataset';

/**
 * The admin's own operations, found by operation name among the documents codegen generates from
 * admin/src (so a change of what a page asks for changes what the bench measures). A name that is gone
 * fails the bench (and its quick test) with a message, rather than the typecheck of the whole project.
 */
export function adminOperation(...names: string[]): string {
  const documents = Object.values(generated).filter(
    (value): value is DocumentNode => !!value && typeof value === 'object' && (value as DocumentNode).kind === Kind.DOCUMENT,
  );
  for (const name of names) {
    const found = documents.find((d) => d.definitions.some((def) => def.kind === Kind.OPERATION_DEFINITION && def.name?.value === name));
    if (found) return print(found);
  }
  throw new Error(`bench: the admin has no operation named ${names.join(' or ')} any more (admin/src/gql/graphql.ts): update bench/operations.ts`);
}

/** Page sizes the admin uses: tables 20 (the first of 20/50/100), the tree 50, the unit picker 20. */
export const ADMIN_PAGE = 20;
export const TREE_PAGE = 50;
/** The 民主评议 grid's page (admin/src/routes/member-records/evaluation/grid.tsx). */
export const GRID_PAGE = 50;

export const OPERATIONS = {
  /** The shell's signed-in viewer (asked once per session). */
  viewer: adminOperation('Viewer', 'SignedInViewer'),
  unitList: adminOperation('UnitList'),
  unitOptions: adminOperation('UnitOptions'),
  treeRoots: adminOperation('TreeRoots'),
  treeChildren: adminOperation('TreeChildren'),
  unitPage: adminOperation('UnitPage'),
  unitChildren: adminOperation('UnitChildren'),
  unitPairings: adminOperation('UnitPairings'),
  unitForEdit: adminOperation('UnitForEdit'),
  createUnit: adminOperation('CreateUnit'),
  updateUnit: adminOperation('UpdateUnit'),
  registerUnit: adminOperation('RegisterUnit'),
  changeUnitStatus: adminOperation('ChangeUnitStatus'),
  deleteUnit: adminOperation('DeleteUnit'),
  createPairing: adminOperation('CreatePairing'),
  endPairing: adminOperation('EndPairing'),
  createUploadUrl: adminOperation('CreateUploadUrl'),
  // 三张清单 (lists)
  needList: adminOperation('NeedList'),
  resourceList: adminOperation('ResourceList'),
  projectList: adminOperation('ProjectList'),
  projectPage: adminOperation('ProjectPage'),
  projectProgress: adminOperation('ProjectProgress'),
  claimHall: adminOperation('ClaimHall'),
  listYear: adminOperation('ListYear'),
  // 双报到 (engagement)
  communityReportList: adminOperation('CommunityReportList'),
  postList: adminOperation('PostList'),
  postPage: adminOperation('PostPage'),
  // 党员积分评议 (member records)
  serviceRecordList: adminOperation('ServiceRecordList'),
  memberPoints: adminOperation('MemberPoints'),
  memberPointsEntries: adminOperation('MemberPointsEntries'),
  evaluationGrid: adminOperation('EvaluationGrid'),
  unitEvaluation: adminOperation('UnitEvaluation'),
  trainingStatus: adminOperation('TrainingStatusList'),
  engagementRules: adminOperation('EngagementRules'),
  // 联席会议: the meeting page's steps and 督办事项
  meetingPage: adminOperation('MeetingPage'),
  meetingAttendance: adminOperation('MeetingAttendance'),
  meetingMinutes: adminOperation('MeetingMinutes'),
  meetingResolutions: adminOperation('MeetingResolutions'),
  supervisionList: adminOperation('SupervisionList'),
  allianceOfficers: adminOperation('AllianceOfficers'),
  accountList: adminOperation('AccountList'),
  subBodies: adminOperation('SubBodies'),
  archiveFolders: adminOperation('ArchiveFolders'),
  archiveDocuments: adminOperation('ArchiveDocuments'),
  archiveDocument: adminOperation('ArchiveDocument'),
};

/**
 * The issue ledger (意见台账) has no admin pages yet: until it has, the bench asks what its pages would — a row
 * (number, kind, title, status, the two units, due date, overdue), an item's page (every field, the timeline,
 * what the caller may do), the year's figures. When the pages land, take their operations by name as above.
 */
const LEDGER_ROW = `
  id number year kind title category status overdue dueOn raisedAt assignedAt handlerDepartment version
  raisedByUnit { id name } handlerUnit { id name }`;
export const LEDGER_OPERATIONS = {
  ledgerItems: `query BenchLedgerItems($first: Int!, $after: String, $filter: LedgerFilter!) {
  ledgerItems(first: $first, after: $after, filter: $filter) { edges { cursor node { ${LEDGER_ROW} } } pageInfo { endCursor hasNextPage } }
}`,
  ledgerItem: `query BenchLedgerItem($id: ID!) {
  ledgerItem(id: $id) {
    ${LEDGER_ROW}
    description raisedByUnitId raisedBy handlerUnitId resolution resolvedAt signedOffBy signedOffAt declineReason reopenCount
    files { name contentType size uploadedAt downloadUrl }
    history { at by action note files { name contentType size uploadedAt downloadUrl } }
    allowedActions createdAt updatedAt
  }
}`,
  ledgerYear: `query BenchLedgerYear($year: Int!) { ledgerYear(year: $year) { year total overdue byStatus { status count } } }`,
};

/** A query of an admin page: its figure name, the page it belongs to, and what it sends. */
export interface PageQuery {
  name: string;
  page: string;
  /** A list page: its DynamoDB requests must not grow with the data size. */
  list: boolean;
  query: string;
  variables: (data: Dataset) => Record<string, unknown>;
  /** Also measured in the scale figures (the region's big list). */
  scale?: boolean;
}

export const PAGE_QUERIES: PageQuery[] = [
  { name: 'shell-viewer', page: 'every page (shell)', list: false, query: OPERATIONS.viewer, variables: () => ({}) },
  { name: 'units-page', page: 'units', list: true, scale: true, query: OPERATIONS.unitList, variables: () => ({ first: ADMIN_PAGE, after: null, filter: {} }) },
  {
    name: 'units-page-kind', page: 'units (filter: host kind)', list: true, scale: true, query: OPERATIONS.unitList,
    variables: () => ({ first: ADMIN_PAGE, after: null, filter: { hostKind: 'SCHOOL' } }),
  },
  {
    name: 'units-page-kind-level', page: 'units (filter: host kind + level, one key: gsi7)', list: true, scale: true, query: OPERATIONS.unitList,
    variables: () => ({ first: ADMIN_PAGE, after: null, filter: { hostKind: 'SCHOOL', level: 'GENERAL_BRANCH' } }),
  },
  {
    name: 'units-page-level', page: 'units (filter: level alone, no key: a bounded filter)', list: false, scale: true, query: OPERATIONS.unitList,
    variables: () => ({ first: ADMIN_PAGE, after: null, filter: { level: 'JOINT_BRANCH' } }),
  },
  {
    name: 'units-page-unpaired', page: 'units (filter: 仅显示未结对)', list: true, scale: true, query: OPERATIONS.unitList,
    variables: () => ({ first: ADMIN_PAGE, after: null, filter: { unpaired: true } }),
  },
  {
    name: 'units-page-name', page: 'units (filter: name prefix)', list: true, scale: true, query: OPERATIONS.unitList,
    variables: () => ({ first: ADMIN_PAGE, after: null, filter: { namePrefix: '成员单位0' } }),
  },
  {
    name: 'unit-picker', page: 'unit picker (村/社区 by name)', list: true, scale: true, query: OPERATIONS.unitOptions,
    variables: () => ({ first: ADMIN_PAGE, filter: { namePrefix: '基准', hostKind: 'COMMUNITY' } }),
  },
  { name: 'unit-tree-roots', page: 'unit tree', list: true, query: OPERATIONS.treeRoots, variables: () => ({ first: TREE_PAGE, after: null }) },
  {
    name: 'unit-tree-children', page: 'unit tree (open a node)', list: true, scale: true, query: OPERATIONS.treeChildren,
    variables: (d) => ({ id: d.community.id, first: TREE_PAGE, after: null }),
  },
  { name: 'unit-page', page: 'unit page (a community)', list: false, scale: true, query: OPERATIONS.unitPage, variables: (d) => ({ id: d.community.id }) },
  {
    name: 'unit-page-children', page: 'unit page: children card', list: true, scale: true, query: OPERATIONS.unitChildren,
    variables: (d) => ({ id: d.community.id, first: ADMIN_PAGE, after: null }),
  },
  {
    name: 'unit-page-pairings', page: 'unit page: pairings card', list: true, query: OPERATIONS.unitPairings,
    variables: (d) => ({ id: d.community.id, first: ADMIN_PAGE, after: null }),
  },
  { name: 'unit-page-member', page: 'unit page (a registered member unit)', list: false, query: OPERATIONS.unitPage, variables: (d) => ({ id: d.member.id }) },
  { name: 'unit-edit', page: 'unit form (edit)', list: false, query: OPERATIONS.unitForEdit, variables: (d) => ({ id: d.member.id }) },
  ...AREA_QUERIES(),
];

/** The three requests the admin's unit page sends when it opens (the page, then its two cards). */
export const UNIT_PAGE_PARTS = ['unit-page', 'unit-page-children', 'unit-page-pairings'] as const;
/** The two requests the admin's project page sends when it opens (the page, then its progress card). */
export const PROJECT_PAGE_PARTS = ['project-page', 'project-page-progress'] as const;
/** Figures that add up the requests a page sends when it opens: `<page>-total`. */
export const PAGE_TOTALS: Record<string, readonly string[]> = { 'unit-page-total': UNIT_PAGE_PARTS, 'project-page-total': PROJECT_PAGE_PARTS };

/** The area data of a dataset (seeded with `areas: true`, as the round trips are). */
function areas(d: Dataset) {
  if (!d.areas) throw new Error('bench: this dataset has no area data (seedDataset with areas: true)');
  return d.areas;
}
const year = (d: Dataset) => areas(d).year;

/**
 * The later areas' pages (bench/dataset-areas.ts seeds what they show), with what each page sends when it
 * opens: the year's first page of 20 (the grid 50), the default filters (the inbox: 待确认). None is a scale
 * figure: the scale dataset has units and members only.
 */
function AREA_QUERIES(): PageQuery[] {
  return [
    // 三张清单
    { name: 'needs-page', page: '需求清单 (a year\'s needs)', list: true, query: OPERATIONS.needList, variables: (d) => ({ first: ADMIN_PAGE, after: null, filter: { year: year(d) } }) },
    {
      name: 'resources-page', page: '资源清单 (a year\'s resources, each of another unit)', list: true, query: OPERATIONS.resourceList,
      variables: (d) => ({ first: ADMIN_PAGE, after: null, filter: { year: year(d) } }),
    },
    { name: 'projects-page', page: '项目清单 (a year\'s projects)', list: true, query: OPERATIONS.projectList, variables: (d) => ({ first: ADMIN_PAGE, after: null, filter: { year: year(d) } }) },
    { name: 'project-page', page: 'project page (claims by up to 25 units, up to 10 resources)', list: false, query: OPERATIONS.projectPage, variables: (d) => ({ id: areas(d).project.id }) },
    { name: 'project-page-progress', page: 'project page: progress card', list: true, query: OPERATIONS.projectProgress, variables: (d) => ({ id: areas(d).project.id, after: null }) },
    { name: 'claim-hall', page: '认领大厅 (claimableProjects)', list: true, query: OPERATIONS.claimHall, variables: (d) => ({ year: year(d), first: ADMIN_PAGE, after: null }) },
    { name: 'list-year', page: 'the lists\' year in figures (listYear)', list: false, query: OPERATIONS.listYear, variables: (d) => ({ year: year(d) }) },
    // 双报到
    {
      name: 'reports-inbox', page: '报到 inbox (a community, 待确认)', list: true, query: OPERATIONS.communityReportList,
      variables: (d) => ({ first: ADMIN_PAGE, after: null, filter: { communityUnitId: d.community.id, status: 'PENDING' } }),
    },
    {
      name: 'reports-unit', page: 'a unit\'s members\' reports', list: true, query: OPERATIONS.communityReportList,
      variables: (d) => ({ first: ADMIN_PAGE, after: null, filter: { memberUnitId: d.member.id } }),
    },
    {
      name: 'posts-page', page: '岗位 (a community\'s posts)', list: true, query: OPERATIONS.postList,
      variables: (d) => ({ communityUnitId: d.community.id, includeClosed: false, first: ADMIN_PAGE, after: null }),
    },
    { name: 'post-page', page: 'post page (held by up to 20 members)', list: false, query: OPERATIONS.postPage, variables: (d) => ({ id: areas(d).post.id }) },
    // 党员积分评议
    {
      name: 'service-records', page: '志愿服务 (a community\'s records, 待确认)', list: true, query: OPERATIONS.serviceRecordList,
      variables: (d) => ({ first: ADMIN_PAGE, after: null, filter: { communityUnitId: d.community.id, status: 'PENDING' } }),
    },
    { name: 'member-points', page: 'a member\'s points (memberPoints)', list: false, query: OPERATIONS.memberPoints, variables: (d) => ({ memberId: areas(d).pointsMember.id, year: year(d) }) },
    {
      name: 'member-points-entries', page: 'a member\'s points: the entries', list: true, query: OPERATIONS.memberPointsEntries,
      variables: (d) => ({ memberId: areas(d).pointsMember.id, year: year(d), first: ADMIN_PAGE, after: null }),
    },
    {
      // A flat list: its page of members, then batches of their grades, figures, confirmed-report summaries and
      // reports (until 2026-12-01 it read every confirmed report of the unit: 6 requests at 10, 20 at 1,000).
      name: 'evaluation-grid', page: '民主评议 grid (a unit\'s members, 50, with their grades and community feedback)', list: true, query: OPERATIONS.evaluationGrid,
      variables: (d) => ({ unitId: d.member.id, year: year(d), first: GRID_PAGE, after: null }),
    },
    { name: 'unit-evaluation', page: '民主评议: the unit\'s figures', list: false, query: OPERATIONS.unitEvaluation, variables: (d) => ({ unitId: d.member.id, year: year(d) }) },
    {
      name: 'training-status', page: '学习培训 (a unit\'s members against their minimum)', list: true, query: OPERATIONS.trainingStatus,
      variables: (d) => ({ unitId: d.member.id, year: year(d), onlyShort: false, first: ADMIN_PAGE, after: null }),
    },
    {
      name: 'training-status-short', page: '学习培训 (only those short)', list: true, query: OPERATIONS.trainingStatus,
      variables: (d) => ({ unitId: d.member.id, year: year(d), onlyShort: true, first: ADMIN_PAGE, after: null }),
    },
    { name: 'engagement-rules', page: '积分规则 (the year\'s rules)', list: false, query: OPERATIONS.engagementRules, variables: (d) => ({ year: year(d) }) },
    // 意见台账 (no admin page yet: LEDGER_OPERATIONS)
    { name: 'ledger-items', page: '意见台账 (a year\'s items)', list: true, query: LEDGER_OPERATIONS.ledgerItems, variables: (d) => ({ first: ADMIN_PAGE, after: null, filter: { year: year(d) } }) },
    {
      name: 'ledger-overdue', page: '意见台账 (overdue)', list: true, query: LEDGER_OPERATIONS.ledgerItems,
      variables: (d) => ({ first: ADMIN_PAGE, after: null, filter: { year: year(d), overdue: true } }),
    },
    { name: 'ledger-item', page: 'a ledger item (closed: its whole timeline)', list: false, query: LEDGER_OPERATIONS.ledgerItem, variables: (d) => ({ id: areas(d).ledgerItem.id }) },
    // Counts the overdue items by reading them (100 a Query, at most 10): grows with the overdue items.
    { name: 'ledger-year', page: 'the ledger\'s year in figures (reads the overdue items)', list: false, query: LEDGER_OPERATIONS.ledgerYear, variables: (d) => ({ year: year(d) }) },
    // 联席会议: a held meeting of min(N, 200) units (bench/dataset-areas.ts); each step reads the whole meeting's part.
    { name: 'meeting-page', page: 'meeting page (议程)', list: false, query: OPERATIONS.meetingPage, variables: (d) => ({ id: areas(d).meeting.id }) },
    { name: 'meeting-attendance', page: 'meeting page: 签到 (every invited unit)', list: false, query: OPERATIONS.meetingAttendance, variables: (d) => ({ id: areas(d).meeting.id }) },
    { name: 'meeting-minutes', page: 'meeting page: 纪要 (minutes and every unit\'s position per item)', list: false, query: OPERATIONS.meetingMinutes, variables: (d) => ({ id: areas(d).meeting.id }) },
    { name: 'meeting-resolutions', page: 'meeting page: 决议与落实', list: false, query: OPERATIONS.meetingResolutions, variables: (d) => ({ id: areas(d).meeting.id }) },
    { name: 'supervision-list', page: '督办事项 (the region\'s action items)', list: true, query: OPERATIONS.supervisionList, variables: () => ({ first: ADMIN_PAGE, after: null, filter: {} }) },
    { name: 'accounts-page', page: '账号管理 (the region\'s accounts, each with its unit)', list: true, query: OPERATIONS.accountList, variables: () => ({ first: ADMIN_PAGE, after: null, filter: {} }) },
    // 联盟组织: officers (with their units) and the committees and branches (min(N, 30), each of 10 units and people).
    { name: 'alliance-officers', page: '联盟组织: officers (current and past)', list: false, query: OPERATIONS.allianceOfficers, variables: () => ({}) },
    { name: 'sub-bodies-page', page: '联盟组织: committees and branches', list: true, query: OPERATIONS.subBodies, variables: () => ({ first: ADMIN_PAGE }) },
    // 档案: N documents this year in the 13 folders (every third of one unit).
    { name: 'archive-folders', page: '档案: the folder tree (counts of a year)', list: false, query: OPERATIONS.archiveFolders, variables: (d) => ({ year: year(d) }) },
    {
      name: 'archive-page', page: '档案 (a year\'s documents)', list: true, query: OPERATIONS.archiveDocuments,
      variables: (d) => ({ first: ADMIN_PAGE, after: null, filter: { year: year(d) } }),
    },
    {
      name: 'archive-page-unit-folder', page: '档案 (a unit\'s folder)', list: true, query: OPERATIONS.archiveDocuments,
      variables: (d) => ({ first: ADMIN_PAGE, after: null, filter: { year: year(d), unitId: d.member.id, folder: 'ORGANISATION_LIFE_RECORD' } }),
    },
    { name: 'archive-document', page: '档案: a document with its versions', list: false, query: OPERATIONS.archiveDocument, variables: (d) => ({ id: areas(d).archiveDocument.id, first: ADMIN_PAGE }) },
  ];
}

/** The admin's roster page (党员名册): its own query, so what the page asks for is what the bench measures. */
export const ROSTER_LIST = adminOperation('MemberList');

const rosterPage = (filter: (d: Dataset) => Record<string, unknown>) => (d: Dataset) => ({ first: ADMIN_PAGE, after: null, filter: filter(d) });

/**
 * The roster's first page (20, by name) and each filter alone, plus unit + category (one key: gsi7): the
 * scale figures `roster` and `roster-<filter>` (bench/README.md, 5). The values are ones the seeded roster
 * holds at every size (bench/roster-dataset.ts).
 */
export const ROSTER_QUERIES: PageQuery[] = [
  { name: 'roster', page: 'roster', list: true, scale: true, query: ROSTER_LIST, variables: rosterPage(() => ({})) },
  { name: 'roster-unit', page: 'roster (filter: 所在党组织)', list: true, scale: true, query: ROSTER_LIST, variables: rosterPage((d) => ({ unitId: d.member.id })) },
  {
    name: 'roster-community', page: 'roster (filter: 居住社区)', list: true, scale: true, query: ROSTER_LIST,
    variables: rosterPage((d) => ({ communityId: d.community.id })),
  },
  { name: 'roster-category', page: 'roster (filter: 类别)', list: true, scale: true, query: ROSTER_LIST, variables: rosterPage(() => ({ category: ROSTER_FILTER.category })) },
  { name: 'roster-status', page: 'roster (filter: 状态)', list: true, scale: true, query: ROSTER_LIST, variables: rosterPage(() => ({ status: ROSTER_FILTER.status })) },
  { name: 'roster-role', page: 'roster (filter: 职务)', list: true, scale: true, query: ROSTER_LIST, variables: rosterPage(() => ({ role: ROSTER_FILTER.role })) },
  {
    name: 'roster-name', page: 'roster (filter: name prefix, a surname: its own key)', list: true, scale: true, query: ROSTER_LIST,
    variables: rosterPage(() => ({ namePrefix: ROSTER_FILTER.surname })),
  },
  {
    name: 'roster-name-full', page: 'roster (filter: name prefix, a full name: a condition in the surname\'s partition)', list: false, scale: true,
    query: ROSTER_LIST, variables: rosterPage(() => ({ namePrefix: ROSTER_FILTER.fullName })),
  },
  {
    name: 'roster-unit-category', page: 'roster (filter: 所在党组织 + 类别, one key: gsi7)', list: true, scale: true, query: ROSTER_LIST,
    variables: rosterPage((d) => ({ unitId: d.member.id, category: ROSTER_FILTER.unitCategory })),
  },
];

/** The scale figures' queries: the unit lists marked `scale`, then the roster and each of its filters. */
export const SCALE_QUERIES: PageQuery[] = [...PAGE_QUERIES.filter((q) => q.scale), ...ROSTER_QUERIES];
