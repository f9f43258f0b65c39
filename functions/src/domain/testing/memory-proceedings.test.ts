/** The proceedings' memory twin keeps the store's promises: the shared contract (proceedings-store-contract.ts). */
import { createMemoryPorts } from './memory-ports';
import { proceedingsStoreContract } from './proceedings-store-contract';

proceedingsStoreContract('memory', createMemoryPorts());
