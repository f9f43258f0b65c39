/**
 * The alliance's organisation (domain/alliance/model.ts): officers with their posts' holder guards, the settings, and
 * the bodies (专门委员会与分会) with their name guards.
 *
 * | item                          | pk                              | sk                 |
 * |-------------------------------|---------------------------------|--------------------|
 * | officer (current or past)     | R#{r}#OFFICERS                  | OFFICER#{id}       |
 * | holder of a single-holder post| R#{r}#OFFICERS                  | #POST#{post}       |
 * | alliance settings             | R#{r}#ALLIANCE                  | #SETTINGS          |
 * | sub-body                      | R#{r}#SUBBODY#{id}              | #SUBBODY           |
 * | sub-body name guard           | R#{r}#SUBBODYNAME#{nameKey}     | #UNIQUE            |
 *
 * Officers share one partition: a region has tens of them over decades, read together (sk begins_with OFFICER#).
 * The post's holder item names the current holder (`holderId`, '' when vacant): an appointment moves it from the
 * holder it replaced, so two appointments to one post cannot both succeed.
 *
 * Index entries of a sub-body, sorted by the name's pinyin sort key (domain/names.ts) then the id:
 * | index | partition                       | serves                    |
 * |-------|---------------------------------|---------------------------|
 * | gsi1  | R#{r}#SUBBODIES                 | every body by name        |
 * | gsi3  | R#{r}#SUBBODIES#{kind}          | a kind's bodies by name   |
 */
import type { AllianceSettings, Officer, OfficerPost, SubBody, SubBodyKind } from '../../domain/alliance/model';
import { nameKey, nameSortKey } from '../../domain/names';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';

export const OFFICER_TYPE = 'OFFICER';
export const OFFICER_POST_TYPE = 'OFFICER_POST';
export const ALLIANCE_SETTINGS_TYPE = 'ALLIANCE_SETTINGS';
export const SUB_BODY_TYPE = 'SUB_BODY';
export const SUB_BODY_NAME_TYPE = 'SUB_BODY_NAME';

/** The sort key prefix of the officer items in their partition (the post holders' items sort apart, under #POST#). */
export const OFFICER_PREFIX = 'OFFICER#';

export const officersPartition = (regionId: string): Partition => ({ partitionValue: `${regionRoot(regionId)}#OFFICERS` });
export const officerKey = (regionId: string, officerId: string): PrimaryKey => ({ pk: officersPartition(regionId).partitionValue, sk: `${OFFICER_PREFIX}${officerId}` });
export const postHolderKey = (regionId: string, post: OfficerPost): PrimaryKey => ({ pk: officersPartition(regionId).partitionValue, sk: `#POST#${post}` });
export const allianceSettingsKey = (regionId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#ALLIANCE`, sk: '#SETTINGS' });
export const subBodyKey = (regionId: string, subBodyId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#SUBBODY#${subBodyId}`, sk: '#SUBBODY' });
export const subBodyNameGuardKey = (regionId: string, name: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#SUBBODYNAME#${nameKey(name)}`, sk: '#UNIQUE' });

export const subBodyPartitions = {
  all: (regionId: string): Partition => ({ index: 'gsi1', partitionValue: `${regionRoot(regionId)}#SUBBODIES` }),
  byKind: (regionId: string, kind: SubBodyKind): Partition => ({ index: 'gsi3', partitionValue: `${regionRoot(regionId)}#SUBBODIES#${kind}` }),
};

const OFFICER_FIELDS = [
  'id', 'regionId', 'post', 'personName', 'personTitle', 'unitId', 'termStart', 'termEnd', 'current', 'endReason', 'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof Officer)[];

export const officerToItem = (officer: Officer) => ({ ...officerKey(officer.regionId, officer.id), type: OFFICER_TYPE, ...officer });

export function officerFromItem(item: Record<string, unknown>): Officer {
  const officer = pickFields<Officer>(item, OFFICER_FIELDS);
  officer.version = Number(officer.version);
  officer.current = Boolean(officer.current);
  return officer;
}

export const postHolderItem = (regionId: string, post: OfficerPost, holderId: string) => ({ ...postHolderKey(regionId, post), type: OFFICER_POST_TYPE, post, holderId });

export const allianceSettingsToItem = (settings: AllianceSettings) => ({ ...allianceSettingsKey(settings.regionId), type: ALLIANCE_SETTINGS_TYPE, ...settings });

export function allianceSettingsFromItem(item: Record<string, unknown>): AllianceSettings {
  const settings = pickFields<AllianceSettings>(item, ['regionId', 'councilTermStart', 'councilTermEnd', 'version']);
  settings.version = Number(settings.version);
  return settings;
}

const SUB_BODY_FIELDS = [
  'id', 'regionId', 'kind', 'name', 'convenerUnitId', 'unitIds', 'people', 'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof SubBody)[];

export async function subBodyToItem(body: SubBody) {
  const sortKey = `${await nameSortKey(body.name)}#${body.id}`;
  return {
    ...subBodyKey(body.regionId, body.id),
    type: SUB_BODY_TYPE,
    ...body,
    ...indexAttributes([subBodyPartitions.all(body.regionId), subBodyPartitions.byKind(body.regionId, body.kind)], sortKey),
  };
}

export function subBodyFromItem(item: Record<string, unknown>): SubBody {
  const body = pickFields<SubBody>(item, SUB_BODY_FIELDS);
  body.version = Number(body.version);
  body.unitIds = (body.unitIds as string[] | null) ?? [];
  body.people = (body.people as SubBody['people'] | null) ?? [];
  return body;
}

export const subBodyNameGuardItem = (body: Pick<SubBody, 'regionId' | 'id' | 'name'>) => ({
  ...subBodyNameGuardKey(body.regionId, body.name), type: SUB_BODY_NAME_TYPE, subBodyId: body.id, name: body.name,
});
