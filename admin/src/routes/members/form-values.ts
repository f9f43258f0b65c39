import type { Dayjs } from 'dayjs';
import { fromApiDate, toApiDate } from '../../api/dates';
import type {
  CreateMemberInput,
  Gender,
  MemberCategory,
  MemberFormFieldsFragment,
  MemberRole,
  MemberStatus,
  UpdateMemberInput,
} from '../../gql/graphql';
import { normalizeIdNumber } from './id-number';

/** The form's values: field names are the input's, so the server's `extensions.field` (`idNumber`) lands in place. */
export interface MemberFormValues {
  name?: string;
  gender?: Gender;
  birthDate?: Dayjs | null;
  idNumber?: string;
  phone?: string;
  status?: MemberStatus;
  joinedOn?: Dayjs | null;
  category?: MemberCategory;
  unitId?: string | null;
  communityId?: string | null;
  roles?: MemberRole[];
  note?: string;
}

const text = (value: string | undefined | null): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** Form values → createMember's input; empty optional fields are null. */
export function toCreateInput(values: MemberFormValues): CreateMemberInput {
  return {
    name: text(values.name) ?? '',
    gender: values.gender!,
    birthDate: toApiDate(values.birthDate!),
    idNumber: normalizeIdNumber(values.idNumber ?? ''),
    phone: text(values.phone),
    status: values.status!,
    joinedOn: toApiDate(values.joinedOn!),
    category: values.category!,
    unitId: values.unitId!,
    communityId: values.communityId ?? null,
    roles: values.roles ?? [],
    note: text(values.note),
  };
}

/** The fields updateMember may change, as the form holds them (the unit changes only by a transfer). */
type EditableFields = Omit<UpdateMemberInput, 'id' | 'version'>;

function editable(values: MemberFormValues): EditableFields {
  const idNumber = text(values.idNumber);
  return {
    name: text(values.name) ?? '',
    gender: values.gender,
    birthDate: values.birthDate ? toApiDate(values.birthDate) : null,
    // The number is only ever shown masked: an empty field keeps it, a typed one replaces it.
    ...(idNumber ? { idNumber: normalizeIdNumber(idNumber) } : {}),
    phone: text(values.phone),
    status: values.status,
    joinedOn: values.joinedOn ? toApiDate(values.joinedOn) : null,
    category: values.category,
    communityId: values.communityId ?? null,
    roles: values.roles ?? [],
    note: text(values.note),
  };
}

/** Only the fields that changed, for updateMember ("omitted fields stay as they are"). */
export function changedFields(saved: MemberFormValues, current: MemberFormValues): Partial<EditableFields> {
  const before = editable(saved);
  const after = editable(current);
  const changes: Partial<EditableFields> = {};
  for (const key of Object.keys(after) as (keyof EditableFields)[]) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      (changes as Record<string, unknown>)[key] = after[key];
    }
  }
  return changes;
}

export const hasUnsavedChanges = (saved: MemberFormValues, current: MemberFormValues): boolean =>
  Object.keys(changedFields(saved, current)).length > 0;

export function fromMember(member: MemberFormFieldsFragment): MemberFormValues {
  return {
    name: member.name,
    gender: member.gender,
    birthDate: fromApiDate(member.birthDate),
    idNumber: '',
    phone: member.phone ?? '',
    status: member.status,
    joinedOn: fromApiDate(member.joinedOn),
    category: member.category,
    unitId: member.unitId,
    communityId: member.communityId ?? null,
    roles: [...member.roles],
    note: member.note ?? '',
  };
}

/** A new form: no role, in the unit the roster was filtered by (or the liaison's own). */
export const emptyMemberForm = (unitId?: string | null): MemberFormValues => ({ unitId: unitId ?? null, roles: [] });
