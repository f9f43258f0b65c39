import type {
  ActionItemStatus,
  AttendanceSource,
  AttendanceStatus,
  ConsensusOutcome,
  ConsensusPosition,
  MeetingDocumentKind,
} from '../../gql/graphql';
import type { MessageKey } from '../../i18n';

/** Dictionary keys of the proceedings' enums: the template types make the compiler check every value has a label. */
export const proceedingsLabel = {
  attendance: (v: AttendanceStatus): MessageKey => `enum.attendanceStatus.${v}`,
  source: (v: AttendanceSource): MessageKey => `enum.attendanceSource.${v}`,
  position: (v: ConsensusPosition): MessageKey => `enum.consensusPosition.${v}`,
  outcome: (v: ConsensusOutcome): MessageKey => `enum.consensusOutcome.${v}`,
  actionStatus: (v: ActionItemStatus): MessageKey => `enum.actionItemStatus.${v}`,
  document: (v: MeetingDocumentKind): MessageKey => `enum.meetingDocumentKind.${v}`,
  /** MinutesVersion.changed names fields of the minutes: text, decision, files. */
  minutesField: (field: string): MessageKey =>
    field === 'text' ? 'minutes.text' : field === 'decision' ? 'minutes.decision' : field === 'files' ? 'minutes.files' : 'minutes.otherField',
};

export const ATTENDANCE_COLORS: Record<AttendanceStatus, string> = { INVITED: 'default', PRESENT: 'green', LEAVE: 'gold', ABSENT: 'red' };
export const POSITION_COLORS: Record<ConsensusPosition, string> = { CONCUR: 'green', RESERVE: 'gold', OBJECT: 'red' };
export const OUTCOME_COLORS: Record<ConsensusOutcome, string> = { PENDING: 'default', CONSENSUS: 'green', UNDER_CONSULTATION: 'orange' };
