import { render } from 'preact';
// Pages may show any language: the catalogs are registered here, parsed when first used.
import '../../i18n/catalogs';
import '../shared/ui.css';
import './options.css';
import { Options } from './Options';

render(<Options />, document.getElementById('app')!);
