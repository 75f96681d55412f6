import { render } from 'preact';
// Pages may show any language: the catalogs are registered here, parsed when first used.
import '../../i18n/catalogs';
import '../shared/ui.css';
import './audit.css';
import { AuditPage } from './AuditPage';

render(<AuditPage />, document.getElementById('app')!);
