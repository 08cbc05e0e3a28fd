/** Unit and component tests. End-to-end tests in Chromium have their own config (tests/e2e). */
const tsJest = ['ts-jest', {}];

module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/tests/e2e/'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.tsx'],
      testPathIgnorePatterns: ['/tests/e2e/'],
      setupFilesAfterEnv: ['<rootDir>/tests/ui/setup.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
  ],
};
