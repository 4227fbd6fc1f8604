// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notificationPlainText } from '../../../src/screens/Notifications/notificationPlainText';

afterEach(() => {
  vi.restoreAllMocks();
  delete (window as unknown as Record<string, unknown>).notificationRan;
});

describe('notificationPlainText', () => {
  it('returns plain text unchanged', () => {
    expect(notificationPlainText('Love <3 Robots  and  spaces')).toBe('Love <3 Robots  and  spaces');
  });

  it('keeps the text of formatting tags', () => {
    expect(notificationPlainText('<b>mehdi92</b> a répondu sur <a href="https://example.invalid">Hollow Creek</a>')).toBe('mehdi92 a répondu sur Hollow Creek');
  });

  it('drops scripts and styles with their content', () => {
    const text = notificationPlainText('Badge<script>window.notificationRan = true</script><style>body { display: none }</style> débloqué');

    expect(text).toBe('Badge débloqué');
    expect((window as unknown as Record<string, unknown>).notificationRan).toBeUndefined();
  });

  it('drops scripts inside SVG and templates', () => {
    expect(notificationPlainText('<svg><script>alert(1)</script></svg>A<template><b>hidden</b></template>B')).toBe('AB');
  });

  it('runs no event handler', async () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);

    const text = notificationPlainText('<img src="x" onerror="alert(1)">Nouvel épisode<body onload="alert(2)">');
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(text).toBe('Nouvel épisode');
    expect(alert).not.toHaveBeenCalled();
  });

  it('decodes entities once', () => {
    expect(notificationPlainText('<i>Tom &amp; Jerry</i> &lt;b&gt; &#233;t&eacute;')).toBe('Tom & Jerry <b> été');
  });

  it('drops comments and collapses white space', () => {
    expect(notificationPlainText('<p>Saison\n  2</p><!-- <b>note</b> --><p>arrive</p>')).toBe('Saison 2arrive');
  });
});
