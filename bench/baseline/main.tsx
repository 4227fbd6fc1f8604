import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The benchmark's yardstick: a bare React 19 page, built with the app's Vite config, that shows a
 * fixed code in the element the app uses (`data-testid="user-code"`) and moves `data-focused`
 * along six boxes with the arrow keys. It times the floor of a React start and of a focus move
 * on this machine, so the app's figures can be read as ratios.
 */

const BOX_COUNT = 6;

const boxStyle = { display: 'inline-block', width: 200, height: 120, marginRight: 24, background: '#252c39' };
const focusedBoxStyle = { ...boxStyle, outline: '4px solid #ffd23f' };

function BaselinePage() {
  const [focusedIndex, setFocusedIndex] = useState(0);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.keyCode === 37) {
        setFocusedIndex((index) => Math.max(0, index - 1));
      } else if (event.keyCode === 39) {
        setFocusedIndex((index) => Math.min(BOX_COUNT - 1, index + 1));
      }
    };

    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const boxes = [];
  for (let index = 0; index < BOX_COUNT; index += 1) {
    const focused = index === focusedIndex;
    boxes.push(<div key={index} style={focused ? focusedBoxStyle : boxStyle} data-focused={focused ? 'true' : undefined} />);
  }

  return (
    <main style={{ padding: 96, color: '#f3f5f9', background: '#0e1116', fontSize: 30 }}>
      <p data-testid="user-code">123-456</p>
      <div>{boxes}</div>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) {
  throw new Error('The baseline index.html has no #root element.');
}

createRoot(root).render(
  <StrictMode>
    <BaselinePage />
  </StrictMode>,
);
