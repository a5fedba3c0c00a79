/** The language a print page was asked for (`?lang=es`), read from the address in the browser. */
import { sheetLangFrom, type SheetLang } from '../domain/sheet-language';
import { pageQuery } from '../platform/print-page';

/** The page's sheet language: English on the server and without `?lang=es`. */
export function currentSheetLang(): SheetLang {
  return sheetLangFrom(pageQuery());
}
