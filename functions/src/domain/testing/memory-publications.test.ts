/** The publications' memory twin keeps the store's promises: the shared contract (publication-store-contract.ts). */
import { createMemoryPorts } from './memory-ports';
import { MemoryPublicationStore } from './memory-publications';
import { MemoryState } from './memory-state';
import { publicationStoreContract } from './publication-store-contract';

publicationStoreContract('memory', createMemoryPorts(), (max) => new MemoryPublicationStore(new MemoryState(), max));
