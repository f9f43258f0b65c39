import type { MeetingStatus } from '../../gql/graphql';
import type { MessageKey } from '../../i18n';

/** The steps of a meeting's page, in the order a meeting goes through them (the tabs, and `?step=`). */
export const MEETING_STEPS = ['agenda', 'notice', 'leave', 'checkIn', 'minutes', 'resolutions', 'files'] as const;
export type MeetingStep = (typeof MEETING_STEPS)[number];

export const STEP_LABELS: Record<MeetingStep, MessageKey> = {
  agenda: 'meetingStep.agenda',
  notice: 'meetingStep.notice',
  leave: 'meetingStep.leave',
  checkIn: 'meetingStep.checkIn',
  minutes: 'meetingStep.minutes',
  resolutions: 'meetingStep.resolutions',
  files: 'meetingStep.files',
};

export const isMeetingStep = (value: string | null): value is MeetingStep => MEETING_STEPS.includes(value as MeetingStep);

/**
 * The step a meeting is at, opened when the URL names none: the agenda of a draft, the notice until the start
 * (签到 once it has started), the minutes while they are written, the resolutions once approved.
 */
export function currentStep(status: MeetingStatus, started: boolean): MeetingStep {
  switch (status) {
    case 'NOTICED':
      return started ? 'checkIn' : 'notice';
    case 'POSTPONED':
      return 'notice';
    case 'HELD':
    case 'MINUTES_DRAFTED':
      return 'minutes';
    case 'MINUTES_APPROVED':
    case 'ARCHIVED':
      return 'resolutions';
    default:
      return 'agenda';
  }
}
