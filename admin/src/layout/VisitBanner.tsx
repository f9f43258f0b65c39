import { EyeOutlined } from '@ant-design/icons';
import { Alert, App, Button } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { problemText, toProblem } from '../api/errors';
import { actingRegionId, clearActingRegionId, onVisitEnded, takeVisitEnded } from '../auth/acting';
import { useAuth, useViewer } from '../auth/AuthProvider';
import { graphql } from '../gql';
import { useT } from '../i18n';

/** Ends the caller's visit (a mutation: sent as the platform admin itself, never in the visit). */
export const EndActInRegionMutation = graphql(`
  mutation EndActInRegion($regionId: ID!) {
    endActInRegion(regionId: $regionId)
  }
`);

/**
 * The platform admin's read-only visit to a region (代管查看), always in view above the page while it lasts: which
 * region, until when, why, and 退出代管 (ends it on the server, then back to 区域列表). A visit that ended elsewhere
 * or ran out (a query refused saying so) is left with a notice.
 */
export function VisitBanner() {
  const t = useT();
  const viewer = useViewer();
  const { leaveVisit } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  const [, endActInRegion] = useMutation(EndActInRegionMutation);

  useEffect(() => {
    const notice = () => {
      if (!takeVisitEnded()) return;
      void message.warning(t('visit.ended'));
      navigate('/regions');
    };
    notice(); // ended while the console was starting
    return onVisitEnded(notice);
  }, [message, navigate, t]);

  const acting = viewer.acting;
  if (!acting) return null;

  async function leave() {
    const regionId = actingRegionId() ?? acting!.regionId;
    setLeaving(true);
    // Out of the visit first: nothing sent from now on carries it (nor is refused as a visit that ended).
    clearActingRegionId();
    const result = await endActInRegion({ regionId });
    await leaveVisit();
    setLeaving(false);
    if (result.error) void message.warning(problemText(toProblem(result.error), t));
    else void message.success(t('visit.left'));
    navigate('/regions');
  }

  return (
    <Alert
      type="warning"
      showIcon
      icon={<EyeOutlined />}
      banner
      role="status"
      data-testid="visit-banner"
      title={t('visit.banner', { region: acting.region?.name ?? acting.regionId, until: dayjs(acting.until).format('HH:mm'), reason: acting.reason })}
      action={
        <Button size="small" type="primary" loading={leaving} onClick={() => void leave()}>
          {t('visit.leave')}
        </Button>
      }
    />
  );
}
