// End-to-end tests against the real PostgreSQL and Redis that `npm test` prepares
// (a fresh database and queue prefix per run; see scripts/test.sh).
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('../tsconfig.json');

module.exports = {
  rootDir: '..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testRegex: '.*\\.e2e-spec\\.ts$',
  transform: { '^.+\\.ts$': 'ts-jest' },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  moduleFileExtensions: ['ts', 'js', 'json'],
  globalSetup: '<rootDir>/test/utils/global-setup.ts',
  testTimeout: 30000,
  // Boot-failure tests (a worker refusing to start) leave the half-built module's pool and Redis
  // connections behind: Nest does not close a module whose init threw.
  forceExit: true,
};
