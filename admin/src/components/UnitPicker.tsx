import { Select, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';
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

interface CommonProps {
  /** Only these host kinds (e.g. 村 / 社区 for a pairing); the API filters one kind at a time. */
  hostKinds?: readonly HostKind[];
  /** The unit being edited: it cannot be its own parent. */
  excludeId?: string;
  placeholder?: string;
  id?: string;
  disabled?: boolean;
  /** Its accessible name where no form label gives one (a filter above a table). */
  'aria-label'?: string;
  style?: React.CSSProperties;
}

/** One unit (a parent, a convener, a filter). */
interface SingleProps extends CommonProps {
  mode?: undefined;
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The current value's name, so it shows before any search. */
  initial?: UnitOption | null;
}

/** Several units (a meeting's invited units): the value is their ids. */
interface MultipleProps extends CommonProps {
  mode: 'multiple';
  value?: readonly string[] | null;
  onChange?: (ids: string[]) => void;
  /** The current values' names, so they show before any search. */
  initial?: readonly UnitOption[] | null;
}

type UnitPickerProps = SingleProps | MultipleProps;

const SEARCH_DELAY_MS = 250;
const OPTIONS = 20;

/**
 * A select that searches units by name prefix on the server (`units(filter: { namePrefix })`); one unit, or
 * several with `mode="multiple"`. Chosen units keep their names while other searches come and go.
 */
export function UnitPicker(props: UnitPickerProps) {
  const { hostKinds, excludeId, placeholder, id, disabled, 'aria-label': ariaLabel, style } = props;
  const t = useT();
  const client = useClient();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [found, setFound] = useState<{ id: string; name: string; hostKind: HostKind }[]>([]);
  /** Names of units seen in a search or looked up: a chosen one keeps its label when the next search drops it. */
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const request = useRef(0);
  const kinds = hostKinds?.join() ?? '';
  const values: readonly string[] =
    props.mode === 'multiple' ? (props.value ?? []) : props.value ? [props.value] : [];
  const initial: readonly UnitOption[] =
    props.mode === 'multiple' ? (props.initial ?? []) : props.initial ? [props.initial] : [];

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
      setNames((known) => new Map([...known, ...units.map((u) => [u.id, u.name] as const)]));
      setLoading(false);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // Dependencies: hostKinds compared by value (kinds)
  }, [open, search, kinds, excludeId, client]);

  // A chosen unit whose name nothing here knows (a value restored from a draft): ask for it.
  const nameOf = (unitId: string) => names.get(unitId) ?? initial.find((u) => u.id === unitId)?.name;
  const unnamed = values.filter((unitId) => nameOf(unitId) === undefined).join();
  useEffect(() => {
    if (!unnamed) return;
    let current = true;
    void Promise.all(unnamed.split(',').map((unitId) => client.query(UnitOptionNameQuery, { id: unitId }).toPromise())).then(
      (results) => {
        if (!current) return;
        const units = results.flatMap((r) => (r.data?.unit ? [r.data.unit] : []));
        if (units.length > 0) setNames((known) => new Map([...known, ...units.map((u) => [u.id, u.name] as const)]));
      },
    );
    return () => {
      current = false;
    };
  }, [unnamed, client]);

  const options = useMemo(() => {
    const list = found.map((u) => ({
      value: u.id,
      label: u.name,
      title: u.name,
      kind: t(enumLabel.hostKind(u.hostKind)),
    }));
    const extras = [...initial.map((u) => u.id), ...values];
    for (const extraId of extras) {
      const name = nameOf(extraId);
      if (name !== undefined && !list.some((o) => o.value === extraId)) list.unshift({ value: extraId, label: name, title: name, kind: '' });
    }
    return list;
    // Dependencies: the chosen ids and the known names are what the extra options come from
  }, [found, names, initial.map((u) => u.id).join(), values.join(), t]);

  const change = (next: string | string[] | undefined) => {
    if (props.mode === 'multiple') props.onChange?.(Array.isArray(next) ? next : []);
    else props.onChange?.(typeof next === 'string' ? next : null);
  };

  return (
    <Select<string | string[]>
      id={id}
      mode={props.mode}
      aria-label={ariaLabel}
      style={style}
      disabled={disabled}
      value={props.mode === 'multiple' ? [...values] : (values[0] ?? undefined)}
      onChange={change}
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
