import { render } from 'preact';
import { SessionContainer } from '@/utils/pages/session-container';
import { localizePage } from '@/utils/pages/localize-page';
import '@/components/page.css';

localizePage('page.sessionTitle');

render(<SessionContainer />, document.getElementById('app')!);
