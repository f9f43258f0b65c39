/** The alliance's memory twin keeps the store's promises: the shared contract (alliance-store-contract.ts). */
import { allianceStoreContract } from './alliance-store-contract';
import { createMemoryPorts } from './memory-ports';

allianceStoreContract('memory', createMemoryPorts());
