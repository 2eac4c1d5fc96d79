// Stands in for react-style-singleton (next.config.mjs aliases it), which react-remove-scroll uses
// to lock the page's scroll while a dialog, menu or select is open. The original writes its CSS,
// built at run time from the scrollbar's measured width, into a new <style> element: an inline
// style that no hash can allow in advance, so the Content-Security-Policy would refuse it. The same
// CSS goes here into a constructed stylesheet adopted by the document, which CSSOM allows without
// 'unsafe-inline'. Same API and the same add/remove counting as react-style-singleton 2.2.
import { useEffect } from 'react';

export function stylesheetSingleton() {
  let counter = 0;
  let sheet: CSSStyleSheet | null = null;
  return {
    add(style: string) {
      if (counter === 0 && typeof document !== 'undefined') {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(style);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
      counter++;
    },
    remove() {
      counter--;
      if (!counter && sheet) {
        const removed = sheet;
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== removed);
        sheet = null;
      }
    },
  };
}

export function styleHookSingleton() {
  const sheet = stylesheetSingleton();
  return (styles: string, isDynamic?: boolean) => {
    useEffect(() => {
      sheet.add(styles);
      return () => sheet.remove();
      // As the original: the styles of the first mount stay unless they are marked dynamic.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [styles && isDynamic]);
  };
}

export function styleSingleton() {
  const useStyle = styleHookSingleton();
  function Sheet({ styles, dynamic }: { styles: string; dynamic?: boolean }) {
    useStyle(styles, dynamic);
    return null;
  }
  return Sheet;
}
