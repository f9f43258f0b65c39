import { Typography } from 'antd';
import { useAccess } from '../../auth/AuthProvider';
import { useT } from '../../i18n';
import { UnitPicker } from '../../components/UnitPicker';
import { COMMUNITY_KINDS } from '../../i18n/enums';
import { useOwnUnit } from '../lists/own-unit';

/**
 * Whose records a page shows: a liaison always its own unit (the API allows no other), the secretariat the unit
 * it picks. `isCommunity`: the liaison's unit is a 村/社区 (it confirms service hours).
 */
export function useRecordsScope() {
  const access = useAccess();
  const own = useOwnUnit();
  return {
    admin: access.manageMemberRecords,
    ownUnitId: access.memberRecordsUnitId,
    ownUnit: own.unit,
    isCommunity: own.isCommunity,
    fetching: own.fetching,
    /** The unit a page shows: the liaison's, or what the secretariat picked (from the URL). */
    unitOf: (picked: string | null | undefined): string | null => access.memberRecordsUnitId ?? (picked || null),
  };
}

interface Props {
  value: string | null;
  onChange: (id: string | null) => void;
  /** Only 村 and 社区. */
  communitiesOnly?: boolean;
  label: string;
  width?: number;
}

/** The unit of a page: the liaison's own (shown), or a picker for the secretariat (names a unit restored from the URL). */
export function UnitScope({ value, onChange, communitiesOnly, label, width = 240 }: Props) {
  const t = useT();
  const scope = useRecordsScope();
  if (scope.ownUnitId) {
    return (
      <Typography.Text strong data-testid="records-unit">
        {scope.ownUnit?.name ?? t('common.none')}
      </Typography.Text>
    );
  }
  return (
    <UnitPicker
      aria-label={label}
      placeholder={communitiesOnly ? t('picker.communityPlaceholder') : t('records.unitPlaceholder')}
      hostKinds={communitiesOnly ? COMMUNITY_KINDS : undefined}
      value={value}
      onChange={onChange}
      style={{ width }}
    />
  );
}
