/** The lists' store against DynamoDB Local: the shared contract (functions/src/domain/testing/list-store-contract.ts). */
import { listStoreContract } from '../../functions/src/domain/testing/list-store-contract';
import { createPorts } from '../../functions/src/store/ports';
import { testConfig } from './harness';

listStoreContract('DynamoDB Local', createPorts(testConfig()));
