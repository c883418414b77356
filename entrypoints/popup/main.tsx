import { render } from 'preact';
import { PopupContainer } from '@/utils/ui/popup-container';
import '@/components/page.css';

render(<PopupContainer />, document.getElementById('app')!);
