/** The proceedings' store against DynamoDB Local: the shared contract (functions/src/domain/testing/proceedings-store-contract.ts). */
import { proceedingsStoreContract } from '../../functions/src/domain/testing/proceedings-store-contract';
import { createPorts } from '../../functions/src/store/ports';
import { testConfig } from './harness';

proceedingsStoreContract('DynamoDB Local', createPorts(testConfig()));
