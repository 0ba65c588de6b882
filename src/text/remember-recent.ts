/**
 * A function of a text that keeps its answers for the last `size` texts asked (oldest dropped
 * first) and answers at once when asked again of the text asked last: the finders of one
 * obligation ask in turn of the same few texts. Answers are shared: callers read them, never change them.
 * @param size how many texts' answers to keep
 * @param compute the answer for a text not kept
 */
export function rememberRecent<T>(size: number, compute: (text: string) => T): (text: string) => T {
  const recent = new Map<string, T>();
  let lastText: string | null = null;
  let lastAnswer: T | undefined;
  return (text) => {
    if (text === lastText) return lastAnswer!;
    let answer = recent.get(text);
    if (answer === undefined) {
      answer = compute(text);
      if (recent.size >= size) recent.delete(recent.keys().next().value!);
      recent.set(text, answer);
    }
    lastText = text;
    lastAnswer = answer;
    return answer;
  };
}
