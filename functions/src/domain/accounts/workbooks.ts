/** One row of the handout sheet: whom to give which temporary password. */
export interface HandoutRow {
  unitName: string;
  name: string;
  username: string;
  phone: string | null;
  temporaryPassword: string;
}

/** The accounts area's Excel file (workbooks/, exceljs loaded on first use like the others). */
export interface AccountWorkbooks {
  /** The sheet a secretariat prints and hands out: unit, name, username, temporary password, and how to sign in. */
  handout(rows: readonly HandoutRow[], options: { title: string; signInUrl: string | null; validDays: number }): Promise<Uint8Array>;
}
