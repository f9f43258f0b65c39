import { Select, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import { useT } from '../../i18n';

const RecordMemberOptionsQuery = graphql(`
  query RecordMemberOptions($first: Int!, $filter: MemberFilter) {
    members(first: $first, filter: $filter) {
      edges {
        node {
          id
          name
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

export interface PickedMember {
  id: string;
  name: string;
  unitId?: string | null;
  unitName?: string | null;
}

interface Props {
  value?: string | null;
  onChange?: (id: string | null, member: PickedMember | null) => void;
  /** Only this unit's members (a liaison's roster is its unit's anyway: the API forces it). */
  unitId?: string | null;
  /** The current value's name, so it shows before any search. */
  initial?: PickedMember | null;
  placeholder?: string;
  id?: string;
  disabled?: boolean;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

const SEARCH_DELAY_MS = 250;
const OPTIONS = 30;

/**
 * A member of the roster, searched by the start of its name (`members(filter: { namePrefix })`), with its unit
 * beside the name (two 王芳 apart). The picked member comes back whole, for a form that needs its unit.
 */
export function MemberPicker({ value, onChange, unitId, initial, placeholder, id, disabled, style, ...rest }: Props) {
  const t = useT();
  const client = useClient();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [found, setFound] = useState<PickedMember[]>([]);
  const [known, setKnown] = useState<ReadonlyMap<string, PickedMember>>(new Map());
  const request = useRef(0);

  useEffect(() => {
    if (!open) return;
    const mine = ++request.current;
    const timer = setTimeout(async () => {
      setLoading(true);
      const filter = { namePrefix: search.trim() || undefined, unitId: unitId || undefined };
      const result = await client.query(RecordMemberOptionsQuery, { first: OPTIONS, filter }, { requestPolicy: 'network-only' }).toPromise();
      if (mine !== request.current) return; // a newer search is on its way
      const members = (result.data?.members.edges ?? []).map(({ node }) => ({
        id: node.id,
        name: node.name,
        unitId: node.unit?.id ?? null,
        unitName: node.unit?.name ?? null,
      }));
      setFound(members);
      setKnown((before) => new Map([...before, ...members.map((m) => [m.id, m] as const)]));
      setLoading(false);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [open, search, unitId, client]);

  const options = useMemo(() => {
    const list = found.map((m) => ({ value: m.id, label: m.name, title: m.name, unit: m.unitName ?? '' }));
    const chosen = value ? (known.get(value) ?? (initial?.id === value ? initial : undefined)) : undefined;
    if (chosen && !list.some((o) => o.value === chosen.id)) list.unshift({ value: chosen.id, label: chosen.name, title: chosen.name, unit: chosen.unitName ?? '' });
    return list;
  }, [found, known, value, initial]);

  return (
    <Select<string>
      id={id}
      aria-label={rest['aria-label']}
      style={style}
      disabled={disabled}
      value={value ?? undefined}
      onChange={(next) => {
        const picked = typeof next === 'string' ? (known.get(next) ?? (initial?.id === next ? initial : null)) : null;
        onChange?.(typeof next === 'string' ? next : null, picked ?? null);
      }}
      allowClear
      placeholder={placeholder ?? t('records.memberPlaceholder')}
      options={options}
      onOpenChange={setOpen}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={loading ? <Spin size="small" /> : t('records.noMember')}
      optionRender={(option) => (
        <span>
          {option.label}
          {option.data.unit && (
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
              {option.data.unit}
            </Typography.Text>
          )}
        </span>
      )}
    />
  );
}
