/**
 * Resource (资源清单): keys, index entries and item mapping.
 *
 * | item     | pk                        | sk         |
 * |----------|---------------------------|------------|
 * | resource | R#{r}#RESOURCE#{resource} | #RESOURCE  |
 *
 * Index entries, every one sorted newest first by `{createdAt}#{id}` within the resource's year:
 * | index | partition (gsiNpk)                      | serves                                       |
 * |-------|-----------------------------------------|----------------------------------------------|
 * | gsi1  | R#{r}#RESOURCES#{year}                  | a year's resources                           |
 * | gsi2  | R#{r}#RESOURCES#{year}#UNIT#{unit}      | a unit's offers                              |
 * | gsi3  | R#{r}#RESOURCES#{year}#TYPE#{type}      | by type; the available ones of some types    |
 *
 * The stored status and whether quantity is left are filter conditions (`quantityLeft` is a counter the
 * claims move without a version: a key made from it would have to move with every claim). The item's
 * `type` attribute is the entity type, as on every item: the resource's own type is `resourceType`.
 */
import type { Resource, ResourceType } from '../../domain/lists/resource';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';

export const RESOURCE_TYPE = 'RESOURCE';

export const resourceKey = (regionId: string, resourceId: string): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#RESOURCE#${resourceId}`,
  sk: '#RESOURCE',
});

const resources = (regionId: string, year: number) => `${regionRoot(regionId)}#RESOURCES#${year}`;

export const resourcePartitions = {
  byYear: (regionId: string, year: number): Partition => ({ index: 'gsi1', partitionValue: resources(regionId, year) }),
  byUnit: (regionId: string, year: number, unitId: string): Partition => ({ index: 'gsi2', partitionValue: `${resources(regionId, year)}#UNIT#${unitId}` }),
  byType: (regionId: string, year: number, type: ResourceType): Partition => ({ index: 'gsi3', partitionValue: `${resources(regionId, year)}#TYPE#${type}` }),
};

export const resourceSortKey = (resource: Pick<Resource, 'createdAt' | 'id'>) => `${resource.createdAt}#${resource.id}`;

/** The resource's fields as stored (its `type` renamed, see above). */
const FIELDS = [
  'id', 'regionId', 'year', 'unitId', 'title', 'description', 'quantity', 'quantityUnit', 'quantityLeft', 'availableFrom',
  'availableUntil', 'contactName', 'contactPhone', 'status', 'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof Resource)[];

/** The attributes of a resource item that an edit writes: its own fields, never the counter `quantityLeft`. */
export function resourceEditedAttributes(resource: Resource): Record<string, unknown> {
  const { quantityLeft: _counter, type, id: _id, regionId: _regionId, createdAt: _createdAt, ...fields } = resource;
  return {
    ...fields,
    resourceType: type,
    ...indexAttributes(resourceIndexPartitions(resource), resourceSortKey(resource)),
  };
}

const resourceIndexPartitions = (resource: Resource) => [
  resourcePartitions.byYear(resource.regionId, resource.year),
  resourcePartitions.byUnit(resource.regionId, resource.year, resource.unitId),
  resourcePartitions.byType(resource.regionId, resource.year, resource.type),
];

export function resourceToItem(resource: Resource): Record<string, unknown> {
  const { type, ...fields } = resource;
  return {
    ...resourceKey(resource.regionId, resource.id),
    type: RESOURCE_TYPE,
    ...fields,
    resourceType: type,
    ...indexAttributes(resourceIndexPartitions(resource), resourceSortKey(resource)),
  };
}

export function resourceFromItem(item: Record<string, unknown>): Resource {
  const fields = pickFields<Omit<Resource, 'type'>>(item, FIELDS);
  return {
    ...fields,
    type: item.resourceType as ResourceType,
    year: Number(fields.year),
    quantity: Number(fields.quantity),
    quantityLeft: Number(fields.quantityLeft),
    version: Number(fields.version),
  };
}
