// Browser tests: the BUILT api and worker as child processes, driven through real Chromium (playwright-core)
// against the run's fresh database (scripts/test.sh prepares it; `npm run build` must have run).
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('../../tsconfig.json');

module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testRegex: '.*\\.browser-spec\\.ts$',
  transform: { '^.+\\.ts$': 'ts-jest' },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  moduleFileExtensions: ['ts', 'js', 'json'],
  globalSetup: '<rootDir>/test/utils/global-setup.ts',
  testTimeout: 120000,
};
