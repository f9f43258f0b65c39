/**
 * Training records (学习培训): keys, index entry and item mapping. A training is never edited.
 *
 * | item      | pk                         | sk         |
 * |-----------|----------------------------|------------|
 * | training  | R#{r}#TRAINING#{training}  | #TRAINING  |
 *
 * | index | partition (gsiNpk)                           | sort key (gsiNsk)     | serves                              |
 * |-------|----------------------------------------------|-----------------------|-------------------------------------|
 * | gsi2  | R#{r}#TRAININGS#MEMBER#{member}#Y#{year}     | `{trainedOn}#{id}`    | a member's trainings of a year      |
 */
import type { TrainingRecord } from '../../domain/engagement/training';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';

export const TRAINING_TYPE = 'TRAINING';

export const trainingKey = (regionId: string, trainingId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#TRAINING#${trainingId}`, sk: '#TRAINING' });

export const trainingPartitions = {
  byMemberYear: (regionId: string, memberId: string, year: number): Partition => ({
    index: 'gsi2',
    partitionValue: `${regionRoot(regionId)}#TRAININGS#MEMBER#${memberId}#Y#${year}`,
  }),
};

const TRAINING_FIELDS = [
  'id', 'regionId', 'memberId', 'memberName', 'memberUnitId', 'trainedOn', 'year', 'hours', 'topic', 'provider', 'recordedAt', 'recordedBy',
] as const satisfies readonly (keyof TrainingRecord)[];

export const trainingToItem = (training: TrainingRecord) => ({
  ...trainingKey(training.regionId, training.id),
  type: TRAINING_TYPE,
  ...training,
  ...indexAttributes([trainingPartitions.byMemberYear(training.regionId, training.memberId, training.year)], `${training.trainedOn}#${training.id}`),
});

export function trainingFromItem(item: Record<string, unknown>): TrainingRecord {
  const training = pickFields<TrainingRecord>(item, TRAINING_FIELDS);
  training.year = Number(training.year);
  training.hours = Number(training.hours);
  return training;
}
