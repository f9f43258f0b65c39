/** The archive's store against DynamoDB Local: the shared contract (functions/src/domain/testing/archive-store-contract.ts). */
import { archiveStoreContract } from '../../functions/src/domain/testing/archive-store-contract';
import { createPorts } from '../../functions/src/store/ports';
import { testConfig } from './harness';

archiveStoreContract('DynamoDB Local', createPorts(testConfig()));
