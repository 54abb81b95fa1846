import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'happy-dom',
            include: ['src/**/*.test.ts', 'build/**/*.test.ts', 'tests/**/*.test.ts'],
            exclude: ['src/**/*.stack.test.ts'],
            setupFiles: ['src/test/setupMessages.ts'],
          },
        },
        {
          // src/api functions against the embedded stack with the real migrations, as the browser calls them.
          extends: true,
          test: {
            name: 'api',
            environment: 'node',
            include: ['src/**/*.stack.test.ts'],
            globalSetup: ['supabase/tests/global-setup.ts'],
            testTimeout: 30_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
        {
          test: {
            name: 'stack',
            environment: 'node',
            include: ['supabase/local/**/*.test.ts'],
            globalSetup: ['supabase/local/tests/global-setup.ts'],
            testTimeout: 30_000,
            hookTimeout: 120_000,
            // One stack serves every file; files run one after another so rate limits and timing stay predictable.
            fileParallelism: false,
          },
        },
        {
          test: {
            name: 'db',
            environment: 'node',
            include: ['supabase/tests/**/*.test.ts'],
            globalSetup: ['supabase/tests/global-setup.ts'],
            testTimeout: 30_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  }),
)
