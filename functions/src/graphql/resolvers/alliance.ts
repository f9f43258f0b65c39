import { hasRole, type Principal } from '../../auth/principal';
import { currentCharterVersion, getCharter, listCharterVersions, uploadCharterVersion } from '../../domain/alliance/charter-service';
import { fileRepresentativeChange, listRepresentativeChanges } from '../../domain/alliance/representative-changes-service';
import { endOfficerTerm, getAllianceSettings, listOfficers, setCouncilTerm, setOfficer } from '../../domain/alliance/service';
import { createSubBody, getSubBody, listSubBodies, updateSubBody } from '../../domain/alliance/sub-bodies-service';
import { maskPhone } from '../../domain/privacy';
import type { Unit, UnitPerson } from '../../domain/units/unit';
import type { Resolvers } from '../generated/resolvers-types';

/** Phones of a unit's people are personal information: only region admins see them whole (as on Unit). */
const person = (p: UnitPerson | null, principal: Principal) => p && (hasRole(principal, 'REGION_ADMIN') ? p : { ...p, phone: maskPhone(p.phone) });

export const allianceResolvers: Resolvers = {
  Query: {
    officers: (_, args, { principal, ports }) => listOfficers(principal, args, ports),
    allianceSettings: (_, __, { principal, ports }) => getAllianceSettings(principal, ports),
    subBodies: (_, args, { principal, ports }) => listSubBodies(principal, args, ports),
    subBody: (_, { id }, { principal, ports }) => getSubBody(principal, id, ports),
    charter: (_, __, { principal }) => getCharter(principal),
    representativeChanges: (_, args, { principal, ports }) => listRepresentativeChanges(principal, args, ports),
  },
  Mutation: {
    setOfficer: (_, { input }, { principal, ports }) => setOfficer(principal, input, ports),
    endOfficerTerm: (_, { input }, { principal, ports }) => endOfficerTerm(principal, input, ports),
    setCouncilTerm: (_, { input }, { principal, ports }) => setCouncilTerm(principal, input, ports),
    createSubBody: (_, { input }, { principal, ports }) => createSubBody(principal, input, ports),
    updateSubBody: (_, { input }, { principal, ports }) => updateSubBody(principal, input, ports),
    uploadCharterVersion: (_, { input }, { principal, ports }) => uploadCharterVersion(principal, input, ports),
    fileRepresentativeChange: (_, { input }, { principal, ports }) => fileRepresentativeChange(principal, input, ports),
  },
  Charter: {
    current: (_, __, { principal, ports }) => currentCharterVersion(principal, ports),
    versions: (_, args, { principal, ports }) => listCharterVersions(principal, args, ports),
  },
  RepresentativeChange: {
    unit: (change, _, { loaders }) => loaders.unit.load(change.unitId),
    previous: (change, _, { principal }) => person(change.previous, principal),
    next: (change, _, { principal }) => person(change.next, principal),
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
