/** The engagement records memory twins keep the stores' promises: the shared contract (engagement-records-contract.ts). */
import { engagementRecordsContract } from './engagement-records-contract';
import { createMemoryPorts } from './memory-ports';

engagementRecordsContract('memory', createMemoryPorts());
