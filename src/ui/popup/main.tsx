import { render } from 'preact';
import '../shared/ui.css';
import './popup.css';
import { Popup } from './Popup';

render(<Popup />, document.getElementById('app')!);
