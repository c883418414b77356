import { render } from 'preact';
import { OptionsContainer } from '@/utils/pages/options-container';
import { localizePage } from '@/utils/pages/localize-page';
import '@/components/page.css';

localizePage('page.optionsTitle');

render(<OptionsContainer />, document.getElementById('app')!);
