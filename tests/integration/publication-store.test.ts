/** The publications' store against DynamoDB Local: the shared contract (functions/src/domain/testing/publication-store-contract.ts). */
import { publicationStoreContract } from '../../functions/src/domain/testing/publication-store-contract';
import { createDocumentClient } from '../../functions/src/store/clients';
import { createPorts } from '../../functions/src/store/ports';
import { PublicationRepository } from '../../functions/src/store/publication-repository';
import { testConfig } from './harness';

const config = testConfig();
const client = createDocumentClient(config);
publicationStoreContract('DynamoDB Local', createPorts(config, { documentClient: client }), (max) => new PublicationRepository(client, config.tableName, max));
