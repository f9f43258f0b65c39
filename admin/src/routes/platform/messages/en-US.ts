import type { zhCN } from './zh-CN';

/** English: typed to the Chinese source's keys, so a missing or stray key fails the typecheck. */
export const enUS: Record<keyof typeof zhCN, string> = {
  'nav.platform': 'Platform',
  'nav.regions': 'Regions',
  'nav.createRegion': 'New region',

  'enum.regionLevel.DISTRICT': 'District',
  'enum.regionLevel.STREET': 'Street',
  'enum.regionLevel.TOWNSHIP': 'Township',

  'region.name': 'Region name',
  'region.level': 'Administrative level',
  'region.slug': 'Short name',
  'region.slugRule': '3–32 lower-case letters, digits or hyphens, starting with a letter, unique on the platform; part of the public page’s address, fixed once created.',
  'region.superiorOrganization': 'Superior Party organisation',
  'region.unitCount': 'Units',
  'region.accountCount': 'Accounts',
  'region.admins': 'Administrators',
  'region.createdAt': 'Created',
  'region.noAdmin': 'None yet',

  'regions.title': 'Regions',
  'regions.hint': 'Each region is a street or township Party committee and its alliance; after creating one, appoint its administrator (secretariat), who opens the other accounts.',
  'regions.empty': 'No regions yet',
  'regions.create': 'New region',
  'regions.countAll': '{count} regions',
  'regions.countPage': '{count} regions on this page',
  'regions.appoint': 'Appoint administrator',

  'regionForm.title': 'New region',
  'regionForm.nameRequired': 'Enter the region’s name',
  'regionForm.namePlaceholder': 'e.g. Chang’an Street',
  'regionForm.levelRequired': 'Choose the administrative level',
  'regionForm.slugRequired': 'Enter the short name',
  'regionForm.slugInvalid': 'The short name is 3–32 lower-case letters, digits or hyphens, starting with a letter',
  'regionForm.slugPlaceholder': 'e.g. changan',
  'regionForm.superiorPlaceholder': 'e.g. the district Party committee',
  'regionForm.submit': 'Create region',
  'regionForm.created': 'Region “{name}” created: appoint its administrator',

  'appoint.title': 'Appoint administrator: {region}',
  'appoint.hint': 'Opens an administrator (secretariat) account for this region. The temporary password is shown once; the first sign-in sets a new password and enrols an authenticator.',
  'appoint.username': 'Username',
  'appoint.usernameHint': '3–64 letters, digits or . _ - @; a mobile number is a good choice',
  'appoint.usernameRequired': 'Enter the username',
  'appoint.name': 'Name',
  'appoint.nameRequired': 'Enter the name',
  'appoint.phone': 'Mobile',
  'appoint.submit': 'Appoint',
  'appoint.done': '{name} appointed administrator',
};
