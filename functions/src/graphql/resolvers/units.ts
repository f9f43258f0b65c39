import { hasRole, type Principal } from '../../auth/principal';
import { checkLevel, needsPairing } from '../../domain/units/rules';
import {
  changeUnitStatus, createUnit, deleteUnit, getUnit, listChildren, listUnitOptions, listUnits, registerUnit, updateUnit,
} from '../../domain/units/service';
import { listPairings } from '../../domain/pairings/service';
import type { UnitPerson } from '../../domain/units/unit';
import { maskPhone } from '../../domain/privacy';
import { lockedUnitFields } from '../../domain/units/policy';
import type { Resolvers } from '../generated/resolvers-types';

/** Phones of a unit's people are personal information: only region admins see them whole. */
const person = (p: UnitPerson | null, principal: Principal) =>
  p && (hasRole(principal, 'REGION_ADMIN') ? p : { ...p, phone: maskPhone(p.phone) });

export const unitResolvers: Resolvers = {
  Query: {
    unit: (_, { id }, { principal, loaders }) => getUnit(principal, id, (unitId) => loaders.unit.load(unitId)),
    units: (_, args, { principal, ports }) => listUnits(principal, args, ports),
    // A UnitOption has only id, name, kind, role and status: the Unit's other fields are never resolved.
    unitOptions: (_, args, { principal, ports }) => listUnitOptions(principal, args, ports),
  },
  Mutation: {
    createUnit: (_, { input }, { principal, ports }) => createUnit(principal, input, ports),
    updateUnit: (_, { input }, { principal, ports }) => updateUnit(principal, input, ports),
    registerUnit: (_, { input }, { principal, ports }) => registerUnit(principal, input, ports),
    changeUnitStatus: (_, { input }, { principal, ports }) => changeUnitStatus(principal, input, ports),
    deleteUnit: (_, args, { principal, ports }) => deleteUnit(principal, args, ports),
  },
  Unit: {
    parent: (unit, _, { loaders }) => (unit.parentId ? loaders.unit.load(unit.parentId) : null),
    children: (unit, args, { principal, ports }) => listChildren(principal, unit.id, args, ports),
    levelCheck: (unit) => checkLevel(unit),
    needsPairing: (unit) => needsPairing(unit),
    pairings: (unit, args, { principal, ports }) => listPairings(principal, unit.id, args, ports),
    leader: (unit, _, { principal }) => person(unit.leader, principal),
    representative: (unit, _, { principal }) => person(unit.representative, principal),
    liaison: (unit, _, { principal }) => person(unit.liaison, principal),
    partTimeCommitteeMember: (unit, _, { principal }) => person(unit.partTimeCommitteeMember, principal),
    lockedFields: (_, __, { principal }) => [...lockedUnitFields(principal)],
  },
  Registration: {
    community: (registration, _, { loaders }) =>
      registration.communityId ? loaders.unit.load(registration.communityId) : null,
  },
};
