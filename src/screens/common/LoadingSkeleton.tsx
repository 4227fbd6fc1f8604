import { useI18n } from '../../i18n/useI18n';
import './statePanels.css';

export interface LoadingSkeletonProps {
  /**
   * `posters` draws one row of poster-sized blocks, `grid` draws `rows` rows of them, and
   * `text` draws lines of text, for a details screen.
   */
  shape: 'posters' | 'grid' | 'text';
  /** Blocks per row (posters, grid) or lines (text). */
  count: number;
  /** Rows of a grid; ignored by the other shapes. */
  rows?: number;
  /** Block size in CSS px at 1080p, to match the cards that replace it (default 260×390). */
  itemWidth?: number;
  itemHeight?: number;
  /** Space after each block, the same margin as the real cards (default 36). */
  itemSpacing?: number;
  testId?: string;
}

/** Renders pulsing placeholders where a list or a text is about to appear; screen readers hear "Loading". */
export function LoadingSkeleton({ shape, count, rows = 1, itemWidth = 260, itemHeight = 390, itemSpacing = 36, testId }: LoadingSkeletonProps) {
  const { t } = useI18n();

  if (shape === 'text') {
    const lines = [];
    for (let index = 0; index < count; index += 1) {
      // The last line is shorter, as the end of a paragraph is.
      const width = index === count - 1 ? '55%' : '100%';
      lines.push(<div key={index} className="state-skeleton__line skeleton is-loading" style={{ width }} />);
    }

    return (
      <div className="state-skeleton state-skeleton--text" data-testid={testId} aria-busy="true" role="status">
        <span className="visually-hidden">{t('common.loading')}</span>
        {lines}
      </div>
    );
  }

  const rowCount = shape === 'grid' ? rows : 1;
  const rowElements = [];

  for (let row = 0; row < rowCount; row += 1) {
    const blocks = [];
    for (let index = 0; index < count; index += 1) {
      blocks.push(
        <div
          key={index}
          className="state-skeleton__block skeleton is-loading"
          style={{ width: itemWidth, height: itemHeight, marginRight: itemSpacing }}
        />,
      );
    }

    rowElements.push(
      <div key={row} className="state-skeleton__row" style={{ marginBottom: shape === 'grid' ? itemSpacing : 0 }}>
        {blocks}
      </div>,
    );
  }

  return (
    <div className="state-skeleton" data-testid={testId} aria-busy="true" role="status">
      <span className="visually-hidden">{t('common.loading')}</span>
      {rowElements}
    </div>
  );
}
