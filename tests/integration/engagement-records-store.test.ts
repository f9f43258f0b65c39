/** The engagement records stores against DynamoDB Local: the shared contract (functions/src/domain/testing/engagement-records-contract.ts). */
import { engagementRecordsContract } from '../../functions/src/domain/testing/engagement-records-contract';
import { createPorts } from '../../functions/src/store/ports';
import { testConfig } from './harness';

engagementRecordsContract('DynamoDB Local', createPorts(testConfig()));
