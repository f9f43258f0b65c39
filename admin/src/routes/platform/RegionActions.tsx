import { EditOutlined, EyeOutlined, PauseCircleOutlined, PlayCircleOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { toProblem, type ApiProblem } from '../../api/errors';
import { actingRegionId } from '../../auth/acting';
import { useAuth } from '../../auth/AuthProvider';
import { ReasonDialog } from '../../components/ReasonDialog';
import { graphql } from '../../gql';
import type { RegionRowFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { EndActInRegionMutation } from '../../layout/VisitBanner';

const SuspendRegionMutation = graphql(`
  mutation SuspendRegion($input: SuspendRegionInput!) {
    suspendRegion(input: $input) {
      ...RegionRow
    }
  }
`);

const ReinstateRegionMutation = graphql(`
  mutation ReinstateRegion($input: RegionChangeInput!) {
    reinstateRegion(input: $input) {
      ...RegionRow
    }
  }
`);

const ActInRegionMutation = graphql(`
  mutation ActInRegion($input: ActInRegionInput!) {
    actInRegion(input: $input) {
      regionId
      until
    }
  }
`);

export type RegionAction = 'appoint' | 'edit' | 'suspend' | 'visit';

/** A region's row actions: 任命管理员, 修改, 代管查看, and 停用 or 恢复 (恢复 after a confirm, here; the others open a dialog). */
export function RegionActions({
  region,
  onAction,
  onProblem,
}: {
  region: RegionRowFragment;
  onAction: (action: RegionAction, region: RegionRowFragment) => void;
  onProblem: (problem: ApiProblem | null) => void;
}) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [reinstating, reinstateRegion] = useMutation(ReinstateRegionMutation);
  const name = region.name;

  const confirmReinstate = () =>
    modal.confirm({
      title: t('regionReinstate.title', { name }),
      content: t('regionReinstate.confirm'),
      okText: t('regionReinstate.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        onProblem(null);
        const result = await reinstateRegion({ input: { id: region.id, version: region.version } }, { additionalTypenames: ['Region'] });
        if (result.error) return onProblem(toProblem(result.error));
        void message.success(t('regionReinstate.done', { name }));
      },
    });

  return (
    <Space size={4} wrap>
      <Button size="small" icon={<UserAddOutlined />} onClick={() => onAction('appoint', region)}>
        {t('regions.appoint')}
      </Button>
      <Button size="small" icon={<EditOutlined />} onClick={() => onAction('edit', region)}>
        {t('regions.edit')}
      </Button>
      <Button size="small" icon={<EyeOutlined />} onClick={() => onAction('visit', region)}>
        {t('regions.visit')}
      </Button>
      {region.state === 'SUSPENDED' ? (
        <Button size="small" icon={<PlayCircleOutlined />} disabled={reinstating.fetching} onClick={confirmReinstate}>
          {t('regions.reinstate')}
        </Button>
      ) : (
        <Button size="small" danger icon={<PauseCircleOutlined />} onClick={() => onAction('suspend', region)}>
          {t('regions.suspend')}
        </Button>
      )}
    </Space>
  );
}

/** 停用: the reason (停用原因), and what it does — its people can no longer sign in; its data is kept. */
export function SuspendRegionDialog({ region, onClose, onReload }: { region: RegionRowFragment | null; onClose: () => void; onReload: () => void }) {
  const t = useT();
  const [{ fetching }, suspendRegion] = useMutation(SuspendRegionMutation);
  const name = region?.name ?? '';
  return (
    <ReasonDialog
      open={region !== null}
      formName="suspendRegion"
      title={t('regionSuspend.title', { name })}
      okText={t('regionSuspend.submit')}
      hint={t('regionSuspend.hint')}
      label={t('regionSuspend.reason')}
      submitting={fetching}
      submit={async (reason) =>
        (await suspendRegion({ input: { id: region!.id, version: region!.version, reason } }, { additionalTypenames: ['Region'] })).error
      }
      successText={t('regionSuspend.done', { name })}
      onClose={onClose}
      onReload={onReload}
    />
  );
}

/**
 * 代管查看: the reason (代管原因, kept in the region's trail); then the console reads the region as its admin would
 * (auth/acting.ts), on its home page, under the banner that says so (layout/VisitBanner.tsx).
 */
export function VisitRegionDialog({ region, onClose }: { region: RegionRowFragment | null; onClose: () => void }) {
  const t = useT();
  const { enterVisit } = useAuth();
  const navigate = useNavigate();
  const [{ fetching }, actInRegion] = useMutation(ActInRegionMutation);
  const [, endVisit] = useMutation(EndActInRegionMutation);
  const name = region?.name ?? '';
  return (
    <ReasonDialog
      open={region !== null}
      formName="actInRegion"
      title={t('visitStart.title', { name })}
      okText={t('visitStart.submit')}
      hint={t('visitStart.hint')}
      label={t('visitStart.reason')}
      submitting={fetching}
      submit={async (reason) => {
        const result = await actInRegion({ input: { regionId: region!.id, reason } });
        if (result.error) return result.error;
        // Visiting another region: the one open so far ends (not left to run out).
        const previous = actingRegionId();
        if (previous && previous !== region!.id) await endVisit({ regionId: previous });
        await enterVisit(result.data!.actInRegion.regionId);
        navigate('/units');
        return undefined;
      }}
      successText={t('visitStart.done', { name })}
      onClose={onClose}
      onReload={onClose}
    />
  );
}
