import { findUnavailableService } from './unavailable';

describe('findUnavailableService', () => {
  it('recognises a refused connection wrapped by TypeORM', () => {
    const driverError = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const wrapped = Object.assign(new Error('query failed'), { driverError });
    expect(findUnavailableService(wrapped)).toBe('database');
  });

  it('recognises PostgreSQL shutting down', () => {
    const error = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(findUnavailableService(error)).toBeDefined();
  });

  it('recognises Redis without an offline queue', () => {
    expect(findUnavailableService(new Error("Stream isn't writeable and enableOfflineQueue options is false"))).toBe(
      'queue',
    );
  });

  it('leaves ordinary bugs alone', () => {
    expect(findUnavailableService(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBeUndefined();
    const sqlError = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    expect(findUnavailableService(sqlError)).toBeUndefined();
  });
});
