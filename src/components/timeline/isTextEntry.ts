/**
 * True when keyboard input at `target` is typing (text inputs, textareas, selects, contenteditable)
 * or native control navigation (radios, checkboxes), so timeline shortcuts must not fire.
 * The Time slider (a range input) is not text entry: the timeline handles its keys.
 */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const el = target as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return (el as HTMLInputElement).type !== 'range';
  if (el.isContentEditable) return true;
  return el.closest?.('[contenteditable=""], [contenteditable="true"]') !== null;
}
