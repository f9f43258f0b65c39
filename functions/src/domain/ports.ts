import type { AuditRepository } from '../store/audit-repository';
import type { FileStorage } from '../store/file-storage';
import type { PairingRepository } from '../store/pairing-repository';
import type { RegionRepository } from '../store/region-repository';
import type { UnitRepository } from '../store/unit-repository';
import type { UploadRepository } from '../store/upload-repository';

/** What use cases reach the outside world through: created once per process, shared by requests. */
export interface Ports {
  regions: RegionRepository;
  units: UnitRepository;
  pairings: PairingRepository;
  uploads: UploadRepository;
  files: FileStorage;
  audit: AuditRepository;
  now: () => Date;
  newId: () => string;
}
