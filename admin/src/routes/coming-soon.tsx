import { TrophyOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { defineMessages, type Area } from '../areas/area';
import type { Access } from '../areas';
import type { MessageKey } from '../areas/messages';

/**
 * Areas not built yet: a region admin sees them in the menu, disabled, saying 即将上线. Building one means
 * giving it a folder of its own (`routes/<name>/area.tsx`, with routes and messages) and pointing its line
 * in `areas/index.ts` there.
 */
function comingSoon<const K extends string>(
  name: string,
  order: number,
  icon: ReactNode,
  label: K,
  zhCN: string,
  enUS: string,
): Area<K> {
  return {
    name,
    messages: defineMessages({ [label]: zhCN } as Record<K, string>, { [label]: enUS } as Record<K, string>),
    menu: [{ key: name, label: label as MessageKey, icon, order, comingSoon: true, show: forRegionAdmins }],
  };
}

const forRegionAdmins = (access: Access) => access.manageUnits;

export const evaluationArea = comingSoon('evaluation', 60, <TrophyOutlined />, 'nav.evaluation', '考核评价', 'Evaluation');
