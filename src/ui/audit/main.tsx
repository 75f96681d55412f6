import { render } from 'preact';
import '../shared/ui.css';
import './audit.css';
import { AuditPage } from './AuditPage';

render(<AuditPage />, document.getElementById('app')!);
