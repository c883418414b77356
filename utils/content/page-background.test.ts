import { afterEach, describe, expect, it } from 'vitest';
import { pageBackgroundBehind } from './page-background';

afterEach(() => {
  document.body.replaceChildren();
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

function nested(styles: string[]): HTMLElement {
  let parent: HTMLElement = document.body;
  for (const style of styles) {
    const div = document.createElement('div');
    div.setAttribute('style', style);
    parent.append(div);
    parent = div;
  }
  return parent;
}

describe('pageBackgroundBehind', () => {
  it('walks out past transparent boxes to the first opaque background', () => {
    const inner = nested(['background-color: rgb(20, 20, 22)', '', 'background: transparent']);
    expect(pageBackgroundBehind(inner)).toEqual({ r: 20, g: 20, b: 22, a: 1 });
  });

  it('is the white canvas when nothing paints a background', () => {
    expect(pageBackgroundBehind(nested(['', '']))).toEqual({ r: 255, g: 255, b: 255, a: 1 });
  });

  it('reaches the body and the root element', () => {
    document.documentElement.setAttribute('style', 'background-color: rgb(10, 10, 10)');
    expect(pageBackgroundBehind(nested(['']))).toEqual({ r: 10, g: 10, b: 10, a: 1 });
  });

  it('composes a translucent box over what is outside it', () => {
    const inner = nested(['background-color: rgb(0, 0, 0)', 'background-color: rgba(255, 255, 255, 0.5)']);
    expect(pageBackgroundBehind(inner)).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });
});
