import { describe, expect, it } from 'vitest';
import { archiveDocumentFromItem, archiveVersionFromItem } from './archive';

const file = { key: 'files/r/u', name: 'a.pdf', contentType: 'application/pdf', size: '10', sha256: 'a'.repeat(64), uploadedBy: 'u', uploadedAt: '2026-11-01T00:00:00Z' };
const versionItem = (documentId: string, flag?: boolean) => ({
  pk: `R#r#ARCHIVE#${documentId}`, sk: 'V#000001', type: 'ARCHIVE_VERSION', documentId, regionId: 'r', number: '1', file, note: null, uploadedBy: '秘书处',
  chainHash: 'c'.repeat(64), ...(flag === undefined ? {} : { sharedWithRecord: flag }),
});

describe('archive items: sharedWithRecord', () => {
  it('keeps the flag as stored', () => {
    expect(archiveVersionFromItem(versionItem('charter', false)).sharedWithRecord).toBe(false);
    expect(archiveVersionFromItem(versionItem('doc-1', true)).sharedWithRecord).toBe(true);
  });

  it('reads a version stored before the flag as shared where a record filed its document (charter, registration, pairing), else as the archive\'s own', () => {
    expect(archiveVersionFromItem(versionItem('charter')).sharedWithRecord).toBe(true);
    expect(archiveVersionFromItem(versionItem('registration-u1')).sharedWithRecord).toBe(true);
    expect(archiveVersionFromItem(versionItem('pairing-p1')).sharedWithRecord).toBe(true);
    expect(archiveVersionFromItem(versionItem('8c1d7e4a-uploaded-by-a-clerk')).sharedWithRecord).toBe(false);
    // The document's current version is a map inside the document item: the same reading.
    const { pk: _pk, sk: _sk, type: _type, ...current } = versionItem('registration-u1');
    const document = archiveDocumentFromItem({
      id: 'registration-u1', regionId: 'r', title: '报到登记表', folder: 'REGISTRATION_FORMS', year: '2026', unitId: 'u1', note: null, current,
      versionCount: '1', deletedAt: null, deletedBy: null, createdAt: '2026-11-01T00:00:00Z', createdBy: '秘书处', updatedAt: '2026-11-01T00:00:00Z', version: '1',
    });
    expect(document.current).toMatchObject({ sharedWithRecord: true, number: 1, file: { size: 10 } });
  });
});
