/** The accounts' and regions' stores against DynamoDB Local: the shared contract (functions/src/domain/testing/account-store-contract.ts). */
import { accountStoreContract } from '../../functions/src/domain/testing/account-store-contract';
import { createPorts } from '../../functions/src/store/ports';
import { testConfig } from './harness';

accountStoreContract('DynamoDB Local', createPorts(testConfig()));
