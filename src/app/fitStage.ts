/** The design size every screen is laid out at, in CSS px. */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

/**
 * Scales the 1920×1080 stage to the window with one transform, keeping proportions and centring
 * it (black bars if the window's shape differs). A 1280×720 panel gets a scale of 2/3. Returns
 * the function that stops following window resizes.
 */
export function fitStage(stage: HTMLElement): () => void {
  const apply = () => {
    const scale = Math.min(window.innerWidth / STAGE_WIDTH, window.innerHeight / STAGE_HEIGHT);
    const offsetX = Math.round((window.innerWidth - STAGE_WIDTH * scale) / 2);
    const offsetY = Math.round((window.innerHeight - STAGE_HEIGHT * scale) / 2);
    const transform = `translate(${offsetX}px, ${offsetY}px) scale(${scale})`;

    stage.style.transform = transform;
    stage.style.setProperty('-webkit-transform', transform);
  };

  apply();
  window.addEventListener('resize', apply);

  return () => window.removeEventListener('resize', apply);
}
