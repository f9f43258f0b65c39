/** The partner clients' store against DynamoDB Local: the shared contract (functions/src/domain/testing/partner-client-store-contract.ts). */
import { partnerClientStoreContract } from '../../functions/src/domain/testing/partner-client-store-contract';
import { createPorts } from '../../functions/src/store/ports';
import { testConfig } from './harness';

partnerClientStoreContract('DynamoDB Local', createPorts(testConfig()));
