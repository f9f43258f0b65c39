import { authorize } from '../../auth/policy';
import type { Principal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { badInput, conflict } from '../errors';
import { planArchiveFiling } from '../archive/service';
import { claimUpload, uploadRefusal } from '../files/service';
import { pageRequest, readPage, type Page } from '../paging';
import type { Ports } from '../ports';
import { RetryableWriteError } from '../retry';
import { parseInput, todayInChina, yearInChina } from '../validation';
import { AlreadyTakenError, defaultRefusal, GuardFailedError, WriteRefusedError } from '../write-refusals';
import { CHARTER_VERSION_AUDIT, type CharterVersion } from './charter';
import { alliancePolicy } from './policy';
import { uploadCharterVersionInput } from './rules';

type PageArgs = { first?: number | null; after?: string | null };

/** Versions racing for the next number each retry after a lost race (as the ledger's raises do). */
const MAX_NUMBER_ATTEMPTS = 40;

/** The charter's document in the archive (one per region). */
export const CHARTER_ARCHIVE_ID = 'charter';

/** A charter is a text: PDF or Word (a scan of the signed text is a PDF). */
export const CHARTER_CONTENT_TYPES: readonly string[] = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];

/** The region's charter, for the Charter type's fields (each of which checks the caller again). */
export interface CharterView {
  regionId: string;
}

/**
 * The secretariat uploads a new version of the charter (章程), adopted on a day by a body (会员大会 …). It takes the
 * region's next number: read the last, write with last + 1 on the condition that nobody took it meanwhile, and on a
 * lost race read again; the file's upload is consumed by the same write.
 */
export async function uploadCharterVersion(principal: Principal, input: unknown, ports: Ports): Promise<CharterVersion> {
  const data = parseInput(uploadCharterVersionInput, input);
  const caller = authorize(principal, alliancePolicy.manage);
  if (data.adoptedOn > todayInChina(ports.now())) throw badInput('adoptedOn', '通过日期不能晚于今天');
  const pending = await ports.uploads.get(caller.regionId, data.uploadId);
  if (pending && !CHARTER_CONTENT_TYPES.includes(pending.contentType)) throw badInput('uploadId', '章程须为 PDF 或 Word 文件');
  const claimed = await claimUpload(caller, data.uploadId, 'uploadId', ports);
  const id = ports.newId();
  for (let attempt = 0; attempt < MAX_NUMBER_ATTEMPTS; attempt++) {
    const now = ports.now().toISOString();
    const version: CharterVersion = {
      id,
      regionId: caller.regionId,
      number: (await ports.alliance.lastCharterNumber(caller.regionId)) + 1,
      title: data.title,
      adoptedOn: data.adoptedOn,
      adoptedBy: data.adoptedBy ?? null,
      note: data.note ?? null,
      file: claimed.file,
      createdAt: now,
      createdBy: caller.displayName,
    };
    const audit = recordChange(caller, ports, CHARTER_VERSION_AUDIT, {
      operation: 'uploadCharterVersion', recordId: id, version: 1, before: null, after: version, note: { field: 'file', value: claimed.file.name },
    });
    // The charter is a document of the archive too (章程与制度): each version a version of it.
    const archive = await planArchiveFiling(caller, {
      id: CHARTER_ARCHIVE_ID, title: '章程', folder: 'CHARTER', year: yearInChina(ports.now()), unitId: null, note: `第 ${version.number} 版：${data.title}（${data.adoptedOn} 通过）`,
    }, claimed.file, ports);
    try {
      await ports.alliance.addCharterVersion(version, { audit, uploads: [claimed.claim], archive: [archive] });
      return version;
    } catch (error) {
      // Another version took this number (or moved the archive's document) between the read and the write: read again.
      if ((error instanceof GuardFailedError && error.guard === 'number-taken') || error instanceof RetryableWriteError) continue;
      if (!(error instanceof WriteRefusedError)) throw error;
      throw uploadRefusal([claimed], error) ?? (error instanceof AlreadyTakenError ? conflict('编号冲突，请重试') : defaultRefusal(error));
    }
  }
  throw conflict('同时上传的章程版本较多，请稍后重试');
}

/** The charter of the caller's region: everyone of the region reads it (members and liaisons too). */
export function getCharter(principal: Principal): CharterView {
  return { regionId: authorize(principal, alliancePolicy.readCharter).regionId };
}

/** The current version: the newest. */
export async function currentCharterVersion(principal: Principal, ports: Ports): Promise<CharterVersion | null> {
  const caller = authorize(principal, alliancePolicy.readCharter);
  return (await ports.alliance.charterVersions(caller.regionId, { size: 1 })).edges[0]?.node ?? null;
}

/** Every version, newest first. */
export async function listCharterVersions(principal: Principal, args: PageArgs, ports: Ports): Promise<Page<CharterVersion>> {
  const caller = authorize(principal, alliancePolicy.readCharter);
  return readPage(ports.alliance.charterVersions(caller.regionId, pageRequest(args)));
}
