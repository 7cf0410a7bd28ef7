import { defineContentScript } from 'wxt/utils/define-content-script';
import { runParallax } from '../../content/run-parallax';
import './highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main: runParallax,
});
