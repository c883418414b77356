import { render } from 'preact';
import { SessionContainer } from '@/utils/pages/session-container';
import '@/components/page.css';

render(<SessionContainer />, document.getElementById('app')!);
