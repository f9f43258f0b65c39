/**
 * The points ledger (积分台账), members' year figures and the region's rules per year: keys, index entries, item
 * mapping, and the steps of a credit.
 *
 * | item                                        | pk                              | sk          |
 * |---------------------------------------------|---------------------------------|-------------|
 * | ledger entry (its id: a source credits once) | R#{r}#POINTS#{entry}            | #ENTRY      |
 * | a member's figures of a year (counters)     | R#{r}#FIGURES#{member}          | Y#{year}    |
 * | the rules of a year                         | R#{r}#ENGAGEMENTRULES           | Y#{year}    |
 *
 * | index | partition (gsiNpk)                        | sort key (gsiNsk)    | serves                                   |
 * |-------|-------------------------------------------|----------------------|------------------------------------------|
 * | gsi2  | R#{r}#POINTS#MEMBER#{member}#Y#{year}     | `{createdAt}#{id}`   | a member's entries of a year, newest first |
 * | gsi1  | R#{r}#FIGURES#Y#{year} (figures)          | `{member}`           | the members with figures in a year       |
 *
 * The figures item is created by the first credit's ADD (no read first): the same update sets its keys and index
 * entry, so a credit never needs to know whether the member had figures.
 */
import type { Credit, EngagementRules, MemberYearFigures, PointsEntry } from '../../domain/engagement/points';
import { AlreadyTakenError } from '../../domain/write-refusals';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';
import type { TransactStep } from '../transact';

export const POINTS_ENTRY_TYPE = 'POINTS_ENTRY';
export const MEMBER_YEAR_FIGURES_TYPE = 'MEMBER_YEAR_FIGURES';
export const ENGAGEMENT_RULES_TYPE = 'ENGAGEMENT_RULES';

export const pointsEntryKey = (regionId: string, entryId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#POINTS#${entryId}`, sk: '#ENTRY' });
export const memberYearFiguresKey = (regionId: string, memberId: string, year: number): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#FIGURES#${memberId}`,
  sk: `Y#${year}`,
});
export const engagementRulesKey = (regionId: string, year: number): PrimaryKey => ({ pk: `${regionRoot(regionId)}#ENGAGEMENTRULES`, sk: `Y#${year}` });

export const pointsPartitions = {
  entriesOf: (regionId: string, memberId: string, year: number): Partition => ({
    index: 'gsi2',
    partitionValue: `${regionRoot(regionId)}#POINTS#MEMBER#${memberId}#Y#${year}`,
  }),
  figuresOfYear: (regionId: string, year: number): Partition => ({ index: 'gsi1', partitionValue: `${regionRoot(regionId)}#FIGURES#Y#${year}` }),
};

const ENTRY_FIELDS = [
  'id', 'regionId', 'memberId', 'year', 'kind', 'correcting', 'sourceId', 'basis', 'points', 'reason', 'rulesVersion', 'createdAt', 'createdBy',
] as const satisfies readonly (keyof PointsEntry)[];

export const pointsEntryToItem = (entry: PointsEntry) => ({
  ...pointsEntryKey(entry.regionId, entry.id),
  type: POINTS_ENTRY_TYPE,
  ...entry,
  ...indexAttributes([pointsPartitions.entriesOf(entry.regionId, entry.memberId, entry.year)], `${entry.createdAt}#${entry.id}`),
});

export function pointsEntryFromItem(item: Record<string, unknown>): PointsEntry {
  const entry = pickFields<PointsEntry>(item, ENTRY_FIELDS);
  entry.year = Number(entry.year);
  entry.basis = entry.basis === null ? null : Number(entry.basis);
  entry.points = Number(entry.points);
  entry.rulesVersion = Number(entry.rulesVersion);
  return entry;
}

/** The counters of the figures item; `points` moves by the entry's points. */
const COUNTERS = ['serviceHours', 'trainingHours', 'postMonths', 'meetingsAttended', 'points'] as const;

export function figuresFromItem(item: Record<string, unknown>): MemberYearFigures {
  const figures = { regionId: String(item.regionId), memberId: String(item.memberId), year: Number(item.year) } as MemberYearFigures;
  for (const counter of COUNTERS) figures[counter] = Number(item[counter] ?? 0);
  return figures;
}

/**
 * The steps of a credit (PointsStore.credit's promises), to go in the transaction of the write it belongs to: the
 * entry put where its id is free (AlreadyTaken('points-entry') otherwise), and the member's figures of the year
 * moved by ADD, created at zero with their keys when absent. Every counter is added (0 for the unmoved), so a
 * figures item always has all of them.
 */
export function creditSteps(tableName: string, credit: Credit): TransactStep[] {
  const { entry } = credit;
  const moved: Record<(typeof COUNTERS)[number], number> = {
    serviceHours: credit.figures.serviceHours ?? 0,
    trainingHours: credit.figures.trainingHours ?? 0,
    postMonths: credit.figures.postMonths ?? 0,
    meetingsAttended: credit.figures.meetingsAttended ?? 0,
    points: entry.points,
  };
  const figuresOfYear = pointsPartitions.figuresOfYear(entry.regionId, entry.year);
  const names: Record<string, string> = { '#type': 'type', '#region': 'regionId', '#member': 'memberId', '#year': 'year', '#gpk': 'gsi1pk', '#gsk': 'gsi1sk' };
  const values: Record<string, unknown> = {
    ':type': MEMBER_YEAR_FIGURES_TYPE, ':region': entry.regionId, ':member': entry.memberId, ':year': entry.year,
    ':gpk': figuresOfYear.partitionValue, ':gsk': entry.memberId,
  };
  const adds = COUNTERS.map((counter, i) => {
    names[`#c${i}`] = counter;
    values[`:c${i}`] = moved[counter];
    return `#c${i} :c${i}`;
  });
  return [
    {
      item: { Put: { TableName: tableName, Item: pointsEntryToItem(entry), ConditionExpression: 'attribute_not_exists(pk)' } },
      onConditionFailed: () => new AlreadyTakenError('points-entry', entry.id),
    },
    {
      item: {
        Update: {
          TableName: tableName,
          Key: memberYearFiguresKey(entry.regionId, entry.memberId, entry.year),
          UpdateExpression: `SET #type = :type, #region = :region, #member = :member, #year = :year, #gpk = :gpk, #gsk = :gsk ADD ${adds.join(', ')}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
    },
  ];
}

const RULES_FIELDS = [
  'regionId', 'year', 'pointsPerServiceHour', 'pointsPerMeeting', 'pointsPerPostMonth', 'pointsPerTrainingHour', 'starPoints', 'volunteerStarHours',
  'capGradeWithoutReport', 'version', 'updatedAt', 'updatedBy',
] as const satisfies readonly (keyof EngagementRules)[];

export const engagementRulesToItem = (rules: EngagementRules) => ({ ...engagementRulesKey(rules.regionId, rules.year), type: ENGAGEMENT_RULES_TYPE, ...rules });

export function engagementRulesFromItem(item: Record<string, unknown>): EngagementRules {
  const rules = pickFields<EngagementRules>(item, RULES_FIELDS);
  for (const field of ['year', 'pointsPerServiceHour', 'pointsPerMeeting', 'pointsPerPostMonth', 'pointsPerTrainingHour', 'version'] as const) rules[field] = Number(rules[field]);
  rules.starPoints = (rules.starPoints ?? []).map(Number);
  rules.volunteerStarHours = (rules.volunteerStarHours ?? []).map(Number);
  rules.capGradeWithoutReport = Boolean(rules.capGradeWithoutReport);
  return rules;
}
