import { Button, Popconfirm, Tag, Tooltip, App } from 'antd';
import { useMutation } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { problemText, toProblem } from '../../../api/errors';
import { useAccess } from '../../../auth/AuthProvider';
import type { ProjectStatus, PublicationFieldsFragment, PublishableType } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { PublishMutation, UnpublishMutation } from './fragments';

/** A rejected (驳回) or cancelled (撤销) project is not published (the API refuses it). */
export const projectPublishable = (status: ProjectStatus): boolean => status !== 'REJECTED' && status !== 'CANCELLED';

/** The record types each kind refreshes: the document cache refetches the queries that hold them. */
const TYPENAMES: Record<PublishableType, string[]> = {
  NEED: ['Need', 'Publication'],
  RESOURCE: ['Resource', 'Publication'],
  PROJECT: ['Project', 'Publication'],
  RESOLUTION: ['Resolution', 'Publication'],
};

/** 公示: shown while a record is published, with when (as a tooltip). */
export function PublicationTag({ publication }: { publication: Pick<PublicationFieldsFragment, 'publishedAt'> | null | undefined }) {
  const t = useT();
  if (!publication) return null;
  return (
    <Tooltip title={t('publication.publishedAt', { at: formatDateTime(publication.publishedAt) })}>
      <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="publication-tag">
        {t('publication.tag')}
      </Tag>
    </Tooltip>
  );
}

interface Publishable {
  id: string;
  title: string;
  publication?: Pick<PublicationFieldsFragment, 'publishedAt'> | null;
}

/**
 * 公示 / 撤回公示 for the secretariat (region admin), each after a confirmation; the server's refusal is shown
 * as a message. Renders nothing for anyone else. `publishable: false` (a need 未采纳, a withdrawn resource, a
 * rejected or cancelled project: the API refuses them) offers no 公示, only 撤回公示 if it is still published.
 * `compact`: a link-style button for table rows. A resolution (决议) of an approved meeting: `type="RESOLUTION"`,
 * `record` = `{ id, title, publication }` as `Resolution { id title publication { ...PublicationFields } }` reads it.
 */
export function PublishButton({
  record,
  type,
  publishable = true,
  compact = false,
}: {
  record: Publishable;
  type: PublishableType;
  publishable?: boolean;
  compact?: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const access = useAccess();
  const [{ fetching: publishing }, publish] = useMutation(PublishMutation);
  const [{ fetching: unpublishing }, unpublish] = useMutation(UnpublishMutation);
  const published = Boolean(record.publication);
  if (!access.manageLists || (!published && !publishable)) return null;

  async function toggle() {
    const context = { additionalTypenames: TYPENAMES[type] };
    const result = published ? await unpublish({ id: record.id }, context) : await publish({ id: record.id }, context);
    if (result.error) {
      void message.error(problemText(toProblem(result.error), t));
      return;
    }
    void message.success(t(published ? 'publication.unpublished' : 'publication.published', { title: record.title }));
  }

  return (
    <Popconfirm
      title={t(published ? 'publication.unpublishConfirm' : 'publication.publishConfirm', { title: record.title })}
      description={t(published ? 'publication.unpublishHint' : 'publication.publishHint')}
      okText={t(published ? 'publication.unpublish' : 'publication.publish')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: published }}
      onConfirm={toggle}
    >
      <Button
        type={compact ? 'link' : 'default'}
        size={compact ? 'small' : 'middle'}
        danger={published}
        loading={publishing || unpublishing}
        data-testid="publish-toggle"
      >
        {t(published ? 'publication.unpublish' : 'publication.publish')}
      </Button>
    </Popconfirm>
  );
}

/** A table column's cell: the tag, and the secretariat's button. */
export function PublicationCell({ record, type, publishable }: { record: Publishable; type: PublishableType; publishable: boolean }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4, flexWrap: 'wrap' }}>
      <PublicationTag publication={record.publication} />
      <PublishButton record={record} type={type} publishable={publishable} compact />
    </span>
  );
}
