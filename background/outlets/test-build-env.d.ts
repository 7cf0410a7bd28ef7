/** Set only when the end-to-end tests build their own copy (background/outlets/wikidata-endpoints.ts). */
interface ImportMetaEnv {
  readonly WXT_PARALLAX_TEST_BUILD?: string;
}
