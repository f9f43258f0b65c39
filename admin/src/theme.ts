import type { ThemeConfig } from 'antd';

/**
 * A preset colour's 7th shade, the text of its tags (on shade 1), replaced by a darker one of antd's own
 * palette. antd keeps each shade under two names (`green7`, `green-7`) that become one CSS variable: both
 * must change.
 */
const tagText = (color: string, value: string) => ({ [`${color}7`]: value, [`${color}-7`]: value });

/**
 * antd's theme, darkened where its defaults fail WCAG AA contrast (4.5:1 for text) as axe-core measures it
 * in the browser tests: secondary, description and placeholder text (45 % and 25 % black on white),
 * breadcrumbs on the grey page, links (#1677ff), danger buttons, success/warning text, and the text of
 * coloured tags. Each value is the next shade of antd's own palette that passes, so the console keeps
 * antd's look.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#c8102e',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)', // #595959: 7.0:1 on white
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)', // #666: 5.7:1 on white, 5.3:1 on the #f5f5f5 page (breadcrumbs)
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.57)', // #6e6e6e: 5.1:1, still lighter than typed text
    colorLink: '#0958d9', // blue-7: 6.2:1
    colorLinkHover: '#003eb3',
    colorLinkActive: '#002c8c',
    // Status colours: the text one shade darker; backgrounds and borders kept at antd's light defaults
    // (derived from the darker seed they would turn greyish, and the text on them fail again).
    colorError: '#cf1322', // red-7: 5.6:1 (danger buttons, field errors)
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorSuccess: '#237804', // green-8: 5.6:1
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#ad4e00', // orange-8: 5.4:1
    colorWarningBg: '#fff7e6',
    colorWarningBorder: '#ffd591',
    ...tagText('green', '#237804'),
    ...tagText('orange', '#ad4e00'),
    ...tagText('volcano', '#ad2102'),
    ...tagText('gold', '#874d00'),
    ...tagText('yellow', '#876800'),
    ...tagText('lime', '#3f6600'),
    ...tagText('cyan', '#006d75'),
  },
  components: {
    // A table's empty text (尚无结对共建记录 …) is information, not a disabled control: 25 % black is unreadable.
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
  },
};
