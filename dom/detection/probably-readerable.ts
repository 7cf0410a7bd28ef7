// Only Readability's readerable check, from its own file: the package's index also
// brings the whole of Readability (90 kB), and the news detector that calls this runs on
// every page the reader opens.
import readerable from '@mozilla/readability/Readability-readerable.js';

export const isProbablyReaderable: typeof import('@mozilla/readability').isProbablyReaderable = readerable;
