/** The ledger's store against DynamoDB Local: the shared contract (functions/src/domain/testing/ledger-store-contract.ts). */
import { ledgerStoreContract } from '../../functions/src/domain/testing/ledger-store-contract';
import { createPorts } from '../../functions/src/store/ports';
import { testConfig } from './harness';

ledgerStoreContract('DynamoDB Local', createPorts(testConfig()));
