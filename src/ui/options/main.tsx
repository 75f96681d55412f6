import { render } from 'preact'; render(<p>Candor</p>, document.getElementById('app')!);
