import type {
  AllianceRole,
  CreateUnitInput,
  HostKind,
  OrgLevel,
  UnitFormFieldsFragment,
  UnitPersonInput,
} from '../../gql/graphql';

export const PEOPLE = ['leader', 'representative', 'liaison', 'partTimeCommitteeMember'] as const;
export type PersonRole = (typeof PEOPLE)[number];

export interface PersonValues {
  name?: string;
  title?: string;
  phone?: string;
}

/** The form's values: field names follow the API's input, so server errors (`leader.phone`) land in place. */
export interface UnitFormValues extends Partial<Record<PersonRole, PersonValues>> {
  name?: string;
  shortName?: string;
  hostKind?: HostKind;
  level?: OrgLevel;
  allianceRole?: AllianceRole;
  parentId?: string | null;
  address?: string;
  grid?: string;
}

/** The editable part of the input: everything but the parts only create or update have. */
export type UnitProfileInput = Omit<CreateUnitInput, 'hostKind' | 'level' | 'allianceRole' | 'name'> & {
  name: string;
  hostKind: HostKind;
  level: OrgLevel;
  allianceRole: AllianceRole;
};

const text = (value: string | undefined | null): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

function person(values: PersonValues | undefined): UnitPersonInput | null {
  const name = text(values?.name);
  const title = text(values?.title);
  const phone = text(values?.phone);
  if (!name && !title && !phone) return null;
  return { name: name ?? '', title, phone };
}

/** Form values → API input; empty optional fields become null (which clears them on update). */
export function toProfileInput(values: UnitFormValues): UnitProfileInput {
  return {
    name: text(values.name) ?? '',
    shortName: text(values.shortName),
    hostKind: values.hostKind!,
    level: values.level!,
    allianceRole: values.allianceRole!,
    parentId: values.parentId ?? null,
    address: text(values.address),
    grid: text(values.grid),
    leader: person(values.leader),
    representative: person(values.representative),
    liaison: person(values.liaison),
    partTimeCommitteeMember: person(values.partTimeCommitteeMember),
  };
}

const personValues = (p: { name: string; title?: string | null; phone?: string | null } | null | undefined): PersonValues => ({
  name: p?.name ?? '',
  title: p?.title ?? '',
  phone: p?.phone ?? '',
});

export function fromUnit(unit: UnitFormFieldsFragment): UnitFormValues {
  return {
    name: unit.name,
    shortName: unit.shortName ?? '',
    hostKind: unit.hostKind,
    level: unit.level,
    allianceRole: unit.allianceRole,
    parentId: unit.parentId ?? null,
    address: unit.address ?? '',
    grid: unit.grid ?? '',
    leader: personValues(unit.leader),
    representative: personValues(unit.representative),
    liaison: personValues(unit.liaison),
    partTimeCommitteeMember: personValues(unit.partTimeCommitteeMember),
  };
}

/** The values of a new, untouched form. (A unit's member counts are the roster's: no field of the form.) */
export const EMPTY_UNIT_FORM: UnitFormValues = {};

/** The form holds something `saved` does not (ignoring what the API would not see: spaces, empty people). */
export function hasUnsavedChanges(saved: UnitFormValues, current: UnitFormValues): boolean {
  return Object.keys(changedFields(toProfileInput(saved), toProfileInput(current))).length > 0;
}

/**
 * Only the fields that changed, for updateUnit ("omitted fields stay as they are"): saving does not
 * rewrite what the clerk did not touch.
 */
export function changedFields(before: UnitProfileInput, after: UnitProfileInput): Partial<UnitProfileInput> {
  const changes: Partial<UnitProfileInput> = {};
  for (const key of Object.keys(after) as (keyof UnitProfileInput)[]) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      (changes as Record<string, unknown>)[key] = after[key];
    }
  }
  return changes;
}
