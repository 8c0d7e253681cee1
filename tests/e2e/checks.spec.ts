// The screens' checks themselves (cut off, accessibility), on small pages made to fail them and
// made to pass them: a check that cannot fail would prove nothing about the app's screens.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { cutOffs } from './support/cut-off';

const page = (body: string) => `<!doctype html><html><head><style>
  body { margin: 0; font: 14px sans-serif; }
  .box { width: 200px; height: 60px; border: 1px solid; }
  .trunc { display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0,0,0,0); }
</style></head><body>${body}</body></html>`;

async function problems(p: Page, body: string): Promise<string[]> {
  await p.setContent(page(body));
  return cutOffs(p);
}

test.describe('the cut-off check', () => {
  test('fails on a control or text clipped by a box that does not scroll', async ({ page: p }) => {
    const clippedButton = await problems(
      p,
      `<div class="box" style="overflow:hidden"><div style="width:400px"><span>a</span>
         <button style="margin-left:300px">Correct…</button></div></div>`,
    );
    expect(clippedButton.join()).toContain('button "Correct…"');
    const clippedText = await problems(
      p,
      `<div class="box" style="overflow:hidden;white-space:nowrap">A description far too long to fit in the box it sits in</div>`,
    );
    expect(clippedText.join()).toContain('text "A description far too long');
    const below = await problems(
      p,
      `<div class="box" style="overflow:hidden"><p style="margin-top:80px">Balance</p></div>`,
    );
    expect(below.join()).toContain('(y)');
    const offPage = await problems(p, `<button style="position:absolute;left:-80px">Hidden</button>`);
    expect(offPage.join()).toContain('the page');
    const fixedOut = await problems(p, `<button style="position:fixed;top:2000px">Gone</button>`);
    expect(fixedOut.join()).toContain('the page');
  });

  test('passes what scrolls into view, what is shown whole elsewhere, and what is hidden', async ({
    page: p,
  }) => {
    expect(
      await problems(
        p,
        `<div class="box" style="overflow:auto"><div style="width:600px;height:300px">
           <button style="margin-left:450px;margin-top:200px">Reachable</button></div></div>`,
      ),
    ).toEqual([]);
    expect(
      await problems(
        p,
        `<div class="box"><span class="trunc">A name far too long for its column, shown whole on hover</span></div>`,
      ),
    ).toEqual([]);
    expect(
      await problems(p, `<div class="box"><span class="sr-only">Actions, for screen readers</span></div>`),
    ).toEqual([]);
    // Escapes the clipping box: its containing block is the positioned outer element.
    expect(
      await problems(
        p,
        `<div style="position:relative;width:300px;height:200px"><div class="box" style="overflow:hidden">
           <button style="position:absolute;left:220px;top:100px">Escapes</button></div></div>`,
      ),
    ).toEqual([]);
    expect(
      await problems(p, `<div class="box" style="overflow:hidden"><p hidden>Not shown</p></div>`),
    ).toEqual([]);
  });
});

test('the accessibility check fails on serious problems and passes a clean page', async ({ page: p }) => {
  await p.setContent(
    `<!doctype html><html lang="en"><head><title>t</title></head><body><main>
       <p style="color:#bbb;background:#fff">Faint text</p><button></button></main></body></html>`,
  );
  const failure = await expectAccessible(p, 'sample').then(
    () => '',
    (e: unknown) => String(e),
  );
  expect(failure).toContain('color-contrast');
  expect(failure).toContain('button-name');
  await p.setContent(
    `<!doctype html><html lang="en"><head><title>t</title></head><body><main>
       <h1>Fine</h1><button>Named</button></main></body></html>`,
  );
  await expectAccessible(p, 'clean sample');
});
