import { Select, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import type { HostKind } from '../../gql/graphql';
import { useT } from '../../i18n';
import { enumLabel } from '../../i18n/enums';

const ListUnitOptionsQuery = graphql(`
  query ListUnitOptions($first: Int!, $filter: UnitOptionFilter) {
    unitOptions(first: $first, filter: $filter) {
      edges {
        node {
          id
          name
          hostKind
        }
      }
    }
  }
`);

export interface PickedUnit {
  id: string;
  name: string;
}

interface Props {
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** Only 村 and 社区 (a need's community). */
  communitiesOnly?: boolean;
  /** The current value's name, so it shows before any search. */
  initial?: PickedUnit | null;
  placeholder?: string;
  id?: string;
  disabled?: boolean;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

const SEARCH_DELAY_MS = 250;
const OPTIONS = 30;

/**
 * A unit of the region, searched by name prefix through `unitOptions` (which the secretariat and every liaison
 * may read, unlike `units`): the community of a need, a filter of the lists, the unit a claim is for.
 */
export function UnitOptionPicker({ value, onChange, communitiesOnly, initial, placeholder, id, disabled, style, ...rest }: Props) {
  const t = useT();
  const client = useClient();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [found, setFound] = useState<{ id: string; name: string; hostKind: HostKind }[]>([]);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const request = useRef(0);

  useEffect(() => {
    if (!open) return;
    const mine = ++request.current;
    const timer = setTimeout(async () => {
      setLoading(true);
      const filter = { namePrefix: search.trim() || undefined, communitiesOnly: communitiesOnly || undefined };
      const result = await client.query(ListUnitOptionsQuery, { first: OPTIONS, filter }, { requestPolicy: 'network-only' }).toPromise();
      if (mine !== request.current) return;
      const units = result.data?.unitOptions.edges.map((e) => e.node) ?? [];
      setFound(units);
      setNames((known) => new Map([...known, ...units.map((u) => [u.id, u.name] as const)]));
      setLoading(false);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [open, search, communitiesOnly, client]);

  const options = useMemo(() => {
    const list = found.map((u) => ({ value: u.id, label: u.name, title: u.name, kind: t(enumLabel.hostKind(u.hostKind)) }));
    const chosenName = value ? (names.get(value) ?? (initial?.id === value ? initial.name : undefined)) : undefined;
    if (value && chosenName !== undefined && !list.some((o) => o.value === value)) {
      list.unshift({ value, label: chosenName, title: chosenName, kind: '' });
    }
    return list;
  }, [found, names, value, initial?.id, initial?.name, t]);

  return (
    <Select<string>
      id={id}
      aria-label={rest['aria-label']}
      style={style}
      disabled={disabled}
      value={value ?? undefined}
      onChange={(next) => onChange?.(typeof next === 'string' ? next : null)}
      allowClear
      placeholder={placeholder}
      options={options}
      onOpenChange={setOpen}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={loading ? <Spin size="small" /> : t('picker.noMatch')}
      optionRender={(option) => (
        <span>
          {option.label}
          {option.data.kind && (
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
              {option.data.kind}
            </Typography.Text>
          )}
        </span>
      )}
    />
  );
}
