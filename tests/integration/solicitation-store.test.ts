/** The 议题征集 store against DynamoDB Local: the shared contract (functions/src/domain/testing/solicitation-store-contract.ts). */
import { solicitationStoreContract } from '../../functions/src/domain/testing/solicitation-store-contract';
import { createPorts } from '../../functions/src/store/ports';
import { testConfig } from './harness';

solicitationStoreContract('DynamoDB Local', createPorts(testConfig()));
