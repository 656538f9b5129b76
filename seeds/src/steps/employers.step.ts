import {
  enterpriseNumberFromBase,
  normaliseEnterpriseNumber,
  Organisation,
  OrganisationSite,
  SectorTable,
  SiteLocator,
} from '@werkpunt/employers';
import { EntityManager } from 'typeorm';
import { DEMO_DEFAULTS, DemoEmployer, generateDemoData, OccupationGroupKey } from '../demo/generate';
import { DEMO_ID_NAMESPACE, uuidV5 } from '../demo/ids';
import { loadDemoSources } from '../demo/load-demo-sources';
import { neighbourhoodsOf } from '../neighbourhoods';
import { SeedStep } from '../seed-step';
import { DEMO_ORGANISATION_ID } from './accounts.step';

/** Where a demo site stands: the generator gives a wijk, the seed a point in it (its centroid). */
interface SiteSeed {
  id: string;
  organisationId: string;
  name: string;
  streetAddress: string;
  postcode: string;
  lat: number;
  lon: number;
}

/** The demo owner's and recruiter's organisation (accounts seed), with one shop in the Rabot. */
const BAKKERIJ_RABOT: Omit<Organisation, 'createdAt' | 'updatedAt' | 'sites'> = {
  id: DEMO_ORGANISATION_ID,
  legalName: 'Bakkerij Rabot bv',
  tradingName: 'Bakkerij Rabot',
  // Fictional and valid; outside the ranges the demo generator draws from, so it never collides.
  enterpriseNumber: normaliseEnterpriseNumber(enterpriseNumberFromBase(1_020_304)),
  naceCode: '10.71',
  socialEconomy: false,
  sectorTables: [],
  website: null,
  email: 'jobs@bakkerij-rabot.be',
  phone: null,
};

const BAKKERIJ_RABOT_SHOP: SiteSeed = {
  id: uuidV5(DEMO_ID_NAMESPACE, 'organisation-site:bakkerij-rabot:winkel'),
  organisationId: DEMO_ORGANISATION_ID,
  name: 'Winkel Rabot',
  streetAddress: 'Wondelgemstraat 12',
  postcode: '9000',
  // In wijk 7 (Rabot - Blaisantvest), near Buurtcentrum Rabot; the seed checks it.
  lat: 51.0641,
  lon: 3.7108,
};
const RABOT_WIJK = 7;

/** Demo employers' sector table, from the occupation group they mainly recruit for (a plausible guess). */
const SECTOR_TABLE_BY_GROUP: Readonly<Partial<Record<OccupationGroupKey, SectorTable>>> = {
  construction: SectorTable.Bouw,
  technicalSupervisors: SectorTable.Metaal,
  nursesAndCarers: SectorTable.Zorg,
  machineAndCraneOperators: SectorTable.Haven,
};

/**
 * Demo employers with fixed ids: Bakkerij Rabot (the demo accounts' organisation) and the employers of the
 * demo generator (seeds/src/demo, default seed and scale), each site located the way the API locates one.
 * Upserts by id, so running it again leaves the same rows.
 */
export const employersSeedStep: SeedStep = {
  name: 'demo employers',
  kind: 'demo',
  async run({ dataSource, dataDir, progress }) {
    const demo = generateDemoData({ seed: DEMO_DEFAULTS.seed }, await loadDemoSources(dataDir));
    const neighbourhoods = neighbourhoodsOf(dataSource);
    const locator = new SiteLocator(neighbourhoods);
    const centroids = new Map(
      (await neighbourhoods.list()).map((wijk) => [wijk.id, { lat: wijk.centroid.lat, lon: wijk.centroid.lon }]),
    );

    const shop = await locator.locate(BAKKERIJ_RABOT_SHOP);
    if (shop.neighbourhoodId !== RABOT_WIJK) {
      throw new Error(`Bakkerij Rabot's shop lies in wijk ${shop.neighbourhoodId ?? 'none'}, not ${RABOT_WIJK}`);
    }

    progress.start('Demo employers', demo.employers.length + 1);
    try {
      await dataSource.transaction(async (manager) => {
        await manager.upsert(Organisation, BAKKERIJ_RABOT, ['id']);
        await upsertSite(manager, BAKKERIJ_RABOT_SHOP, locator);
        progress.increment();
        for (const employer of demo.employers) {
          await manager.upsert(Organisation, organisationOf(employer), ['id']);
          for (const [index, site] of employer.sites.entries()) {
            const centroid = centroids.get(site.wijkNumber);
            if (!centroid) throw new Error(`Demo site ${site.id}: wijk ${site.wijkNumber} is not in the geo tables`);
            await upsertSite(
              manager,
              {
                id: site.id,
                organisationId: employer.id,
                name: index === 0 ? 'Hoofdzetel' : `Vestiging ${index + 1}`,
                // The generator places sites by wijk only; the centroid stands in for an address.
                streetAddress: 'Demo-adres (centrum van de wijk)',
                postcode: site.postcode,
                ...centroid,
              },
              locator,
            );
          }
          progress.increment();
        }
      });
    } finally {
      progress.stop();
    }
  },
};

function organisationOf(employer: DemoEmployer): Omit<Organisation, 'createdAt' | 'updatedAt' | 'sites'> {
  const sectorTable = SECTOR_TABLE_BY_GROUP[employer.occupationGroup];
  return {
    id: employer.id,
    legalName: employer.name,
    tradingName: null,
    enterpriseNumber: normaliseEnterpriseNumber(employer.enterpriseNumber),
    naceCode: employer.naceCode,
    socialEconomy: employer.socialEconomy,
    sectorTables: sectorTable ? [sectorTable] : [],
    website: null,
    email: null,
    phone: null,
  };
}

async function upsertSite(manager: EntityManager, site: SiteSeed, locator: SiteLocator): Promise<void> {
  await manager.upsert(OrganisationSite, { ...site, ...(await locator.locate(site)) }, ['id']);
}
