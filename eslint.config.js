// ESLint flat config. Import direction is enforced per folder (DESIGN §5):
// cli -> {project, load, validate, analyze, report} -> model; nothing imports cli.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test/fixtures/', 'test/golden/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      eqeqeq: 'error',
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'exit', message: 'return an exit code from main() instead' },
      ],
    },
  },
  {
    files: ['src/model/**'],
    rules: restrict(
      ['../*', '!./*', 'node:*', 'yaml', 'ajv', 'chalk', 'commander'],
      'model/ holds types only and imports nothing',
    ),
  },
  {
    files: ['src/analyze/**'],
    rules: restrict(
      ['../load/*', '../validate/*', '../report/*', '../cli/*', '../project/*', 'node:*', 'chalk', 'yaml', 'ajv'],
      'analyze/ is pure: model/ only, no I/O',
    ),
  },
  {
    files: ['src/report/**'],
    rules: restrict(
      [
        '../load/*',
        '../../load/*',
        '../validate/*',
        '../../validate/*',
        '../cli/*',
        '../../cli/*',
        '../project/*',
        '../../project/*',
        'node:fs',
        'node:fs/*',
      ],
      'report/ formats data it is given; it reads and writes nothing',
    ),
  },
  {
    files: ['src/validate/**'],
    rules: restrict(
      [
        '../load/*',
        '../../load/*',
        '../cli/*',
        '../../cli/*',
        '../report/*',
        '../../report/*',
        '../analyze/*',
        'node:fs',
        'node:fs/*',
      ],
      'validate/ sees documents only through SourceDocument',
    ),
  },
  {
    files: ['src/load/**'],
    rules: restrict(
      ['../validate/*', '../cli/*', '../report/*', '../analyze/*', '../project/*', 'ajv', 'chalk'],
      'load/ reads files and nothing else',
    ),
  },
  {
    files: ['src/project/**'],
    rules: restrict(['../cli/*', '../report/*'], 'project/ composes load and validate; it does not format'),
  },
  {
    files: ['src/cli/**', 'bin/**', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  { files: ['**/*.js', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', process: 'readonly' } },
  },
  // The launcher is the one place allowed to end the process (EPIPE on a closed pipe).
  {
    files: ['bin/**', '*.config.js'],
    languageOptions: { globals: { process: 'readonly' } },
    rules: { 'no-restricted-properties': 'off' },
  },
);
