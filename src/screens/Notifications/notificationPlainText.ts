/** A `<` that opens a tag, a closing tag or a comment; plain text rarely has one. */
const LOOKS_LIKE_MARKUP = /<[a-z!/]/i;

/** Elements whose content is code or styling, never text meant for the member. */
const NON_TEXT_ELEMENTS = 'script, style, template, noscript, noembed, noframes, title, iframe, object, embed';

/**
 * Returns a notification's text with any markup removed, for rendering as a text node. The API
 * layer already drops the `html` field, which contains markup written by other members, but a
 * `text` field with tags in it would otherwise show them to the member as "<b>".
 *
 * The markup is parsed by `DOMParser` into a new document. The HTML standard gives such a document
 * no browsing context and disables scripting in it, so no script or event handler runs and no
 * image or frame loads. The content of script-like elements is dropped, entities are decoded, and
 * only the text that remains is returned, with runs of white space collapsed.
 * NOTE: plain text with a tag-like part ("Love <3 Robots" is fine, "<Untitled>" is not) loses that
 * part; BetaSeries does not document whether `text` can contain markup.
 */
export function notificationPlainText(text: string): string {
  if (!LOOKS_LIKE_MARKUP.test(text)) {
    return text;
  }

  const parsed = new DOMParser().parseFromString(text, 'text/html');

  for (const element of Array.from(parsed.querySelectorAll(NON_TEXT_ELEMENTS))) {
    element.remove();
  }

  return (parsed.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
