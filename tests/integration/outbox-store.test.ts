/** The outbox's DynamoDB repository keeps the store's promises (functions/src/domain/testing/outbox-store-contract.ts). */
import { outboxStoreContract } from '../../functions/src/domain/testing/outbox-store-contract';
import { createPorts } from '../../functions/src/store/ports';
import { testConfig } from './harness';

outboxStoreContract('DynamoDB Local', createPorts(testConfig()));
