import { openDataLinks } from '../../domain/publication/open-data';
import {
  listPublications, publicListRequest, publicNeeds, publicProjectById, publicProjectProgress, publicProjects, publicResolutions, publicResources, publish,
  readPublicRegion, unpublish,
} from '../../domain/publication/service';
import type { Resolvers } from '../generated/resolvers-types';

/**
 * Publication (公示). The public entry (`publicRegion` and everything under it) never reads `principal`: anyone may
 * call it, and it returns only published records through the public views (domain/publication/public-view.ts).
 */
export const publicationResolvers: Resolvers = {
  Query: {
    publicRegion: (_, args, { ports }) => readPublicRegion(args, ports),
    publications: (_, args, { principal, ports }) => listPublications(principal, args, ports),
  },
  Mutation: {
    publish: (_, args, { principal, ports }) => publish(principal, args, ports),
    unpublish: (_, args, { principal, ports }) => unpublish(principal, args, ports),
  },
  PublicRegion: {
    needs: (region, args, { ports }) => publicNeeds(region.id, args, ports),
    resources: (region, args, { ports }) => publicResources(region.id, args, ports),
    projects: (region, args, { ports }) => publicProjects(region.id, args, ports),
    resolutions: (region, args, { ports }) => publicResolutions(region.id, args, ports),
    project: (region, args, { ports }) => publicProjectById(region.id, args, ports),
    openData: (region, { year }, { ports }) => openDataLinks(region.id, publicListRequest({ year }, ports.now()).year, ports.now()),
  },
  PublicProject: {
    // One query per project, only when asked (a project's page; a list shows its stage without it).
    progress: (project, _, { ports }) => publicProjectProgress(project, ports),
  },
  // A signed-in reader of the lists sees whether a record is published (one batched read per request).
  Need: { publication: (need, _, { loaders }) => loaders.publication.load(need.id) },
  Resource: { publication: (resource, _, { loaders }) => loaders.publication.load(resource.id) },
  Project: { publication: (project, _, { loaders }) => loaders.publication.load(project.id) },
  Resolution: { publication: (resolution, _, { loaders }) => loaders.publication.load(resolution.id) },
  Publication: {
    meetingId: async (publication, _, { loaders }) =>
      publication.recordType === 'RESOLUTION' ? ((await loaders.resolution.load(publication.recordId))?.meetingId ?? null) : null,
  },
};
