import type { Dayjs } from 'dayjs';
import type { ApiProblem } from '../../api/errors';
import type { CreateMeetingInput, MeetingFormFieldsFragment, MeetingKind, UpdateMeetingInput } from '../../gql/graphql';
import { fromApiInstant, toApiInstant } from './time';

/** One 议题 of the form's first agenda: field names are AgendaItemInput's (`agenda.0.title`). */
export interface AgendaItemValues {
  title?: string;
  presenterUnitId?: string | null;
  presenter?: string;
  plannedMinutes?: number | null;
}

/** The form's values: field names are the input's, so the server's `extensions.field` (`endsAt`) lands in place. */
export interface MeetingFormValues {
  title?: string;
  kind?: MeetingKind;
  startsAt?: Dayjs | null;
  endsAt?: Dayjs | null;
  place?: string;
  onlineLink?: string;
  convenerUnitId?: string | null;
  /** 召开机构: a sub-body whose units the server invites besides those chosen. */
  subBodyId?: string | null;
  chair?: string;
  recorder?: string;
  invitedUnitIds?: string[];
  /** 个人受邀党员: members of the roster invited in person, besides the units. */
  invitedMemberIds?: string[];
  /** Only on create: later changes are the page's (添加议题 / 删除). */
  agenda?: AgendaItemValues[];
}

const text = (value: string | undefined | null): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

const instant = (value: Dayjs | null | undefined): string | null => (value ? toApiInstant(value) : null);

/** Form values → createMeeting's input; empty optional fields are null, an agenda row left blank is dropped. */
export function toCreateInput(values: MeetingFormValues): CreateMeetingInput {
  return {
    ...editable(values),
    title: text(values.title) ?? '',
    kind: values.kind!,
    startsAt: instant(values.startsAt)!,
    endsAt: instant(values.endsAt)!,
    invitedUnitIds: values.invitedUnitIds ?? [],
    invitedMemberIds: values.invitedMemberIds ?? [],
    agenda: (values.agenda ?? []).map((item) => ({
      title: text(item.title) ?? '',
      presenterUnitId: item.presenterUnitId ?? null,
      presenter: text(item.presenter),
      plannedMinutes: item.plannedMinutes ?? null,
    })),
  };
}

/** The fields updateMeeting may change, as the form holds them (the agenda is changed on the meeting's page). */
type EditableFields = Omit<UpdateMeetingInput, 'id' | 'version'>;

function editable(values: MeetingFormValues): EditableFields {
  return {
    title: text(values.title) ?? '',
    kind: values.kind,
    startsAt: instant(values.startsAt),
    endsAt: instant(values.endsAt),
    place: text(values.place),
    onlineLink: text(values.onlineLink),
    convenerUnitId: values.convenerUnitId ?? null,
    subBodyId: values.subBodyId ?? null,
    chair: text(values.chair),
    recorder: text(values.recorder),
    invitedUnitIds: values.invitedUnitIds ?? [],
    invitedMemberIds: values.invitedMemberIds ?? [],
  };
}

/** Only the fields that changed, for updateMeeting ("omitted fields stay"). */
export function changedFields(saved: MeetingFormValues, current: MeetingFormValues): Partial<EditableFields> {
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

/** Anything typed that a save would send: the editable fields, and on create any agenda row with content. */
export function hasUnsavedChanges(saved: MeetingFormValues, current: MeetingFormValues): boolean {
  const agendaTyped = (current.agenda ?? []).some(
    (item) => text(item.title) || item.presenterUnitId || text(item.presenter) || item.plannedMinutes != null,
  );
  return agendaTyped || Object.keys(changedFields(saved, current)).length > 0;
}

export function fromMeeting(meeting: MeetingFormFieldsFragment): MeetingFormValues {
  return {
    title: meeting.title,
    kind: meeting.kind,
    startsAt: fromApiInstant(meeting.startsAt),
    endsAt: fromApiInstant(meeting.endsAt),
    place: meeting.place ?? '',
    onlineLink: meeting.onlineLink ?? '',
    convenerUnitId: meeting.convenerUnitId ?? null,
    subBodyId: meeting.subBodyId ?? null,
    chair: meeting.chair ?? '',
    recorder: meeting.recorder ?? '',
    invitedUnitIds: [...meeting.invitedUnitIds],
    invitedMemberIds: [...meeting.invitedMemberIds],
  };
}

/** A new form: nothing chosen, no unit or member invited, no 议题 yet (添加议题 adds a row). */
export const emptyMeetingForm = (): MeetingFormValues => ({ invitedUnitIds: [], invitedMemberIds: [], agenda: [] });

/** The form's fields that hold a list, where the server names one entry by its place. */
const LIST_FIELDS = ['invitedUnitIds', 'invitedMemberIds'];

/**
 * The server names an invited unit or member by its place (`invitedUnitIds.1`, `invitedMemberIds.0`): the form has
 * one field for each list.
 */
export const invitedRenames = (problem: ApiProblem): Record<string, string[]> =>
  Object.fromEntries(
    problem.fields
      .filter((f) => LIST_FIELDS.includes(String(f.name[0])) && f.name.length > 1)
      .map((f) => [f.name.join('.'), [String(f.name[0])]]),
  );
