/** The 议题征集 memory twin keeps the store's promises: the shared contract (solicitation-store-contract.ts). */
import { createMemoryPorts } from './memory-ports';
import { solicitationStoreContract } from './solicitation-store-contract';

solicitationStoreContract('memory', createMemoryPorts());
