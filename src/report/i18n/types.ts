/** report/i18n/types: the shape every language's catalogue fills in. */
import type { HeatRating } from '../../model/report-view.js';

export interface Messages {
  lang: string;
  dir: 'ltr' | 'rtl';
  documentTitle: (country: string, code: string, asAt: string) => string;
  heat: { concept: string; legendTitle: string; symbol: string; rating: string; meaning: string };
  heatLabel: (rating: HeatRating) => string;
  heatMeaning: (rating: HeatRating) => string;
  docx: { contents: string; tocHint: string; page: string; of: string; font: string };
}
