import { render } from 'preact';
import { OptionsContainer } from '@/utils/pages/options-container';
import '@/components/page.css';

render(<OptionsContainer />, document.getElementById('app')!);
