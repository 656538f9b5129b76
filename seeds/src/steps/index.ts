import { SeedStep } from '../seed-step';
import { accountsSeedStep } from './accounts.step';
import { caseloadsSeedStep } from './caseloads.step';
import { employersSeedStep } from './employers.step';
import { geoSeedStep } from './geo.step';
import { jobSeekersSeedStep } from './jobseekers.step';
import { taxonomySeedStep } from './taxonomy.step';
import { vacanciesSeedStep } from './vacancies.step';
import { werkpuntenSeedStep } from './werkpunten.step';

/** In order: later steps may rely on rows of earlier ones. */
export const SEED_STEPS: SeedStep[] = [
  geoSeedStep,
  taxonomySeedStep,
  werkpuntenSeedStep,
  employersSeedStep,
  vacanciesSeedStep,
  accountsSeedStep,
  jobSeekersSeedStep,
  caseloadsSeedStep,
];
