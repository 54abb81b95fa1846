import js from '@eslint/js'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'
import pluginVueA11y from 'eslint-plugin-vuejs-accessibility'
import globals from 'globals'

export default defineConfigWithVueTs(
  {
    name: 'app/ignores',
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'supabase/.local/**', 'src/types/database.types.ts'],
  },
  {
    name: 'app/files',
    files: ['**/*.{js,mjs,cjs,ts,mts,vue}'],
  },
  js.configs.recommended,
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  pluginVueA11y.configs['flat/recommended'],
  {
    name: 'app/browser',
    files: ['src/**/*.{ts,vue}'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'app/node',
    files: ['*.{js,mjs,cjs,ts}', 'build/**/*.ts', 'supabase/**/*.{js,mjs,ts}', 'tests/**/*.{js,mjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'app/rules',
    rules: {
      // The plugin's default demands both nesting and `for`/`id`; either one labels a control.
      'vuejs-accessibility/label-has-for': ['error', { required: { some: ['nesting', 'id'] } }],
    },
  },
)
