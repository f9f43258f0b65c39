/** The outbox's memory twin keeps the store's promises: the shared contract (outbox-store-contract.ts). */
import { createMemoryPorts } from './memory-ports';
import { outboxStoreContract } from './outbox-store-contract';

outboxStoreContract('memory', createMemoryPorts());
