/** The accounts' and regions' memory twins keep the stores' promises: the shared contract (account-store-contract.ts). */
import { accountStoreContract } from './account-store-contract';
import type { MemoryAccountStore } from './memory-accounts';
import { createMemoryPorts } from './memory-ports';

const ports = createMemoryPorts();
accountStoreContract('memory', ports, (ports.accounts as MemoryAccountStore).signIns);
