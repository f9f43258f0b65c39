/** The calendar feeds' memory twin keeps the store's promises: the shared contract (calendar-feed-store-contract.ts). */
import { calendarFeedStoreContract } from './calendar-feed-store-contract';
import { createMemoryPorts } from './memory-ports';

calendarFeedStoreContract('memory', createMemoryPorts());
