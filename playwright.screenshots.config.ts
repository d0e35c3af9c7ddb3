/**
 * The README's screenshots of the everyday screens (EN/ES/FR at 1280 and 1920 px), taken on
 * demand with `npm run screenshots` rather than in every test run (about four minutes).
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testMatch: '**/*.shots.ts',
  reporter: [['list']],
});
