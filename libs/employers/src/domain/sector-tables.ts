/**
 * The city's sector tables (sectortafels): partnerships of employers, VDAB and the city per sector that
 * organise training and recruitment together. Stored as text: renaming a value needs a migration.
 */
export enum SectorTable {
  Zorg = 'zorg',
  Metaal = 'metaal',
  Bouw = 'bouw',
  Dienstencheques = 'dienstencheques',
  Haven = 'haven',
}

export const SECTOR_TABLES: readonly SectorTable[] = Object.values(SectorTable);
