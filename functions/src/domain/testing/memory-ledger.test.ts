/** The ledger's memory twin keeps the store's promises: the shared contract (ledger-store-contract.ts). */
import { ledgerStoreContract } from './ledger-store-contract';
import { createMemoryPorts } from './memory-ports';

ledgerStoreContract('memory', createMemoryPorts());
