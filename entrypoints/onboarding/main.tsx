import { render } from 'preact';
import { Onboarding } from '../../components/onboarding/Onboarding';
import '../options/style.css';

render(<Onboarding />, document.getElementById('app')!);
