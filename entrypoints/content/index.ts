import { defineContentScript } from 'wxt/utils/define-content-script';
import { claimPage } from '../../content/claim-page';
import { runParallax } from '../../content/run-parallax';
import './highlights.css';

export default defineContentScript({
  // Not in the manifest: registered for the sites the reader granted, or injected by a
  // toolbar click (platform/reader-script.ts). No host access is asked for at install.
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    if (claimPage(ctx)) runParallax(ctx);
  },
});
