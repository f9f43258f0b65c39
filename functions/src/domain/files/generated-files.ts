/**
 * Files the use cases make on request (a workbook export, a meeting's Word documents): kept under generated/ for a
 * day (the store's lifecycle rule) and handed out as a short download link.
 */
import type { RegionPrincipal } from '../../auth/principal';
import type { Ports } from '../ports';

/** Download links of generated files (the store presigns them for 10 minutes). */
const DOWNLOAD_LINK_MS = 10 * 60 * 1000;

export interface GeneratedFile {
  name: string;
  contentType: string;
  size: number;
  downloadUrl: string;
  expiresAt: string;
}

/** A made file kept under generated/ with a 10-minute download link that saves it as `name`. */
export async function keepGeneratedFile(caller: RegionPrincipal, name: string, bytes: Uint8Array, contentType: string, ports: Ports): Promise<GeneratedFile> {
  const key = await ports.files.keepGenerated(caller.regionId, ports.newId(), bytes, contentType);
  return {
    name,
    contentType,
    size: bytes.length,
    downloadUrl: await ports.files.presignDownload(key, name),
    expiresAt: new Date(ports.now().getTime() + DOWNLOAD_LINK_MS).toISOString(),
  };
}
