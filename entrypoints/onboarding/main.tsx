import { render } from 'preact';
import { Onboarding } from '../../components/onboarding/Onboarding';
import '../options/style.css';
import { message } from '../../platform/i18n';
import '../../components/starter/starter.css';

// The tab's title in the reader's language; index.html's English stands until then.
document.title = message('onboarding_tab_title');

render(<Onboarding />, document.getElementById('app')!);
