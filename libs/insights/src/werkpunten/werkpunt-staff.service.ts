import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StaffMediatorDto, WerkpuntStaffDto } from './werkpunt-staff.dto';

/**
 * The Werkpunten with their mediators and the size of their caseload, for the city's overview: identity has no list
 * of mediators per Werkpunt, and mediation knows the caseloads, so this read joins the tables and returns counts for
 * the clients and names only for staff.
 */
@Injectable()
export class WerkpuntStaffService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<WerkpuntStaffDto[]> {
    const [werkpunten, mediators] = await Promise.all([
      this.dataSource.query<Omit<WerkpuntStaffDto, 'mediators'>[]>(
        `SELECT w.id, w.name, w.status, n.name AS wijk,
                (SELECT count(*) FROM caseload_entries c WHERE c.werkpunt_id = w.id)::int AS clients
           FROM werkpunten w JOIN neighbourhoods n ON n.id = w.neighbourhood_id
          ORDER BY w.status, w.name`,
      ),
      this.dataSource.query<(StaffMediatorDto & { werkpunt_id: string })[]>(
        `SELECT m.werkpunt_id, a.id, a.display_name AS "displayName", a.email, a.status
           FROM werkpunt_memberships m JOIN accounts a ON a.id = m.account_id
          WHERE a.role = 'mediator' AND a.status IN ('active', 'deactivated')
          ORDER BY a.display_name, a.id`,
      ),
    ]);
    return werkpunten.map((werkpunt) => ({
      ...werkpunt,
      mediators: mediators
        .filter((mediator) => mediator.werkpunt_id === werkpunt.id)
        .map(({ id, displayName, email, status }) => ({ id, displayName, email, status })),
    }));
  }
}
