import { Select, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import type { HostKind } from '../gql/graphql';
import { useT } from '../i18n';
import { enumLabel } from '../i18n/enums';

const UnitOptionsQuery = graphql(`
  query UnitOptions($first: Int!, $filter: UnitFilter) {
    units(first: $first, filter: $filter) {
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

/** The name of a chosen unit that is in no search result (a value restored from a draft). */
const UnitOptionNameQuery = graphql(`
  query UnitOptionName($id: ID!) {
    unit(id: $id) {
      id
      name
    }
  }
`);

export interface UnitOption {
  id: string;
  name: string;
}

interface UnitPickerProps {
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** Only these host kinds (e.g. 村 / 社区 for a pairing); the API filters one kind at a time. */
  hostKinds?: readonly HostKind[];
  /** The unit being edited: it cannot be its own parent. */
  excludeId?: string;
  /** The current value's name, so it shows before any search. */
  initial?: UnitOption | null;
  placeholder?: string;
  id?: string;
  disabled?: boolean;
  /** Its accessible name where no form label gives one (a filter above a table). */
  'aria-label'?: string;
  style?: React.CSSProperties;
}

const SEARCH_DELAY_MS = 250;
const OPTIONS = 20;

/** A select that searches units by name prefix on the server (`units(filter: { namePrefix })`). */
export function UnitPicker({
  value,
  onChange,
  hostKinds,
  excludeId,
  initial,
  placeholder,
  id,
  disabled,
  'aria-label': ariaLabel,
  style,
}: UnitPickerProps) {
  const t = useT();
  const client = useClient();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [found, setFound] = useState<{ id: string; name: string; hostKind: HostKind }[]>([]);
  const request = useRef(0);
  const kinds = hostKinds?.join() ?? '';

  useEffect(() => {
    if (!open) return;
    const mine = ++request.current;
    const timer = setTimeout(async () => {
      setLoading(true);
      const namePrefix = search.trim() || undefined;
      const filters = hostKinds?.length ? hostKinds.map((hostKind) => ({ namePrefix, hostKind })) : [{ namePrefix }];
      const results = await Promise.all(
        filters.map((filter) =>
          client.query(UnitOptionsQuery, { first: OPTIONS, filter }, { requestPolicy: 'network-only' }).toPromise(),
        ),
      );
      if (mine !== request.current) return; // a newer search is on its way
      const units = results
        .flatMap((r) => r.data?.units.edges.map((e) => e.node) ?? [])
        .filter((u) => u.id !== excludeId)
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
      setFound(units);
      setLoading(false);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // Dependencies: hostKinds compared by value (kinds)
  }, [open, search, kinds, excludeId, client]);

  const known = !value || value === initial?.id || found.some((u) => u.id === value);
  const [{ data: named }] = useQuery({ query: UnitOptionNameQuery, variables: { id: value ?? '' }, pause: known });
  const chosen = !known && named?.unit ? named.unit : null;

  const options = useMemo(() => {
    const list = found.map((u) => ({
      value: u.id,
      label: u.name,
      title: u.name,
      kind: t(enumLabel.hostKind(u.hostKind)),
    }));
    for (const extra of [initial, chosen]) {
      if (extra && !list.some((o) => o.value === extra.id)) list.unshift({ value: extra.id, label: extra.name, title: extra.name, kind: '' });
    }
    return list;
  }, [found, initial, chosen, t]);

  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      style={style}
      disabled={disabled}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
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
