/** The alliance's store against DynamoDB Local: the shared contract (functions/src/domain/testing/alliance-store-contract.ts). */
import { allianceStoreContract } from '../../functions/src/domain/testing/alliance-store-contract';
import { createPorts } from '../../functions/src/store/ports';
import { testConfig } from './harness';

allianceStoreContract('DynamoDB Local', createPorts(testConfig()));
