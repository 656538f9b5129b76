import { ApiProperty } from '@nestjs/swagger';
import { OpeningPeriod, Weekday, WEEKDAYS } from '../opening-hours';
import { WerkpuntStatus } from '../werkpunt.entity';
import { WerkpuntView } from '../werkpunt-views';

// Response shapes for the OpenAPI document. Each one implements the service's view, so the two cannot drift.

export class OpeningPeriodDto implements OpeningPeriod {
  @ApiProperty({ enum: WEEKDAYS, example: 'tuesday' })
  weekday: Weekday;

  @ApiProperty({ description: 'Europe/Brussels local time, HH:MM', example: '09:00' })
  opens: string;

  @ApiProperty({ description: 'Europe/Brussels local time, HH:MM; "24:00" is midnight', example: '12:00' })
  closes: string;
}

export class WerkpuntNeighbourhoodDto {
  @ApiProperty({ description: 'The city’s wijknr (see /api/v1/neighbourhoods)', example: 18 })
  id: number;

  @ApiProperty({ example: 'Ledeberg' })
  name: string;
}

export class WerkpuntLocationDto {
  @ApiProperty({ description: 'Latitude, WGS84', example: 51.036 })
  lat: number;

  @ApiProperty({ description: 'Longitude, WGS84', example: 3.743 })
  lon: number;
}

export class WerkpuntDto implements WerkpuntView {
  @ApiProperty({ format: 'uuid', example: 'dce349ba-9753-50c3-98b2-0e36ef58fb95' })
  id: string;

  @ApiProperty({ example: 'Werkpunt Ledeberg' })
  name: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The building or partner that houses it; null while still being chosen',
    example: 'Welzijnsknoop Ledeberg',
  })
  host: string | null;

  @ApiProperty({ enum: WerkpuntStatus, example: WerkpuntStatus.Open })
  status: WerkpuntStatus;

  @ApiProperty({ type: String, nullable: true, description: 'Street and number', example: 'Hundelgemsesteenweg' })
  streetAddress: string | null;

  @ApiProperty({ example: '9050' })
  postcode: string;

  @ApiProperty({ type: () => WerkpuntNeighbourhoodDto, description: 'The wijk it stands in' })
  neighbourhood: WerkpuntNeighbourhoodDto;

  @ApiProperty({ type: () => WerkpuntLocationDto, nullable: true, description: 'Null while the location is open' })
  location: WerkpuntLocationDto | null;

  @ApiProperty({
    type: () => [OpeningPeriodDto],
    description: 'Walk-in hours, Europe/Brussels local time, by weekday; empty when there are none yet',
    example: [
      { weekday: 'monday', opens: '09:00', closes: '12:00' },
      { weekday: 'monday', opens: '13:30', closes: '16:00' },
    ],
  })
  openingHours: OpeningPeriodDto[];

  @ApiProperty({ description: 'Open at the moment of the request (Ghent time); false while planned', example: true })
  openNow: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'The Werkpunt’s own line, not a person’s', example: null })
  phone: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The Werkpunt’s shared mailbox, not a person’s',
    example: 'werkpunt.ledeberg@werkpunt.gent',
  })
  email: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'What is still to be confirmed about this record',
    example:
      'House number to confirm. Coordinates approximate. Opening hours and e-mail are demo values, not the real ones.',
  })
  notes: string | null;
}
