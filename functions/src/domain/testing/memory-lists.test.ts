/** The lists' memory twin keeps the store's promises: the shared contract (list-store-contract.ts). */
import { listStoreContract } from './list-store-contract';
import { createMemoryPorts } from './memory-ports';

listStoreContract('memory', createMemoryPorts());
