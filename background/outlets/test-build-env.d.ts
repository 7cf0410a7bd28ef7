/** Set only in the one test build, `npm run build:test` (wxt.config.ts; background/outlets/wikidata-endpoints.ts). */
interface ImportMetaEnv {
  readonly WXT_PARALLAX_TEST_BUILD?: string;
}
