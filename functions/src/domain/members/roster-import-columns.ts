/**
 * The roster's columns (党员名册): the fields an import fills, the headers the template and the export
 * write, and the header wordings found in the secretariat's own files, by which an import finds its header
 * row and maps its columns.
 */

/** A cell as read from a sheet: formulas replaced by their results, rich text flattened. */
export type Cell = string | number | Date | boolean | null;

/**
 * A sheet as plain rows: `grid[i]` is the sheet's row i + 1 and `grid[i][j]` its column j + 1 (A is 0), so
 * positions name the rows and columns the clerk sees. Rows may be shorter than others: a missing cell is empty.
 */
export type Grid = readonly (readonly Cell[])[];

/** A column's position in a grid row: 0 for column A. */
export type ColumnIndex = number;

export const ROSTER_FIELDS = [
  'name', 'gender', 'birthDate', 'idNumber', 'phone', 'status', 'joinedOn', 'category', 'unitName', 'communityName', 'roles', 'note',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** The headers the template and the export write, in this order. */
export const ROSTER_HEADERS: Record<RosterField, string> = {
  name: '姓名',
  gender: '性别',
  birthDate: '出生日期',
  idNumber: '身份证号码',
  phone: '联系电话',
  status: '党员状态',
  joinedOn: '入党日期',
  category: '党员类别',
  unitName: '所在党组织',
  communityName: '居住社区',
  roles: '党内/联盟职务',
  note: '备注',
};

/**
 * Columns an import cannot do without. Gender and birth date are not among them: the ID number carries
 * both (an empty cell takes the number's, a filled one must agree with it).
 */
export const REQUIRED_ROSTER_FIELDS: readonly RosterField[] = ['name', 'idNumber', 'status', 'joinedOn', 'category', 'unitName'];

/** Header wordings seen in the secretariat's files, each under its headerKey. */
const HEADER_ALIASES: Record<RosterField, readonly string[]> = {
  name: ['姓名', '党员姓名'],
  gender: ['性别'],
  birthDate: ['出生日期', '出生年月', '出生年月日'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '证件号码', '身份证'],
  phone: ['手机', '手机号', '手机号码', '联系电话', '电话', '电话号码', '联系方式'],
  status: ['党员状态', '人员类别', '党籍状态'],
  joinedOn: ['入党时间', '入党日期'],
  category: ['党员类别', '类别'],
  unitName: ['所在党组织', '所在支部', '所在党支部', '组织关系所在单位', '党组织名称'],
  communityName: ['居住社区', '现居住社区', '报到社区'],
  roles: ['职务', '党内职务', '党内/联盟职务', '联盟职务'],
  note: ['备注'],
};

/**
 * A header as compared: full-width made half-width, spaces and the required-field asterisk gone, and a
 * trailing explanation in brackets dropped ("出生日期（年月日）", "*姓名", "身 份 证 号").
 */
export const headerKey = (header: string): string =>
  header
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/[(\[【][^)\]】]*[)\]】]$/u, '');

const FIELD_BY_HEADER_KEY = new Map<string, RosterField>(
  ROSTER_FIELDS.flatMap((field) => HEADER_ALIASES[field].map((alias) => [headerKey(alias), field] as const)),
);

/** The field a header names, or null for a header the roster does not know. */
export const fieldOfHeader = (header: string): RosterField | null => FIELD_BY_HEADER_KEY.get(headerKey(header)) ?? null;
