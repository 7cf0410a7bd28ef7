/** The little of web-ext's programmatic API scripts/lint-firefox.ts uses (the package ships no types). */
declare module 'web-ext' {
  interface LintParams {
    sourceDir: string;
    output?: 'json' | 'text' | 'none';
  }
  const webExt: {
    cmd: { lint(params: LintParams, options: { shouldExitProgram: boolean }): Promise<unknown> };
  };
  export default webExt;
}
