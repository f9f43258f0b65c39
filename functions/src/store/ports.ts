import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../config';
import type { Ports } from '../domain/ports';
import { AccountRepository } from './account-repository';
import { AllianceRepository } from './alliance-repository';
import { AuditRepository } from './audit-repository';
import { CognitoDirectory, unconfiguredDirectory } from './cognito-directory';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, loadS3Client } from './clients';
import { CommunityReportRepository } from './community-report-repository';
import { FileStorage } from './file-storage';
import { createAccountWorkbooks, createListWorkbooks, createMeetingWorkbooks, createRosterWorkbooks } from '../workbooks';
import { EngagementRulesRepository } from './engagement-rules-repository';
import { EvaluationRepository } from './evaluation-repository';
import { CadenceRepository, MeetingRepository } from './meeting-repository';
import { ProceedingsRepository } from './meeting-proceedings-repository';
import { SolicitationRepository } from './solicitation-repository';
import { MemberImportRepository } from './member-import-repository';
import { MemberRepository } from './member-repository';
import { LedgerRepository } from './ledger-repository';
import { ListFiguresRepository } from './list-figures-repository';
import { ListSettingsRepository } from './list-settings-repository';
import { NeedRepository } from './need-repository';
import { PairingRepository } from './pairing-repository';
import { PartnerClientRepository } from './partner-client-repository';
import { ArchiveRepository } from './archive-repository';
import { NotificationReadRepository } from './notification-read-repository';
import { OutboxRepository } from './outbox-repository';
import { CalendarFeedRepository } from './calendar-feed-repository';
import { CognitoPartnerClients, unconfiguredPartnerClients } from './cognito-partner-clients';
import { PointsRepository } from './points-repository';
import { PostRepository } from './post-repository';
import { ProjectRepository } from './project-repository';
import { PublicationRepository } from './publication-repository';
import { RegionRepository } from './region-repository';
import { ResourceRepository } from './resource-repository';
import { ServiceRecordRepository } from './service-record-repository';
import { TrainingRepository } from './training-repository';
import { UnitRepository } from './unit-repository';
import { UploadRepository } from './upload-repository';
import { createVault } from './vault';

/**
 * Wires the repositories to real AWS SDK clients (DynamoDB Local / s3rver when endpoints are set).
 * `documentClient` lets a caller (the bench) pass the client every repository shares, e.g. instrumented.
 */
export function createPorts(config: AppConfig, options: { documentClient?: DynamoDBDocumentClient } = {}): Ports {
  const client = options.documentClient ?? createDocumentClient(config);
  const regions = new RegionRepository(client, config.tableName);
  const units = new UnitRepository(client, config.tableName, regions);
  return {
    regions,
    accounts: new AccountRepository(client, config.tableName),
    directory: config.identity ? new CognitoDirectory(config.identity) : unconfiguredDirectory,
    units,
    pairings: new PairingRepository(client, config.tableName, units),
    members: new MemberRepository(client, config.tableName, units, regions),
    memberImports: new MemberImportRepository(client, config.tableName),
    workbooks: createRosterWorkbooks(),
    meetings: new MeetingRepository(client, config.tableName),
    meetingCadence: new CadenceRepository(client, config.tableName),
    proceedings: new ProceedingsRepository(client, config.tableName),
    solicitations: new SolicitationRepository(client, config.tableName),
    communityReports: new CommunityReportRepository(client, config.tableName),
    posts: new PostRepository(client, config.tableName),
    serviceRecords: new ServiceRecordRepository(client, config.tableName),
    trainings: new TrainingRepository(client, config.tableName),
    points: new PointsRepository(client, config.tableName),
    engagementRules: new EngagementRulesRepository(client, config.tableName),
    evaluations: new EvaluationRepository(client, config.tableName),
    needs: new NeedRepository(client, config.tableName),
    resources: new ResourceRepository(client, config.tableName),
    projects: new ProjectRepository(client, config.tableName),
    listFigures: new ListFiguresRepository(client, config.tableName),
    listSettings: new ListSettingsRepository(client, config.tableName),
    listWorkbooks: createListWorkbooks(),
    accountWorkbooks: createAccountWorkbooks(),
    meetingWorkbooks: createMeetingWorkbooks(),
    ledger: new LedgerRepository(client, config.tableName),
    publications: new PublicationRepository(client, config.tableName),
    uploads: new UploadRepository(client, config.tableName),
    files: new FileStorage(loadS3Client(config), config.filesBucketName),
    audit: new AuditRepository(client, config.tableName),
    alliance: new AllianceRepository(client, config.tableName),
    vault: createVault(config.vaultKey),
    partnerClients: new PartnerClientRepository(client, config.tableName),
    partnerDirectory: config.identity ? new CognitoPartnerClients(config.identity) : unconfiguredPartnerClients,
    calendarFeeds: new CalendarFeedRepository(client, config.tableName),
    archive: new ArchiveRepository(client, config.tableName),
    notificationReads: new NotificationReadRepository(client, config.tableName),
    outbox: new OutboxRepository(client, config.tableName),
    now: () => new Date(),
    newId: () => randomUUID(),
  };
}
