import type { Alongside, Change } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { PartnerClient, PartnerScope } from './partner-client';

/** A client the provider just made: its id, and its secret (the one time it is readable). */
export interface ProviderClient {
  clientId: string;
  clientSecret: string;
}

/**
 * The identity provider's side of partner clients: Cognito app clients with client credentials in the cloud
 * (store/cognito-partner-clients.ts: CreateUserPoolClient, AddUserPoolClientSecret, DeleteUserPoolClient), the
 * same actions of the local issuer locally. The provider knows nothing of regions: the record does.
 */
export interface PartnerClientDirectory {
  /** A new confidential client for client credentials with these scopes; `label` names it in the provider. */
  create(label: string, scopes: readonly PartnerScope[]): Promise<ProviderClient>;
  /** A new secret for the client; every earlier secret stops working at once. Returns the new secret. */
  rotateSecret(clientId: string): Promise<string>;
  /** Deletes the client (its token requests fail from now on); a client already gone is deleted. */
  delete(clientId: string): Promise<void>;
}

/** The partner clients in the table: by client id (global, like accounts), and each region's list. */
export interface PartnerClientStore {
  get(clientId: string): Promise<PartnerClient | null>;
  /** Writes a new client with its audit entry; RecordMissingError('Region') without the region, AlreadyTakenError('client-id') when the id is known. */
  create(client: PartnerClient, alongside: Alongside): Promise<void>;
  /** Saves a change on the version read; StaleVersionError otherwise. Region and client id never change. */
  save(change: Change<PartnerClient>, alongside: Alongside): Promise<void>;
  /** The region's clients, newest first. */
  list(regionId: string, page: PageRequest): Promise<Page<PartnerClient>>;
}
