import { Type } from 'class-transformer';
import { IsArray, IsInt, IsString, Min, MinLength } from 'class-validator';
import { csvCell } from './csv-columns';
import { ImportFileError, parseImportRows } from './import-rows';
import { validateImportRows } from './row-validator';

class RowDto {
  @IsString()
  @MinLength(2)
  name: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  count: number;

  @IsArray()
  @IsString({ each: true })
  tags: string[];
}

const columns = { count: csvCell.number, tags: csvCell.list };

describe('row import engine', () => {
  it('numbers CSV rows by file line, the header being line 1, also after a quoted line break', () => {
    const rows = parseImportRows('name,count\n"two\nlines",1\nok,2\n', 'csv');
    expect(rows.map((row) => row.line)).toEqual([2, 4]);
  });

  it('validates every row on its own: bad rows are reported with line and field, good rows all kept', async () => {
    const csv = ['name,count,tags', 'aa,1,x|y', 'b,1,', 'cc,zero,', 'dd,3,z', ''].join('\n');
    const result = await validateImportRows(csv, { format: 'csv', dto: RowDto, csvColumns: columns });
    expect(result.valid.map((row) => [row.line, row.value.name, row.value.tags])).toEqual([
      [2, 'aa', ['x', 'y']],
      [5, 'dd', ['z']],
    ]);
    expect(result.rejected).toEqual([
      { line: 3, errors: [expect.objectContaining({ field: 'name' })] },
      { line: 4, errors: expect.arrayContaining([expect.objectContaining({ field: 'count' })]) },
    ]);
  });

  it('refuses unknown fields, naming them', async () => {
    const result = await validateImportRows(JSON.stringify([{ name: 'aa', count: 1, tags: [], colour: 'red' }]), {
      format: 'json',
      dto: RowDto,
    });
    expect(result.rejected).toEqual([{ line: 1, errors: [expect.objectContaining({ field: 'colour' })] }]);
  });

  it('adds the caller’s own checks for rows the DTO accepted', async () => {
    const result = await validateImportRows(JSON.stringify([{ name: 'aa', count: 1, tags: [] }]), {
      format: 'json',
      dto: RowDto,
      check: (value, row) => [{ field: 'name', message: `${value.name} on line ${row.line} is taken` }],
    });
    expect(result.rejected).toEqual([{ line: 1, errors: [{ field: 'name', message: 'aa on line 1 is taken' }] }]);
  });

  it('refuses a file that cannot be read as a whole', () => {
    expect(() => parseImportRows('{"not": "an array"}', 'json')).toThrow(ImportFileError);
    expect(() => parseImportRows('a,b\n"unterminated,1\n', 'csv')).toThrow(ImportFileError);
  });
});
