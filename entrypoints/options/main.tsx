import { render } from 'preact';
import { OptionsPage, sectionFromHash } from '../../components/options/OptionsPage';

render(<OptionsPage initial={sectionFromHash(location.hash)} />, document.getElementById('app')!);
