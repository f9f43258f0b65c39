import DataLoader from 'dataloader';
import type { Principal } from '../auth/principal';
import { unauthenticated } from '../domain/errors';
import type { Ports } from '../domain/ports';
import type { Unit } from '../domain/units/unit';

/** Per request: who is calling, the shared ports, and loaders that batch reads (no N+1). */
export interface GraphqlContext {
  principal: Principal;
  ports: Ports;
  loaders: { unit: DataLoader<string, Unit | null> };
}

export function createContext(principal: Principal | null, ports: Ports): GraphqlContext {
  return {
    get principal(): Principal {
      if (!principal) throw unauthenticated();
      return principal;
    },
    ports,
    loaders: {
      unit: new DataLoader<string, Unit | null>(
        (ids) => {
          if (!principal) throw unauthenticated();
          return ports.units.getMany(principal.regionId, ids);
        },
        { maxBatchSize: 100 },
      ),
    },
  };
}
