/** A cited passage with some context, the passage itself in <mark>. Text only, never HTML. */
export function Passage({ text, start, end, context = 140 }: { text: string; start: number; end: number; context?: number }) {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  return (
    <blockquote className="ws-passage">
      {from > 0 && '…'}
      {text.slice(from, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end, to)}
      {to < text.length && '…'}
    </blockquote>
  );
}
