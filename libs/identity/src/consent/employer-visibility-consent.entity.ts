import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Whether the person's anonymised profile may appear in employers' matches. No row means no. */
@Entity({ name: 'employer_visibility_consents' })
export class EmployerVisibilityConsent {
  @PrimaryColumn({ name: 'job_seeker_account_id', type: 'uuid' })
  jobSeekerAccountId: string;

  @Column({ name: 'visible_to_employers', type: 'boolean' })
  visibleToEmployers: boolean;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
