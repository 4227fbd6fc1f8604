import { useState } from 'react';
import './PosterImage.css';

export interface PosterImageProps {
  /** Null when the API has no poster (`show.poster`, `images.poster` can be null). */
  src: string | null;
  /** The show's or film's title; its initial fills the placeholder. */
  title: string;
  /** Display size in CSS px at 1080p, also sent as the `<img>` size so the layout never jumps. */
  width: number;
  height: number;
  className?: string;
}

/** Returns the first letter of a title, for a poster placeholder. */
export function initialOf(title: string): string {
  const trimmed = title.trim();
  return trimmed === '' ? '?' : trimmed.charAt(0).toUpperCase();
}

/**
 * Renders a poster that loads lazily at its display size, or a placeholder with the title's
 * initial when there is none or it fails to load.
 */
export function PosterImage({ src, title, width, height, className }: PosterImageProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const classes = className ? `poster-image ${className}` : 'poster-image';

  if (!src || failedSrc === src) {
    // `<className>--placeholder` too, so a screen can style its own placeholders.
    const placeholderClasses = className ? `${classes} poster-image--placeholder ${className}--placeholder` : `${classes} poster-image--placeholder`;

    return (
      <div
        className={placeholderClasses}
        style={{ width, height, lineHeight: `${height}px`, fontSize: Math.round(height * 0.3) }}
        aria-hidden="true"
      >
        {initialOf(title)}
      </div>
    );
  }

  return (
    <img
      className={classes}
      src={src}
      alt=""
      width={width}
      height={height}
      loading="lazy"
      decoding="async"
      onError={() => setFailedSrc(src)}
    />
  );
}
