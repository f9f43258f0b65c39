/** The engagement store against DynamoDB Local: the shared contract (functions/src/domain/testing/engagement-store-contract.ts). */
import { engagementStoreContract } from '../../functions/src/domain/testing/engagement-store-contract';
import { createPorts } from '../../functions/src/store/ports';
import { testConfig } from './harness';

engagementStoreContract('DynamoDB Local', createPorts(testConfig()));
