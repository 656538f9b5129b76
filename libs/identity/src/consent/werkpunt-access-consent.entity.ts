import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Another Werkpunt whose mediators may see the file; the row exists while consent holds. */
@Entity({ name: 'werkpunt_access_consents' })
@Index('IDX_werkpunt_access_consents_werkpunt', ['werkpuntId'])
export class WerkpuntAccessConsent {
  @PrimaryColumn({ name: 'job_seeker_account_id', type: 'uuid' })
  jobSeekerAccountId: string;

  @PrimaryColumn({ name: 'werkpunt_id', type: 'uuid' })
  werkpuntId: string;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;
}
