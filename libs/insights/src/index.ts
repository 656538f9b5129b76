// The insights context's public surface: the apps import only from here.
export { InsightsModule } from './insights.module';
export {
  GHENT_TOTALS_2013,
  OCCUPATION_GROUPS_2013,
  OTHER_GROUP_KEY,
  occupationGroupOf,
} from './occupation-groups-2013';
export type { OccupationGroup2013 } from './occupation-groups-2013';
export { MINIMUM_SHOWN_JOB_SEEKERS, tensionCell } from './tension/suppression';
