import { Injectable } from '@nestjs/common';
import { NeighbourhoodsService } from '@werkpunt/geo';
import { SiteLocatedBy } from './organisation-site.entity';

export interface SiteLocation {
  neighbourhoodId: number | null;
  locatedBy: SiteLocatedBy;
}

/**
 * Finds a site's wijk: the outline containing its coordinates when it has them and they fall in Ghent;
 * otherwise the wijk its postcode covers most (postcodes and wijken do not nest, so this is a best
 * guess, and the site says so); otherwise none: the site lies outside Ghent, which is allowed.
 */
@Injectable()
export class SiteLocator {
  constructor(private readonly neighbourhoods: NeighbourhoodsService) {}

  async locate(site: { postcode: string; lat: number | null; lon: number | null }): Promise<SiteLocation> {
    if (site.lat !== null && site.lon !== null) {
      const byPoint = await this.neighbourhoods.locateByPoint({ lat: site.lat, lon: site.lon });
      if (byPoint) return { neighbourhoodId: byPoint.id, locatedBy: SiteLocatedBy.Point };
    }
    const byPostcode = await this.neighbourhoods.locateByPostcode(site.postcode);
    const mostCovered = byPostcode?.neighbourhoods[0];
    if (mostCovered) return { neighbourhoodId: mostCovered.id, locatedBy: SiteLocatedBy.Postcode };
    return { neighbourhoodId: null, locatedBy: SiteLocatedBy.OutsideGhent };
  }
}
