import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_MATCH_WEIGHTS, MatchWeights, validateWeights } from '@werkpunt/matching';
import { APP_CONFIG, AppConfig } from '@werkpunt/platform';

/** The weights in force: the defaults with MATCH_WEIGHTS laid over them, checked once at start. */
@Injectable()
export class MatchWeightsProvider {
  private readonly weights: MatchWeights;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.weights = validateWeights({ ...DEFAULT_MATCH_WEIGHTS, ...config.search.matchWeights });
  }

  current(): MatchWeights {
    return this.weights;
  }
}
