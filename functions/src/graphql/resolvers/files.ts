import { createUpload } from '../../domain/files/service';
import type { Resolvers } from '../generated/resolvers-types';

export const fileResolvers: Resolvers = {
  Mutation: {
    createUploadUrl: (_, { input }, { principal, ports }) => createUpload(principal, input, ports),
  },
  ArchiveFile: {
    downloadUrl: (file, _, { ports }) => ports.files.presignDownload(file.key, file.name),
  },
};
