// Lint for mistakes, not style (Prettier owns style). Generated and vendored output is ignored.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'demo-output', 'tests/.artifacts', 'utils/analysis/assets'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render page HTML through utils/sanitize-html.ts.',
        },
      ],
    },
  },
  { files: ['utils/sanitize-html.ts', 'tests/**'], rules: { 'no-restricted-syntax': 'off' } },
);
