/** The partner clients' memory twin keeps the store's promises: the shared contract (partner-client-store-contract.ts). */
import { partnerClientStoreContract } from './partner-client-store-contract';
import { createMemoryPorts } from './memory-ports';

partnerClientStoreContract('memory', createMemoryPorts());
