/** The archive's memory twin keeps the store's promises: the shared contract (archive-store-contract.ts). */
import { archiveStoreContract } from './archive-store-contract';
import { createMemoryPorts } from './memory-ports';

archiveStoreContract('memory', createMemoryPorts());
