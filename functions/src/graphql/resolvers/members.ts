import { hasRole, type Principal } from '../../auth/principal';
import type { Member } from '../../domain/members/member';
import {
  createMember, getMember, listMembers, listTransfers, listUnitMembers, removeMember, revealMemberIdNumber, transferMember,
  updateMember, updateOwnPhone, viewerMember,
} from '../../domain/members/service';
import { continueMemberImport, exportMembers, getMemberImport, listMemberImports, memberImportTemplate, previewMemberImport } from '../../domain/members/import-service';
import type { RosterField } from '../../domain/members/roster-import';
import { maskPhone } from '../../domain/privacy';
import type { Resolvers } from '../generated/resolvers-types';

/** A member's phone whole for the secretariat and the member itself; masked for everyone else (PIPL). */
const phoneFor = (member: Member, principal: Principal) =>
  hasRole(principal, 'REGION_ADMIN') || principal.memberId === member.id ? member.phone : maskPhone(member.phone);

/** RosterField in the API (UNIT_NAME) and in the domain (unitName). */
const toApiField = (field: RosterField | null) => (field ? (field.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase() as never) : null);
const toDomainField = (field: string | null) => (field ? (field.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as RosterField) : null);
const withApiField = <T extends { field: RosterField | null }>(rows: readonly T[]) => rows.map((row) => ({ ...row, field: toApiField(row.field) }));

export const memberResolvers: Resolvers = {
  Query: {
    memberImport: (_, { id }, { principal, ports }) => getMemberImport(principal, id, ports),
    memberImports: (_, args, { principal, ports }) => listMemberImports(principal, args, ports),
    memberImportTemplate: (_, __, { principal, ports }) => memberImportTemplate(principal, ports),
    member: (_, { id }, { principal, loaders }) => getMember(principal, id, (memberId) => loaders.member.load(memberId)),
    members: (_, args, { principal, ports }) => listMembers(principal, args, ports),
  },
  Mutation: {
    createMember: (_, { input }, { principal, ports }) => createMember(principal, input, ports),
    updateMember: (_, { input }, { principal, ports }) => updateMember(principal, input, ports),
    removeMember: (_, { input }, { principal, ports }) => removeMember(principal, input, ports),
    transferMember: (_, { input }, { principal, ports }) => transferMember(principal, input, ports),
    revealMemberIdNumber: (_, { id }, { principal, ports }) => revealMemberIdNumber(principal, id, ports),
    updateMyPhone: (_, args, { principal, ports }) => updateOwnPhone(principal, args, ports),
    previewMemberImport: (_, { input }, { principal, ports }) =>
      previewMemberImport(principal, { ...input, columns: input.columns?.map((c) => ({ index: c.index, field: toDomainField(c.field ?? null) })) }, ports),
    continueMemberImport: (_, { id }, { principal, ports }) => continueMemberImport(principal, id, ports),
    exportMembers: (_, args, { principal, ports }) => exportMembers(principal, args, ports),
  },
  MemberImport: {
    columns: (job) => withApiField(job.columns),
    errors: (job) => withApiField(job.errors),
    failures: (job) => withApiField(job.failures),
  },
  Member: {
    idNumber: (member) => member.idNumber.masked,
    phone: (member, _, { principal }) => phoneFor(member, principal),
    unit: (member, _, { loaders }) => loaders.unit.load(member.unitId),
    community: (member, _, { loaders }) => (member.communityId ? loaders.unit.load(member.communityId) : null),
    transfers: (member, args, { principal, ports }) => listTransfers(principal, member, args, ports),
  },
  MemberTransfer: {
    fromUnit: (transfer, _, { loaders }) => loaders.unit.load(transfer.fromUnitId),
    toUnit: (transfer, _, { loaders }) => (transfer.toUnitId ? loaders.unit.load(transfer.toUnitId) : null),
  },
  Unit: {
    members: (unit, args, { principal, ports }) => listUnitMembers(principal, unit.id, args, ports),
  },
  Viewer: {
    member: (principal, _, { loaders }) => viewerMember(principal, (id) => loaders.member.load(id)),
  },
};
