import { WarningOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip } from 'antd';
import type { LevelCheck, OrgLevel, UnitStatus } from '../gql/graphql';
import { enumLabel } from '../i18n/enums';
import { useT } from '../i18n';

const STATUS_COLORS: Record<UnitStatus, string> = {
  INVITED: 'blue',
  REGISTERED: 'green',
  SUSPENDED: 'orange',
  WITHDRAWN: 'default',
};

export function StatusTag({ status }: { status: UnitStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]}>{t(enumLabel.status(status))}</Tag>;
}

/** The level, with a warning tag when it does not fit the member count (004 art.1). */
export function LevelWithCheck({
  level,
  check,
}: {
  level: OrgLevel;
  check: Pick<LevelCheck, 'fits' | 'verdict' | 'expectedLevel'>;
}) {
  const t = useT();
  if (check.fits) return <>{t(enumLabel.level(level))}</>;
  const tip = check.expectedLevel
    ? `${t('unit.levelExpected', { level: t(enumLabel.level(check.expectedLevel)) })}（${t(enumLabel.verdict(check.verdict))}）`
    : t(enumLabel.verdict(check.verdict));
  return (
    <Space size={4}>
      {t(enumLabel.level(level))}
      <Tooltip title={tip}>
        <Tag color="warning" icon={<WarningOutlined />} aria-label={tip}>
          {t('unit.levelMismatch')}
        </Tag>
      </Tooltip>
    </Space>
  );
}

export function PairingCell({ needsPairing, activePairingCount }: { needsPairing: boolean; activePairingCount: number }) {
  const t = useT();
  if (needsPairing) return <Tag color="red">{t('unit.unpaired')}</Tag>;
  if (activePairingCount > 0) return <Tag color="green">{t('unit.pairedCount', { count: activePairingCount })}</Tag>;
  return <>{t('common.none')}</>;
}
