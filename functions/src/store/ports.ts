import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../config';
import type { Ports } from '../domain/ports';
import { AuditRepository } from './audit-repository';
import { createDocumentClient, createS3Client } from './clients';
import { FileStorage } from './file-storage';
import { PairingRepository } from './pairing-repository';
import { RegionRepository } from './region-repository';
import { UnitRepository } from './unit-repository';
import { UploadRepository } from './upload-repository';

/** Wires the repositories to real AWS SDK clients (DynamoDB Local / s3rver when endpoints are set). */
export function createPorts(config: AppConfig): Ports {
  const client = createDocumentClient(config);
  const regions = new RegionRepository(client, config.tableName);
  const units = new UnitRepository(client, config.tableName, regions);
  return {
    regions,
    units,
    pairings: new PairingRepository(client, config.tableName, units),
    uploads: new UploadRepository(client, config.tableName),
    files: new FileStorage(createS3Client(config), config.filesBucketName),
    audit: new AuditRepository(client, config.tableName),
    now: () => new Date(),
    newId: () => randomUUID(),
  };
}
