/** The accounts' and regions' memory twins keep the stores' promises: the shared contract (account-store-contract.ts). */
import { accountStoreContract } from './account-store-contract';
import { createMemoryPorts } from './memory-ports';

accountStoreContract('memory', createMemoryPorts());
