import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', '**/generated/**', 'coverage/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='skip'][callee.object.name=/^(it|test|describe)$/]", message: 'No skipped tests: a skipped test hides a gap.' },
      ],
    },
  },
  // The layers, from the bottom: protocol (wire formats) → drivers (devices) → gateway, whose
  // store sits under its services; the simulator stands beside them all and only tests and
  // the demo command reach into it. Tests may cross layers to set up what they test.
  {
    files: ['protocol/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/gateway/**', '**/drivers/**', '**/simulator/**'], message: 'protocol/ is the bottom layer: it imports nothing else of the project.' }] }] },
  },
  {
    files: ['drivers/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.contract.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/gateway/**', '**/simulator/**'], message: 'drivers/ speak of devices only: the gateway maps their failures (gateway/credentials/).' }] }] },
  },
  {
    files: ['gateway/**/*.ts'],
    ignores: ['**/*.test.ts', 'gateway/cli/commands/demo.ts', 'gateway/store/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/simulator/**'], message: 'the gateway does not use the simulator (only the demo command does).' }] }] },
  },
  {
    files: ['gateway/store/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/simulator/**'], message: 'the gateway does not use the simulator (only the demo command does).' },
        { regex: '^\\.\\./(?!engine/|errors/|china-time\\.ts$|\\.\\./protocol/)', message: 'gateway/store/ is under the services: it imports only protocol, the engine\'s pure types and arithmetic, errors and china-time.' },
      ] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
