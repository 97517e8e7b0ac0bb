/** OpenCC's traditional → simplified character dictionary: entries `traditional simplified…` joined by `|`. */
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string;
  export default dictionary;
}
