import { render } from 'preact';
import { PopupContainer } from '@/utils/pages/popup-container';
import '@/components/page.css';

render(<PopupContainer />, document.getElementById('app')!);
