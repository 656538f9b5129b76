import { isEditable, nextStatus, VacancyTransition } from './vacancy-lifecycle';
import { VacancyStatus } from './vacancy-vocabulary';

const { Draft, Published, Paused, Filled, Closed, Expired } = VacancyStatus;

describe('vacancy lifecycle', () => {
  it.each<[VacancyStatus, VacancyTransition, VacancyStatus]>([
    [Draft, 'publish', Published],
    [Published, 'pause', Paused],
    [Paused, 'publish', Published],
    [Published, 'fill', Filled],
    [Paused, 'fill', Filled],
    [Published, 'close', Closed],
    [Paused, 'close', Closed],
    [Published, 'expire', Expired],
    [Paused, 'expire', Expired],
  ])('%s --%s--> %s', (from, transition, to) => {
    expect(nextStatus(from, transition)).toBe(to);
  });

  it.each<[VacancyStatus, VacancyTransition]>([
    [Draft, 'pause'],
    [Draft, 'fill'],
    [Draft, 'close'],
    [Draft, 'expire'],
    [Published, 'publish'],
    [Paused, 'pause'],
    [Filled, 'publish'],
    [Closed, 'publish'],
    [Expired, 'publish'],
    [Filled, 'close'],
    [Expired, 'expire'],
  ])('refuses %s --%s-->', (from, transition) => {
    expect(nextStatus(from, transition)).toBeNull();
  });

  it('lets content change before the vacancy ends, never after', () => {
    expect([Draft, Published, Paused].every(isEditable)).toBe(true);
    expect([Filled, Closed, Expired].some(isEditable)).toBe(false);
  });
});
