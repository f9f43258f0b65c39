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

interface CommonProps {
  /** Only this unit's members (a liaison's roster is its unit's anyway: the API forces it). */
  unitId?: string | null;
  placeholder?: string;
  id?: string;
  disabled?: boolean;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

/** One member (a record's member, a filter, an account's member). */
interface SingleProps extends CommonProps {
  mode?: undefined;
  value?: string | null;
  onChange?: (id: string | null, member: PickedMember | null) => void;
  /** The current value's name, so it shows before any search. */
  initial?: PickedMember | null;
}

/** Several members (a meeting's members invited in person): the value is their ids. */
interface MultipleProps extends CommonProps {
  mode: 'multiple';
  value?: readonly string[] | null;
  onChange?: (ids: string[], members: PickedMember[]) => void;
  /** The current values' names, so they show before any search. */
  initial?: readonly PickedMember[] | null;
}

type Props = SingleProps | MultipleProps;

const SEARCH_DELAY_MS = 250;
const OPTIONS = 30;

/**
 * A member of the roster, searched by the start of its name (`members(filter: { namePrefix })`), with its unit
 * beside the name (two 王芳 apart); one member, or several with `mode="multiple"`. The picked members come back
 * whole, for a form that needs their units; chosen ones keep their names while other searches come and go.
 */
export function MemberPicker(props: Props) {
  const { unitId, placeholder, id, disabled, style, 'aria-label': ariaLabel } = props;
  const t = useT();
  const client = useClient();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [found, setFound] = useState<PickedMember[]>([]);
  const [known, setKnown] = useState<ReadonlyMap<string, PickedMember>>(new Map());
  const request = useRef(0);
  const values: readonly string[] = props.mode === 'multiple' ? (props.value ?? []) : props.value ? [props.value] : [];
  const initial: readonly PickedMember[] = props.mode === 'multiple' ? (props.initial ?? []) : props.initial ? [props.initial] : [];

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

  const memberOf = (memberId: string) => known.get(memberId) ?? initial.find((m) => m.id === memberId);

  const options = useMemo(() => {
    const list = found.map((m) => ({ value: m.id, label: m.name, title: m.name, unit: m.unitName ?? '' }));
    // The chosen ones first when this search did not find them (their labels, not their ids, in the field)
    for (const chosenId of [...values].reverse()) {
      const chosen = memberOf(chosenId);
      if (chosen && !list.some((o) => o.value === chosen.id)) list.unshift({ value: chosen.id, label: chosen.name, title: chosen.name, unit: chosen.unitName ?? '' });
    }
    return list;
    // Dependencies: the chosen ids and the known members are what the extra options come from
  }, [found, known, values.join(), initial.map((m) => m.id).join()]);

  const change = (next: string | string[] | undefined) => {
    if (props.mode === 'multiple') {
      const ids = Array.isArray(next) ? next : [];
      props.onChange?.(ids, ids.flatMap((memberId) => memberOf(memberId) ?? []));
    } else {
      const picked = typeof next === 'string' ? (memberOf(next) ?? null) : null;
      props.onChange?.(typeof next === 'string' ? next : null, picked);
    }
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
