import { CommuteMode, MatchSeeker } from './match-model';

/**
 * Average door-to-door speeds in and around Ghent, in straight-line km per hour. They are deliberately
 * modest: a straight line is shorter than the route, and a commute includes walking to a stop, waiting,
 * parking and traffic. Public transport (18) assumes tram and bus within the city with one change;
 * car (30) is city traffic at peak hours, not the ring road at night.
 */
export const COMMUTE_SPEED_KMH: Readonly<Record<CommuteMode, number>> = Object.freeze({
  walk: 5,
  bike: 15,
  e_bike: 20,
  public_transport: 18,
  moped: 25,
  car: 30,
});

/**
 * Used when the person set no limit at all. 45 minutes is the time most people accept for a commute, and
 * measuring it with their own means of transport keeps the default fair to someone who only walks.
 */
export const DEFAULT_MAX_COMMUTE_MINUTES = 45;

/** When no mode is known we assume public transport: it reaches every wijk and needs no licence or vehicle. */
const FALLBACK_MODE: CommuteMode = 'public_transport';

function fastestSpeedKmh(modes: CommuteMode[]): number {
  const speeds = modes.map((mode) => COMMUTE_SPEED_KMH[mode]).filter((speed) => speed !== undefined);
  return speeds.length > 0 ? Math.max(...speeds) : COMMUTE_SPEED_KMH[FALLBACK_MODE];
}

/**
 * How far (straight-line km) this person can go to work: the larger of the two limits they set, because
 * either one describes a trip they accept. The search layer pre-filters by this radius, so it must never be
 * smaller than what the maxCommute hard filter lets through.
 */
export function commuteRadiusKm(
  seeker: Pick<MatchSeeker, 'maxCommuteKm' | 'maxCommuteMinutes' | 'transportModes'>,
): number {
  const speed = fastestSpeedKmh(seeker.transportModes);
  const byKm = seeker.maxCommuteKm ?? null;
  const byMinutes = seeker.maxCommuteMinutes === null ? null : (seeker.maxCommuteMinutes * speed) / 60;
  if (byKm === null && byMinutes === null) return (DEFAULT_MAX_COMMUTE_MINUTES * speed) / 60;
  return Math.max(byKm ?? 0, byMinutes ?? 0);
}
