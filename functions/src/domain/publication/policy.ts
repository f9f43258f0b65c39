import { granted, regionAdmin, type Policy } from '../../auth/policy';

/**
 * Who may run each publication use case: the secretariat (region admin) publishes, withdraws and reviews what its
 * region publishes (公示, 001 §3(1): 街道党工委 公开公示). Reading what is published needs no grant at all: the public
 * reads (service.ts `public*`) take a region id, never a principal, and return only published records' public fields.
 */
export const publicationPolicy = {
  publish: granted(regionAdmin),
  unpublish: granted(regionAdmin),
  readPublications: granted(regionAdmin),
} satisfies Policy;
