/**
 * Types for opencc-js's dictionary modules (`opencc-js/dict/<Name>`), which the package
 * ships without declarations. Each default export is OpenCC's text format: entries
 * separated by `|`, an entry being a phrase, a space and its space-separated conversions.
 */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
