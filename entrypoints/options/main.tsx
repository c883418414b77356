import { render } from 'preact';
import { OptionsContainer } from '@/utils/ui/options-container';
import '@/components/page.css';

render(<OptionsContainer />, document.getElementById('app')!);
