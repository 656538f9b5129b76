import { isIscoAncestorOrSelf } from '@werkpunt/taxonomy';

/**
 * Knelpuntberoepen: occupations for which employers in Flanders find too few candidates. The idea and the
 * groups follow VDAB's yearly list "Knelpuntberoepen" (vdab.be/trends/knelpuntberoepen), but VDAB names
 * its own occupations, not ISCO codes: this is a CURATED APPROXIMATION by ISCO-08 group, to be reviewed
 * against each new VDAB list. A vacancy is a shortage vacancy when its occupation's unit group is one of
 * these groups or lies within one; the flag is computed on every write and stored.
 */
export const SHORTAGE_ISCO_GROUPS: readonly { code: string; what: string }[] = [
  { code: '2221', what: 'verpleegkundigen (nursing professionals)' },
  { code: '3221', what: 'verpleegkundigen, niet-academisch (nursing associate professionals)' },
  { code: '5321', what: 'zorgkundigen (health care assistants)' },
  { code: '5322', what: 'thuiszorg (home-based personal care workers)' },
  { code: '2212', what: 'artsen-specialisten (specialist medical practitioners)' },
  { code: '2262', what: 'apothekers (pharmacists)' },
  { code: '2264', what: 'kinesitherapeuten (physiotherapists)' },
  { code: '2341', what: 'leerkrachten basisonderwijs (primary school teachers)' },
  { code: '2330', what: 'leerkrachten secundair onderwijs (secondary school teachers)' },
  { code: '25', what: 'ICT-specialisten (information and communications technology professionals)' },
  { code: '2142', what: 'ingenieurs bouwkunde (civil engineers)' },
  { code: '2144', what: 'ingenieurs werktuigbouwkunde (mechanical engineers)' },
  { code: '2151', what: 'ingenieurs elektrotechniek (electrical engineers)' },
  { code: '3112', what: 'technici bouwkunde (civil engineering technicians)' },
  { code: '3113', what: 'technici elektrotechniek (electrical engineering technicians)' },
  { code: '3115', what: 'technici werktuigbouwkunde (mechanical engineering technicians)' },
  { code: '2411', what: 'accountants' },
  { code: '7111', what: 'metselaars en bouwvakkers (house builders)' },
  { code: '7112', what: 'metselaars (bricklayers)' },
  { code: '7115', what: 'schrijnwerkers (carpenters and joiners)' },
  { code: '7126', what: 'loodgieters (plumbers and pipe fitters)' },
  { code: '7127', what: 'koeltechnici (air conditioning and refrigeration mechanics)' },
  { code: '7212', what: 'lassers (welders and flame cutters)' },
  { code: '7223', what: 'CNC-operators en draaiers (machine tool setters and operators)' },
  { code: '7231', what: 'automecaniciens (motor vehicle mechanics)' },
  { code: '7233', what: 'onderhoudsmecaniciens (industrial machinery mechanics)' },
  { code: '7411', what: 'elektriciens (building electricians)' },
  { code: '7412', what: 'elektromecaniciens (electrical mechanics and fitters)' },
  { code: '7512', what: 'bakkers (bakers)' },
  { code: '7511', what: 'slagers (butchers)' },
  { code: '5120', what: 'koks (cooks)' },
  { code: '5131', what: 'kelners (waiters)' },
  { code: '8332', what: 'vrachtwagenchauffeurs (heavy truck drivers)' },
  { code: '8331', what: 'buschauffeurs (bus drivers)' },
];

/** Whether an occupation of this ISCO unit group is a knelpuntberoep (see the list above). */
export function isShortageOccupation(iscoUnitGroup: string): boolean {
  return SHORTAGE_ISCO_GROUPS.some((group) => isIscoAncestorOrSelf(group.code, iscoUnitGroup));
}
