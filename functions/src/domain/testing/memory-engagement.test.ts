/** The engagement memory twin keeps the store's promises: the shared contract (engagement-store-contract.ts). */
import { engagementStoreContract } from './engagement-store-contract';
import { createMemoryPorts } from './memory-ports';

engagementStoreContract('memory', createMemoryPorts());
