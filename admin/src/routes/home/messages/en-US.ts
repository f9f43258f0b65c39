import type { zhCN } from './zh-CN';

/** English: typed to the Chinese source's keys, so a missing or stray key fails the typecheck. */
export const enUS: Record<keyof typeof zhCN, string> = {
  'nav.home': 'Home',

  'home.welcome': 'Welcome, {name}',
  'home.roles': 'Roles',
  'home.region': 'Region',
  'home.noRegion': 'No region',
  'home.nothingYet': 'For now your role can only see its own account here; there is nothing to act on yet.',
  'home.member': 'Party members’ own records and reporting to a community come with the Party members area.',
  'home.comingSoon': 'These areas will appear in the menu on the left when they are ready.',
  'home.goUnits': 'Go to member units',
  'home.goMyUnit': 'Go to my unit',
};
