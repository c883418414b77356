import { render } from 'preact';
import { PopupContainer } from '@/utils/pages/popup-container';
import { readPreparedPopupView } from '@/utils/pages/prepared-popup-view';
import { localizePage } from '@/utils/pages/localize-page';
import '@/components/page.css';

localizePage('page.popupTitle');

// The view the background kept ready is read first, so the first render already shows today's plan.
void readPreparedPopupView().then((prepared) =>
  render(<PopupContainer prepared={prepared} />, document.getElementById('app')!),
);
