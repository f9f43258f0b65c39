import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * One source (schema/*.graphql), two outputs: resolver types for functions/ (mapped to the domain
 * models, so resolvers return domain objects) and typed documents for admin/.
 * `npm run codegen` writes them; `npm run codegen:check` (part of npm test) fails when they are stale.
 */
const scalars = { DateTime: 'string', Date: 'string' };

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  ignoreNoDocuments: true,
  generates: {
    'functions/src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars,
        contextType: '../context#GraphqlContext',
        mapperTypeSuffix: 'Model',
        mappers: {
          Region: '../../domain/regions/region#Region',
          ActingSession: '../../domain/regions/region#ActingSession',
          Account: '../../domain/accounts/account#Account',
          AccountWithPassword: '../../domain/accounts/service#AccountCreated',
          LiaisonAccountsStep: '../../domain/accounts/service#LiaisonAccountsStep',
          Viewer: '../../auth/principal#Principal',
          Unit: '../../domain/units/unit#Unit',
          Registration: '../../domain/units/unit#UnitRegistration',
          Pairing: '../../domain/pairings/pairing#Pairing',
          Member: '../../domain/members/member#Member',
          MemberTransfer: '../../domain/members/member#MemberTransfer',
          MemberImport: '../../domain/members/member-import#MemberImport',
          Meeting: '../../domain/meetings/meeting#Meeting',
          AgendaItem: '../../domain/meetings/meeting#AgendaItem',
          AgendaSolicitation: '../../domain/meetings/solicitation#SolicitationView',
          AgendaSolicitationReply: '../../domain/meetings/solicitation#SolicitationReply',
          AgendaProposal: '../../domain/meetings/solicitation#ProposalView',
          Attendance: '../../domain/meetings/proceedings#Attendance',
          MeetingOpinion: '../../domain/meetings/proceedings#MeetingOpinion',
          Minutes: '../../domain/meetings/proceedings#Minutes',
          MinutesVersion: '../../domain/meetings/proceedings#MinutesVersion',
          UnitPosition: '../../domain/meetings/proceedings#UnitPosition',
          AgendaConsensus: '../../domain/meetings/proceedings#AgendaConsensus',
          Resolution: '../../domain/meetings/proceedings#Resolution',
          ActionItem: '../../domain/meetings/proceedings#ActionItem',
          ActionReport: '../../domain/meetings/proceedings#ActionReport',
          ResolutionReceipt: '../../domain/meetings/proceedings#ResolutionReceipt',
          CommunityReport: '../../domain/engagement/report#CommunityReport',
          Post: '../../domain/engagement/post#Post',
          PostHolder: '../../domain/engagement/post#PostHolder',
          ServiceRecord: '../../domain/engagement/service-record#ServiceRecord',
          TrainingRecord: '../../domain/engagement/training#TrainingRecord',
          TrainingStatus: '../../domain/engagement/records-service#TrainingStatus',
          EngagementRules: '../../domain/engagement/points#EngagementRules',
          PointsEntry: '../../domain/engagement/points#PointsEntry',
          MemberPoints: '../../domain/engagement/records-service#MemberPoints',
          EvaluationGrade: '../../domain/engagement/evaluation#EvaluationGrade',
          EvaluationRow: '../../domain/engagement/records-service#EvaluationRow',
          LedgerItem: '../../domain/ledger/item#LedgerItem',
          Publication: '../../domain/publication/publication#Publication',
          PublicRegion: '../../domain/publication/public-view#PublicRegionView',
          PublicNeed: '../../domain/publication/public-view#PublicNeedView',
          PublicResource: '../../domain/publication/public-view#PublicResourceView',
          PublicProject: '../../domain/publication/public-view#PublicProjectView',
          PublicResolution: '../../domain/publication/public-view#PublicResolutionView',
          LedgerEvent: '../../domain/ledger/item#LedgerEvent',
          Need: '../../domain/lists/need#Need',
          Resource: '../../domain/lists/resource#Resource',
          Project: '../../domain/lists/project#Project',
          Claim: '../../domain/lists/project#Claim',
          ProjectEvent: '../../domain/lists/project#ProjectEvent',
          ProjectRating: '../../domain/lists/project#ProjectRating',
          ProjectProgress: '../../domain/lists/project#ProjectProgress',
          ArchiveFile: '../../domain/files/stored-file#StoredFile',
          ArchiveDocument: '../../domain/archive/document#ArchiveDocument',
          ArchiveDocumentVersion: '../../domain/archive/document#ArchiveVersion',
          ArchiveVerification: '../../domain/archive/service#ArchiveVerification',
          NotificationFeed: '../../domain/notifications/service#NotificationFeed',
          OutboxEntry: '../../domain/notifications/outbox#OutboxEntry',
          ReminderDispatch: '../../domain/notifications/outbox-service#ReminderDispatch',
          AuditEntry: '../../domain/audit/audit#AuditEntry',
          FieldChange: '../../domain/audit/audit#FieldChange',
          Officer: '../../domain/alliance/model#Officer',
          AllianceSettings: '../../domain/alliance/model#AllianceSettings',
          SubBody: '../../domain/alliance/model#SubBody',
          SubBodyPerson: '../../domain/alliance/model#SubBodyPerson',
          Charter: '../../domain/alliance/charter-service#CharterView',
          CharterVersion: '../../domain/alliance/charter#CharterVersion',
          RepresentativeChange: '../../domain/alliance/representative-change#RepresentativeChange',
          PartnerClient: '../../domain/partners/partner-client#PartnerClient',
          PartnerClientWithSecret: '../../domain/partners/partner-client#PartnerClientWithSecret',
        },
      },
    },
    // The SDL as a string for Apollo: bundles into the Lambda with no file reads at start-up.
    'functions/src/graphql/generated/type-defs.ts': {
      plugins: ['./scripts/codegen-type-defs.cjs'],
    },
    // The same, parsed: the API's schema is built from it (no SDL parsing at a cold start).
    'functions/src/graphql/generated/type-defs-ast.ts': {
      plugins: ['./scripts/codegen-type-defs.cjs'],
      config: { ast: true },
    },
    'admin/src/gql/': {
      documents: ['admin/src/**/*.{ts,tsx}', '!admin/src/gql/**/*'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars },
    },
    // The public page (public-site/): its documents in .graphql files, each a plain string (TypedDocumentString)
    // for `fetch`, with no GraphQL client or AST in its 60 KB budget. Pages import the `…Document` they send.
    'public-site/src/gql/': {
      documents: ['public-site/src/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // Only the types its documents use: not a third copy of every schema type.
      config: { useTypeImports: true, enumsAsTypes: true, scalars, documentMode: 'string', onlyOperationTypes: true },
    },
  },
};

export default config;
