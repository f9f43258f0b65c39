import { z } from 'zod';
import { enumOf, id, optionalText, requiredText, version, year } from '../validation';
import { ARCHIVE_FOLDERS } from './document';

export const archiveFilterInput = z.object({
  year,
  folder: enumOf(ARCHIVE_FOLDERS, '档案类别').nullish(),
  unitId: id('单位').nullish(),
});

export const addArchiveDocumentInput = z.object({
  title: requiredText(100, '标题'),
  folder: enumOf(ARCHIVE_FOLDERS, '档案类别'),
  year,
  unitId: id('单位').nullish(),
  note: optionalText(500, '说明'),
  uploadId: id('上传文件'),
});

export const replaceArchiveFileInput = z.object({
  id: id('档案'),
  version,
  uploadId: id('上传文件'),
  note: optionalText(500, '替换说明'),
});

export const archiveDocumentChangeInput = z.object({ id: id('档案'), version });
