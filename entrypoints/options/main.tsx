import { render } from 'preact';
import { OptionsPage, sectionFromHash } from '../../components/options/OptionsPage';
import { message } from '../../platform/i18n';

// The tab's title in the reader's language; index.html's English stands until then.
document.title = message('options_tab_title');

render(<OptionsPage initial={sectionFromHash(location.hash)} />, document.getElementById('app')!);
