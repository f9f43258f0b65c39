import type { Alongside, Change } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { PartnerClient, PartnerScope } from '../partners/partner-client';
import type { PartnerClientDirectory, PartnerClientStore, ProviderClient } from '../partners/ports';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { pageOf } from './memory-paging';
import { copy, type MemoryState } from './memory-state';

/** Partner clients in memory, with the same refusals as store/partner-client-repository.ts. */
export class MemoryPartnerClientStore implements PartnerClientStore {
  readonly clients = new Map<string, PartnerClient>();

  constructor(private readonly state: MemoryState) {}

  async get(clientId: string): Promise<PartnerClient | null> {
    return copy(this.clients.get(clientId) ?? null);
  }

  async create(client: PartnerClient, alongside: Alongside): Promise<void> {
    await this.state.write((write) => {
      write.require(this.state.regions.has(client.regionId), () => new RecordMissingError({ type: 'Region', id: client.regionId }));
      write.require(!this.clients.has(client.clientId), () => new AlreadyTakenError('client-id', client.clientId));
      write.alongside(alongside);
      write.then(() => this.clients.set(client.clientId, copy(client)));
    });
  }

  async save({ current, next }: Change<PartnerClient>, alongside: Alongside): Promise<void> {
    if (current.clientId !== next.clientId || current.regionId !== next.regionId || current.createdAt !== next.createdAt) {
      throw new Error(`partner client save: ${current.clientId} may not change its id, region or creation`);
    }
    await this.state.write((write) => {
      const stored = this.clients.get(current.clientId);
      write.require(stored !== undefined, () => new RecordMissingError({ type: 'PartnerClient', id: current.clientId }));
      write.require(stored?.version === current.version, () => new StaleVersionError({ type: 'PartnerClient', id: current.clientId }));
      write.alongside(alongside);
      write.then(() => this.clients.set(current.clientId, copy(next)));
    });
  }

  async list(regionId: string, page: PageRequest): Promise<Page<PartnerClient>> {
    const entries = [...this.clients.values()].filter((c) => c.regionId === regionId).map((c) => ({ key: `${c.createdAt}#${c.clientId}`, node: copy(c) }));
    return pageOf(entries, page, { regionId, list: ['partner-clients'], order: 'descending' });
  }
}

/** The provider's partner clients in memory: which exist, with which secret. */
export class MemoryPartnerDirectory implements PartnerClientDirectory {
  readonly clients = new Map<string, { label: string; scopes: PartnerScope[]; secret: string }>();
  /** Set by a test: the next create fails (the provider down). */
  failNextCreate: Error | null = null;
  private sequence = 0;

  async create(label: string, scopes: readonly PartnerScope[]): Promise<ProviderClient> {
    const failure = this.failNextCreate;
    this.failNextCreate = null;
    if (failure) throw failure;
    const clientId = `client${String(++this.sequence).padStart(4, '0')}`;
    const secret = `secret-${clientId}-1`;
    this.clients.set(clientId, { label, scopes: [...scopes], secret });
    return { clientId, clientSecret: secret };
  }

  async rotateSecret(clientId: string): Promise<string> {
    const client = this.clients.get(clientId);
    if (!client) throw new Error(`no such client: ${clientId}`);
    client.secret = `secret-${clientId}-${Number(client.secret.split('-').at(-1)) + 1}`;
    return client.secret;
  }

  async delete(clientId: string): Promise<void> {
    this.clients.delete(clientId);
  }
}
