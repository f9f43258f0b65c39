import { EyeOutlined } from '@ant-design/icons';
import { Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { toProblem, type ApiProblem } from '../../../api/errors';
import { graphql } from '../../../gql';
import { useT } from '../../../i18n';

const RevealMemberIdNumberMutation = graphql(`
  mutation RevealMemberIdNumber($id: ID!) {
    revealMemberIdNumber(id: $id)
  }
`);

/** The reveal writes an audit entry: the member's 审计记录 on the page reads again. */
const REVEAL_REFRESHES = { additionalTypenames: ['AuditEntry'] };

interface Props {
  member: { id: string; idNumber: string };
  /** 查看完整身份证号: a region admin's (revealMemberIdNumber). */
  canReveal: boolean;
  onProblem: (problem: ApiProblem | null) => void;
}

/**
 * The ID number, masked as every answer carries it; for a region admin, 查看完整身份证号 after a confirmation
 * saying the view is audited. The full number lives in this component only (never in the urql cache).
 */
export function IdNumberReveal({ member, canReveal, onProblem }: Props) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [full, setFull] = useState<string | null>(null);
  const [{ fetching }, reveal] = useMutation(RevealMemberIdNumberMutation);

  async function confirm() {
    onProblem(null);
    const result = await reveal({ id: member.id }, REVEAL_REFRESHES);
    setAsking(false);
    if (result.error) return onProblem(toProblem(result.error));
    setFull(result.data!.revealMemberIdNumber);
  }

  return (
    <Space size={8} wrap>
      <Typography.Text data-testid="member-id-number" copyable={full ? { text: full } : false} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {full ?? member.idNumber}
      </Typography.Text>
      {canReveal &&
        (full ? (
          <Button size="small" onClick={() => setFull(null)}>
            {t('memberPage.hideIdNumber')}
          </Button>
        ) : (
          <Button size="small" icon={<EyeOutlined />} onClick={() => setAsking(true)}>
            {t('memberPage.reveal')}
          </Button>
        ))}
      <Modal
        open={asking}
        title={t('memberPage.revealTitle')}
        okText={t('memberPage.revealOk')}
        cancelText={t('common.cancel')}
        confirmLoading={fetching}
        onOk={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        <Typography.Paragraph>{t('memberPage.revealHint')}</Typography.Paragraph>
      </Modal>
    </Space>
  );
}
