import { render } from 'preact';
import { OptionsPage } from './options-page';
import './style.css';

render(<OptionsPage />, document.getElementById('app')!);
