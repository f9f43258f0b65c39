import {
  claimableProjects, claimProject, claimProjectSlot, claimResource, closeNeed, createNeed, createProjectFromNeed, createResource, getNeed,
  getListSettings, getProject, getResource, listNeedCategories, listNeeds, listYear, listProjects, listResources, projectActions, projectClaims, projectProgress, projectRatings, rateProject, reportProjectProgress,
  seesClaimMember, seesResourceContact, setListSettings, suggestResources, transitionProject, updateNeed, updateResource, withdrawClaim, withdrawResource,
} from '../../domain/lists/service';
import { claimMode, ratingAverage } from '../../domain/lists/project';
import { resourceStatus } from '../../domain/lists/resource';
import { isOverdue } from '../../domain/lists/rules';
import { maskPhone } from '../../domain/privacy';
import { todayInChina } from '../../domain/validation';
import type { Resolvers } from '../generated/resolvers-types';

const present = <T>(items: readonly (T | Error | null)[]): T[] => items.filter((x): x is T => x !== null && !(x instanceof Error));

export const listResolvers: Resolvers = {
  Query: {
    listYear: (_, { year }, { principal, ports }) => listYear(principal, year, ports),
    need: (_, { id }, { principal, ports }) => getNeed(principal, id, ports),
    needs: (_, args, { principal, ports }) => listNeeds(principal, args, ports),
    needCategories: (_, __, { principal, ports }) => listNeedCategories(principal, ports),
    listSettings: (_, __, { principal, ports }) => getListSettings(principal, ports),
    resource: (_, { id }, { principal, ports }) => getResource(principal, id, ports),
    resources: (_, args, { principal, ports }) => listResources(principal, args, ports),
    suggestResources: (_, { needId }, { principal, ports }) => suggestResources(principal, needId, ports),
    project: (_, { id }, { principal, ports }) => getProject(principal, id, ports),
    projects: (_, args, { principal, ports }) => listProjects(principal, args, ports),
    claimableProjects: (_, args, { principal, ports }) => claimableProjects(principal, args, ports),
  },
  Mutation: {
    setListSettings: (_, { input }, { principal, ports }) => setListSettings(principal, input, ports),
    createNeed: (_, { input }, { principal, ports }) => createNeed(principal, input, ports),
    updateNeed: (_, { input }, { principal, ports }) => updateNeed(principal, input, ports),
    closeNeed: (_, { input }, { principal, ports }) => closeNeed(principal, input, ports),
    createResource: (_, { input }, { principal, ports }) => createResource(principal, input, ports),
    updateResource: (_, { input }, { principal, ports }) => updateResource(principal, input, ports),
    withdrawResource: (_, args, { principal, ports }) => withdrawResource(principal, args, ports),
    createProjectFromNeed: (_, { input }, { principal, ports }) => createProjectFromNeed(principal, input, ports),
    transitionProject: (_, { input }, { principal, ports }) => transitionProject(principal, input, ports),
    reportProjectProgress: (_, { input }, { principal, ports }) => reportProjectProgress(principal, input, ports),
    claimProject: (_, { input }, { principal, ports }) => claimProject(principal, input, ports),
    claimProjectSlot: (_, { projectId }, { principal, ports }) => claimProjectSlot(principal, projectId, ports),
    claimResource: (_, { input }, { principal, ports }) => claimResource(principal, input, ports),
    withdrawClaim: (_, { claimId }, { principal, ports }) => withdrawClaim(principal, claimId, ports),
    // Open to anonymous residents: the use case reads who is signed in, if anyone.
    rateProject: (_, { input }, { signedIn, ports }) => rateProject(signedIn, input, ports),
  },
  // Records a page names load in batches (the per-request loaders).
  Need: {
    communityUnit: (need, _, { loaders }) => loaders.unit.load(need.communityUnitId),
    project: (need, _, { loaders }) => (need.projectId ? loaders.project.load(need.projectId) : null),
  },
  Resource: {
    unit: (resource, _, { loaders }) => loaders.unit.load(resource.unitId),
    status: (resource) => resourceStatus(resource),
    contactPhone: (resource, _, { principal }) => (seesResourceContact(principal, resource) ? resource.contactPhone : maskPhone(resource.contactPhone)),
  },
  Project: {
    needs: async (project, _, { loaders }) => present(await loaders.need.loadMany(project.needIds)),
    communityUnit: (project, _, { loaders }) => loaders.unit.load(project.communityUnitId),
    leadUnit: (project, _, { loaders }) => (project.leadUnitId ? loaders.unit.load(project.leadUnitId) : null),
    claimMode: (project) => claimMode(project),
    // One query of the project's partition: for a project's page, not for every row of a list.
    claims: (project, _, { principal, ports }) => projectClaims(principal, project, ports),
    allowedActions: (project, _, { principal, ports, loaders }) =>
      projectActions(principal, project, ports, { claim: (id) => loaders.claim.load(id), pairedUnits: (unitId) => loaders.pairedUnits.load(unitId) }),
    overdue: (project, _, { ports }) => isOverdue(project, todayInChina(ports.now())),
    rating: (project) => ({ average: ratingAverage(project), count: project.ratingCount }),
    ratings: (project, args, { principal, ports }) => projectRatings(principal, project, args, ports),
    progress: (project, args, { principal, ports }) => projectProgress(principal, project, args, ports),
  },
  ProjectProgress: {
    unit: (progress, _, { loaders }) => (progress.unitId ? loaders.unit.load(progress.unitId) : null),
  },
  Claim: {
    project: (claim, _, { loaders }) => loaders.project.load(claim.projectId),
    unit: (claim, _, { loaders }) => (claim.unitId ? loaders.unit.load(claim.unitId) : null),
    resource: (claim, _, { loaders }) => (claim.resourceId ? loaders.resource.load(claim.resourceId) : null),
    memberName: (claim, _, { principal }) => (seesClaimMember(principal, claim) ? claim.memberName : null),
    memberId: (claim, _, { principal }) => (seesClaimMember(principal, claim) ? claim.memberId : null),
  },
};
