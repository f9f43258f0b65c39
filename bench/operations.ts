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
];

/** The three requests the admin's unit page sends when it opens (the page, then its two cards). */
export const UNIT_PAGE_PARTS = ['unit-page', 'unit-page-children', 'unit-page-pairings'] as const;

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
