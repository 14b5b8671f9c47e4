/** The part of text-readability's API the readability tests use (the package ships no types). */
declare module 'text-readability' {
  const readability: {
    fleschReadingEase(text: string): number;
    lexiconCount(text: string, removePunctuation?: boolean): number;
  };
  export default readability;
}
