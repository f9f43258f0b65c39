import type { Account, SignInState } from '../domain/accounts/account';
import DataLoader from 'dataloader';
import type { Principal } from '../auth/principal';
import { forbidden, unauthenticated, type DomainError } from '../domain/errors';
import type { Ports } from '../domain/ports';
import type { Post } from '../domain/engagement/post';
import type { Need } from '../domain/lists/need';
import { pairedUnits } from '../domain/lists/service';
import type { Claim, Project } from '../domain/lists/project';
import type { Resource } from '../domain/lists/resource';
import type { Meeting } from '../domain/meetings/meeting';
import type { SubBody } from '../domain/alliance/model';
import type { ActionItem, Resolution, ResolutionReceipt } from '../domain/meetings/proceedings';
import type { Member } from '../domain/members/member';
import type { Pairing } from '../domain/pairings/pairing';
import type { Publication } from '../domain/publication/publication';
import type { Unit } from '../domain/units/unit';

/**
 * Per request: who is calling, the shared ports, and loaders that batch reads (no N+1).
 * Reading `principal` without a signed-in caller throws UNAUTHENTICATED (with the reason a token
 * was refused), so no resolver can forget the check; public fields never read it.
 * (A prototype getter: Apollo copies the context's own properties per request.)
 */
export class GraphqlContext {
  readonly loaders: {
    unit: DataLoader<string, Unit | null>;
    /** Accounts by username (global keys: no region): the platform's list of regions and their admins. */
    account: DataLoader<string, Account | null>;
    /** An account's sign-in state (the lockout's item), for the accounts of a page in one batch. */
    signIn: DataLoader<string, SignInState>;
    pairing: DataLoader<string, Pairing | null>;
    member: DataLoader<string, Member | null>;
    need: DataLoader<string, Need | null>;
    resource: DataLoader<string, Resource | null>;
    project: DataLoader<string, Project | null>;
    claim: DataLoader<string, Claim | null>;
    post: DataLoader<string, Post | null>;
    /** A record's publication (公示), null while it is not published. */
    publication: DataLoader<string, Publication | null>;
    /** A resolution by id (a published resolution's meeting in 公示管理): one batched read per request. */
    resolution: DataLoader<string, Resolution | null>;
    /** A sub-body by id (a meeting's 召开机构), read once per request however many meetings name it. */
    subBody: DataLoader<string, SubBody | null>;
    /** A meeting by id, read once per request however many minutes, resolutions or action items name it. */
    meeting: DataLoader<string, Meeting | null>;
    /** A meeting's action items (bounded: MAX_ACTION_ITEMS), read once for all its resolutions. */
    actionItemsOfMeeting: DataLoader<string, ActionItem[]>;
    /** A unit's receipt of a meeting's resolutions notice, by `{meetingId}|{unitId}`: a notices page's in one batched read. */
    receipt: DataLoader<string, ResolutionReceipt | null>;
    /** The units actively paired with a unit (a project's standing for a liaison): one read per unit and request. */
    pairedUnits: DataLoader<string, Set<string>>;
  };
  /**
   * The admin site's origin the request came from (its Origin header, else the forwarded host; calendar-feeds/feed.ts
   * siteOrigin), set by the Lambda handler: a calendar feed's URL and links use it. Null when unknown (tests).
   */
  requestOrigin: string | null = null;

  constructor(
    readonly signedIn: Principal | null,
    readonly ports: Ports,
    private readonly refusal?: DomainError,
  ) {
    this.loaders = {
      unit: new DataLoader<string, Unit | null>((ids) => ports.units.getMany(this.regionId, ids), { maxBatchSize: 100 }),
      account: new DataLoader<string, Account | null>((usernames) => ports.accounts.getMany(usernames), { maxBatchSize: 100 }),
      signIn: new DataLoader<string, SignInState>((usernames) => ports.accounts.signInStates(usernames, ports.now().getTime()), { maxBatchSize: 100 }),
      pairing: new DataLoader<string, Pairing | null>((ids) => ports.pairings.getMany(this.regionId, ids), { maxBatchSize: 100 }),
      member: new DataLoader<string, Member | null>((ids) => ports.members.getMany(this.regionId, ids), { maxBatchSize: 100 }),
      need: new DataLoader<string, Need | null>((ids) => ports.needs.getMany(this.regionId, ids), { maxBatchSize: 100 }),
      resource: new DataLoader<string, Resource | null>((ids) => ports.resources.getMany(this.regionId, ids), { maxBatchSize: 100 }),
      project: new DataLoader<string, Project | null>((ids) => ports.projects.getMany(this.regionId, ids), { maxBatchSize: 100 }),
      claim: new DataLoader<string, Claim | null>((ids) => ports.projects.getClaims(this.regionId, ids), { maxBatchSize: 100 }),
      post: new DataLoader<string, Post | null>((ids) => ports.posts.getMany(this.regionId, ids), { maxBatchSize: 100 }),
      publication: new DataLoader<string, Publication | null>((ids) => ports.publications.getMany(this.regionId, ids), { maxBatchSize: 100 }),
      resolution: new DataLoader<string, Resolution | null>((ids) => ports.proceedings.getResolutions(this.regionId, ids), { maxBatchSize: 100 }),
      subBody: new DataLoader<string, SubBody | null>((ids) => Promise.all(ids.map((id) => ports.alliance.subBody(this.regionId, id)))),
      meeting: new DataLoader<string, Meeting | null>((ids) => Promise.all(ids.map((id) => ports.meetings.get(this.regionId, id)))),
      actionItemsOfMeeting: new DataLoader<string, ActionItem[]>((ids) => Promise.all(ids.map((id) => ports.proceedings.actionItemsOf(this.regionId, id)))),
      receipt: new DataLoader<string, ResolutionReceipt | null>(
        (keys) => ports.proceedings.getReceipts(this.regionId, keys.map((key) => ({ meetingId: key.split('|')[0]!, unitId: key.split('|')[1]! }))),
        { maxBatchSize: 100 },
      ),
      pairedUnits: new DataLoader<string, Set<string>>((unitIds) => Promise.all(unitIds.map((unitId) => pairedUnits(this.principal, unitId, ports)))),
    };
  }

  /** The caller's region, for loaders: they run only after a use case authorized the read. */
  private get regionId(): string {
    const { regionId } = this.principal;
    if (regionId === null) throw forbidden();
    return regionId;
  }

  get principal(): Principal {
    if (!this.signedIn) throw this.refusal ?? unauthenticated();
    return this.signedIn;
  }
}

export const createContext = (principal: Principal | null, ports: Ports, refusal?: DomainError): GraphqlContext =>
  new GraphqlContext(principal, ports, refusal);
