import { granted, regionAdmin, regionLiaison, type Policy } from '../../auth/policy';

/** Files are announced by whoever will link them: the secretariat, and liaisons for their unit's records. */
export const filePolicy = {
  createUpload: granted(regionAdmin, regionLiaison),
} satisfies Policy;
