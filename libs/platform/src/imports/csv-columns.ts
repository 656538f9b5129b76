// CSV cells are text. These turn a cell into what the row's DTO expects, so a CSV row and a JSON record
// are validated by the same rules. A cell that does not convert is passed through unchanged: the DTO then
// rejects it naming the field, instead of the converter guessing.

/** Turns one CSV cell into the DTO's value; `undefined` leaves the field out. */
export type CellConverter = (cell: string) => unknown;

/** CSV column name → converter; columns not named here are passed on as text. */
export type CsvColumnMap = Readonly<Record<string, CellConverter>>;

const LIST_SEPARATOR = /[|;]/;

export const csvCell = {
  /** Empty → left out (optional fields); anything else as text. */
  text: (cell: string): unknown => (cell === '' ? undefined : cell),
  number: (cell: string): unknown => {
    if (cell === '') return undefined;
    const value = Number(cell.replace(',', '.'));
    return Number.isFinite(value) ? value : cell;
  },
  boolean: (cell: string): unknown => {
    if (cell === '') return undefined;
    const lower = cell.toLowerCase();
    if (['true', 'yes', 'ja', '1'].includes(lower)) return true;
    if (['false', 'no', 'nee', '0'].includes(lower)) return false;
    return cell;
  },
  /** "a|b|c" or "a;b;c"; empty → an empty list. */
  list: (cell: string): unknown =>
    cell === ''
      ? []
      : cell
          .split(LIST_SEPARATOR)
          .map((part) => part.trim())
          .filter((part) => part !== ''),
  /** A JSON value in a cell, for nested fields ("[{""language"":""en"",""level"":""B1""}]"). */
  json: (cell: string): unknown => {
    if (cell === '') return undefined;
    try {
      return JSON.parse(cell) as unknown;
    } catch {
      return cell;
    }
  },
} satisfies Record<string, CellConverter>;

/** Applies the column map to one CSV record; empty text cells are left out. */
export function convertCsvRecord(record: Record<string, unknown>, columns: CsvColumnMap): Record<string, unknown> {
  const converted: Record<string, unknown> = {};
  for (const [name, cell] of Object.entries(record)) {
    const convert = columns[name] ?? csvCell.text;
    const value = typeof cell === 'string' ? convert(cell) : cell;
    if (value !== undefined) converted[name] = value;
  }
  return converted;
}
