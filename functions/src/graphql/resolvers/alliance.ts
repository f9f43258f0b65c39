import { endOfficerTerm, getAllianceSettings, listOfficers, setCouncilTerm, setOfficer } from '../../domain/alliance/service';
import { createSubBody, getSubBody, listSubBodies, updateSubBody } from '../../domain/alliance/sub-bodies-service';
import type { Unit } from '../../domain/units/unit';
import type { Resolvers } from '../generated/resolvers-types';

export const allianceResolvers: Resolvers = {
  Query: {
    officers: (_, args, { principal, ports }) => listOfficers(principal, args, ports),
    allianceSettings: (_, __, { principal, ports }) => getAllianceSettings(principal, ports),
    subBodies: (_, args, { principal, ports }) => listSubBodies(principal, args, ports),
    subBody: (_, { id }, { principal, ports }) => getSubBody(principal, id, ports),
  },
  Mutation: {
    setOfficer: (_, { input }, { principal, ports }) => setOfficer(principal, input, ports),
    endOfficerTerm: (_, { input }, { principal, ports }) => endOfficerTerm(principal, input, ports),
    setCouncilTerm: (_, { input }, { principal, ports }) => setCouncilTerm(principal, input, ports),
    createSubBody: (_, { input }, { principal, ports }) => createSubBody(principal, input, ports),
    updateSubBody: (_, { input }, { principal, ports }) => updateSubBody(principal, input, ports),
  },
  Officer: {
    unit: (officer, _, { loaders }) => loaders.unit.load(officer.unitId),
  },
  SubBody: {
    convenerUnit: (body, _, { loaders }) => loaders.unit.load(body.convenerUnitId),
    peopleCount: (body) => body.people.length,
    units: async (body, _, { loaders }) => (await loaders.unit.loadMany(body.unitIds)).filter((u): u is Unit => u !== null && !(u instanceof Error)),
  },
  SubBodyPerson: {
    unit: (person, _, { loaders }) => (person.unitId ? loaders.unit.load(person.unitId) : null),
  },
};
