/** The calendar feeds' store against DynamoDB Local: the shared contract (functions/src/domain/testing/calendar-feed-store-contract.ts). */
import { calendarFeedStoreContract } from '../../functions/src/domain/testing/calendar-feed-store-contract';
import { createPorts } from '../../functions/src/store/ports';
import { testConfig } from './harness';

calendarFeedStoreContract('DynamoDB Local', createPorts(testConfig()));
