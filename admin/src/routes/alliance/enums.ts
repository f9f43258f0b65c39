import type { OfficerPost, RepresentativePost, SubBodyKind } from '../../gql/graphql';
import type { MessageKey } from '../../i18n';

/** Dictionary keys of the alliance's enums: the template types make the compiler check every value has a label. */
export const allianceLabel = {
  post: (v: OfficerPost): MessageKey => `enum.officerPost.${v}`,
  kind: (v: SubBodyKind): MessageKey => `enum.subBodyKind.${v}`,
  representativePost: (v: RepresentativePost): MessageKey => `enum.representativePost.${v}`,
};

/** In the schema's order (会长 first): forms and tables list them so. */
export const OFFICER_POSTS: readonly OfficerPost[] = ['PRESIDENT', 'EXECUTIVE_VICE_PRESIDENT', 'VICE_PRESIDENT', 'ROTATING_VICE_PRESIDENT', 'SECRETARY_GENERAL'];
export const SUB_BODY_KINDS: readonly SubBodyKind[] = ['EXPERT_COMMITTEE', 'RESEARCH_COMMITTEE', 'STREET_BRANCH'];

/** The document cache refreshes these lists on any change of one of them. */
export const OFFICERS_REFRESH = { additionalTypenames: ['Officer'] };
export const SUB_BODIES_REFRESH = { additionalTypenames: ['SubBody'] };
export const CHARTER_REFRESH = { additionalTypenames: ['CharterVersion'] };
export const REPRESENTATIVE_CHANGES_REFRESH = { additionalTypenames: ['RepresentativeChange'] };
