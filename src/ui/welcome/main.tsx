import { render } from 'preact';
import '../shared/ui.css';
import '../options/options.css';
import './welcome.css';
import { Welcome } from './Welcome';

render(<Welcome />, document.getElementById('app')!);
