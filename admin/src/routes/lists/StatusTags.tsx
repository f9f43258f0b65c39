import { Tag } from 'antd';
import type { NeedStatus, ProjectStatus, ResourceStatus } from '../../gql/graphql';
import { useT } from '../../i18n';
import { listLabel } from './enums';

const NEED_COLORS: Record<NeedStatus, string> = { COLLECTED: 'blue', IN_PROJECT: 'gold', MET: 'green', NOT_TAKEN_UP: 'default' };
const RESOURCE_COLORS: Record<ResourceStatus, string> = { AVAILABLE: 'green', USED_UP: 'default', WITHDRAWN: 'default' };
/** By what the status asks next: to approve (blue), to claim and start (cyan), under way (gold), done (green), stopped (grey). */
const PROJECT_COLORS: Record<ProjectStatus, string> = {
  SUBMITTED: 'blue',
  APPROVED: 'cyan',
  IN_PROGRESS: 'gold',
  ACCEPTED: 'green',
  REJECTED: 'red',
  CANCELLED: 'default',
};

export function NeedStatusTag({ status }: { status: NeedStatus }) {
  const t = useT();
  return (
    <Tag color={NEED_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="need-status">
      {t(listLabel.needStatus(status))}
    </Tag>
  );
}

export function ResourceStatusTag({ status }: { status: ResourceStatus }) {
  const t = useT();
  return (
    <Tag color={RESOURCE_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="resource-status">
      {t(listLabel.resourceStatus(status))}
    </Tag>
  );
}

export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  const t = useT();
  return (
    <Tag color={PROJECT_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="project-status">
      {t(listLabel.projectStatus(status))}
    </Tag>
  );
}

/** 逾期: past its target date and not accepted. */
export function OverdueTag() {
  const t = useT();
  return (
    <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="project-overdue">
      {t('project.overdue')}
    </Tag>
  );
}
