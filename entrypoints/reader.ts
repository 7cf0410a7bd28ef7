import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readerModule } from '../content/reader';
import { installReader } from '../content/reader-module';

// Not a content script of the manifest and not web-accessible: the background injects it
// (scripting.executeScript) into the one frame whose detector found an article, and it
// leaves the reader there for the detector (entrypoints/content) to use.
export default defineUnlistedScript(() => {
  installReader(readerModule());
});
