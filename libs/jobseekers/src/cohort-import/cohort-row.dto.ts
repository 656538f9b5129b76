import { PreferredLanguage } from '@werkpunt/identity';
import { csvCell, CsvColumnMap } from '@werkpunt/platform';
import { IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Availability, DiplomaRecognition } from '../domain/profile-vocabulary';
import { ProfileDto } from '../profiles/dto/profile.dto';

/**
 * One CSV row of a cohort import: the client's name and language, and their profile flattened into columns
 * (a spreadsheet has no nested groups). The row DTO only checks each cell's type; the profile's own rules
 * (ProfileDto and the reference check) judge the assembled profile, so an import accepts exactly what
 * PUT /clients/:accountId/profile accepts.
 */
export class CohortRowDto {
  @IsString()
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  displayName: string;

  @IsOptional()
  @IsEnum(PreferredLanguage, { message: 'preferredLanguage must be nl or en' })
  preferredLanguage?: PreferredLanguage;

  @IsArray({ message: 'occupationIds must list 1 to 5 occupation ids separated by |' })
  occupationIds: string[];

  @IsOptional()
  @IsInt({ message: 'experienceMonths must be a whole number of months' })
  experienceMonths?: number;

  @IsOptional()
  @IsArray()
  skillIds?: string[];

  @IsString({ message: 'educationLevel must be low, mid or high' })
  educationLevel: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  diplomaTitle?: string;

  @IsOptional()
  @IsString()
  diplomaCountry?: string;

  @IsOptional()
  @IsString()
  diplomaRecognition?: string;

  @IsOptional()
  @IsString()
  dutchLevel?: string;

  @IsOptional()
  @IsArray()
  otherLanguages?: string[];

  @IsOptional()
  @IsArray()
  drivingLicences?: string[];

  @IsArray({ message: 'transportModes must list walk, bike, e_bike, public_transport, car or moped' })
  transportModes: string[];

  @IsOptional()
  @IsInt({ message: 'maxCommuteMinutes must be a whole number' })
  maxCommuteMinutes?: number;

  @IsOptional()
  @IsInt({ message: 'maxCommuteKm must be a whole number' })
  maxCommuteKm?: number;

  @IsInt({ message: 'hoursPerWeekMin must be a whole number' })
  hoursPerWeekMin: number;

  @IsInt({ message: 'hoursPerWeekMax must be a whole number' })
  hoursPerWeekMax: number;

  @IsArray({ message: 'shifts must list day, evening, night or weekend' })
  shifts: string[];

  @IsOptional()
  @IsString()
  availableFrom?: string;

  @IsInt({ message: 'homeWijkId must be the number of a wijk' })
  homeWijkId: number;

  @IsOptional()
  @IsString()
  streetAddress?: string;

  @IsOptional()
  @IsString()
  postcode?: string;

  @IsOptional()
  @IsString()
  dateOfBirth?: string;

  @IsOptional()
  @IsString()
  registeredSince?: string;

  @IsOptional()
  @IsBoolean({ message: 'livingWageClient must be ja/nee (yes/no)' })
  livingWageClient?: boolean;

  @IsOptional()
  @IsBoolean({ message: 'inArtikel60 must be ja/nee (yes/no)' })
  inArtikel60?: boolean;

  @IsOptional()
  @IsBoolean({ message: 'workDisability must be ja/nee (yes/no)' })
  workDisability?: boolean;

  @IsOptional()
  @IsString()
  availability?: string;
}

/** How the CSV's text cells become the row's numbers, lists and yes/no values. */
export const COHORT_CSV_COLUMNS: CsvColumnMap = {
  occupationIds: csvCell.list,
  experienceMonths: csvCell.number,
  skillIds: csvCell.list,
  otherLanguages: csvCell.list,
  drivingLicences: csvCell.list,
  transportModes: csvCell.list,
  maxCommuteMinutes: csvCell.number,
  maxCommuteKm: csvCell.number,
  hoursPerWeekMin: csvCell.number,
  hoursPerWeekMax: csvCell.number,
  shifts: csvCell.list,
  homeWijkId: csvCell.number,
  livingWageClient: csvCell.boolean,
  inArtikel60: csvCell.boolean,
  workDisability: csvCell.boolean,
};

/**
 * The profile request the row stands for. Defaults are what a mediator would pick for someone just laid off:
 * no diploma to recognise, no Dutch level given, looking for work now. `experienceMonths` counts for the first
 * occupation (the job the person had); other languages are written `fr:B1|ar:C2`.
 */
export function profileRequestOfRow(row: CohortRowDto): Record<string, unknown> {
  const address =
    row.streetAddress !== undefined || row.postcode !== undefined
      ? { streetAddress: row.streetAddress, postcode: row.postcode }
      : null;
  return {
    desiredOccupations: row.occupationIds.map((occupationId, index) => ({
      occupationId,
      experienceMonths: index === 0 ? (row.experienceMonths ?? 0) : 0,
    })),
    skillIds: row.skillIds ?? [],
    education: {
      level: row.educationLevel,
      diplomaTitle: row.diplomaTitle ?? null,
      diplomaCountry: row.diplomaCountry ?? null,
      recognition: row.diplomaRecognition ?? DiplomaRecognition.NotNeeded,
    },
    dutchLevel: row.dutchLevel ?? null,
    otherLanguages: (row.otherLanguages ?? []).map((entry) => {
      const [language, level] = entry.split(':').map((part) => part.trim());
      return { language, level };
    }),
    drivingLicences: row.drivingLicences ?? [],
    mobility: {
      transportModes: row.transportModes,
      maxCommuteMinutes: row.maxCommuteMinutes ?? null,
      maxCommuteKm: row.maxCommuteKm ?? null,
    },
    workTime: { hoursPerWeekMin: row.hoursPerWeekMin, hoursPerWeekMax: row.hoursPerWeekMax, shifts: row.shifts },
    availableFrom: row.availableFrom ?? null,
    homeWijkId: row.homeWijkId,
    address,
    eligibility: {
      dateOfBirth: row.dateOfBirth ?? null,
      registeredSince: row.registeredSince ?? null,
      livingWageClient: row.livingWageClient ?? false,
      inArtikel60: row.inArtikel60 ?? false,
      workDisability: row.workDisability ?? null,
    },
    availability: row.availability ?? Availability.Active,
  } satisfies Record<keyof ProfileDto, unknown>;
}

// Profile fields whose CSV column has another name; the others are named by their last segment.
const COLUMN_OF_FIELD: Readonly<Record<string, string>> = {
  desiredOccupations: 'occupationIds',
  'desiredOccupations.occupationId': 'occupationIds',
  'desiredOccupations.experienceMonths': 'experienceMonths',
  'education.level': 'educationLevel',
  'education.recognition': 'diplomaRecognition',
  otherLanguages: 'otherLanguages',
  'otherLanguages.language': 'otherLanguages',
  'otherLanguages.level': 'otherLanguages',
  skillIds: 'skillIds',
  address: 'streetAddress',
};

/** The CSV column a profile field's error belongs to ("desiredOccupations.1.occupationId" → "occupationIds"). */
export function columnOfProfileField(field: string): string {
  const path = field.split('.').filter((segment) => !/^\d+$/.test(segment));
  return COLUMN_OF_FIELD[path.join('.')] ?? path[path.length - 1];
}
