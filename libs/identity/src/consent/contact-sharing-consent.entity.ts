import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An organisation the person shares contact details with; the row exists while consent holds. */
@Entity({ name: 'contact_sharing_consents' })
@Index('IDX_contact_sharing_consents_organisation', ['organisationId'])
export class ContactSharingConsent {
  @PrimaryColumn({ name: 'job_seeker_account_id', type: 'uuid' })
  jobSeekerAccountId: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;
}
