import DOMPurify from 'dompurify';

/** A `<` that opens a tag, a closing tag or a comment; plain text rarely has one. */
const LOOKS_LIKE_MARKUP = /<[a-z!/]/i;

/**
 * Returns a notification's text with any markup removed, for rendering as a text node. The API
 * layer already drops the `html` field, which contains markup written by other members, but a
 * `text` field with tags in it would otherwise show them to the member as "<b>". DOMPurify parses
 * in an inert document, so no script runs and no image loads. It also drops the content of
 * `<script>` and `<style>`, and only the text that remains is returned.
 * NOTE: plain text with a tag-like part ("Love <3 Robots" is fine, "<Untitled>" is not) loses that
 * part; BetaSeries does not document whether `text` can contain markup.
 */
export function notificationPlainText(text: string): string {
  if (!LOOKS_LIKE_MARKUP.test(text)) {
    return text;
  }

  const fragment = DOMPurify.sanitize(text, { ALLOWED_TAGS: [], KEEP_CONTENT: true, RETURN_DOM_FRAGMENT: true });
  return (fragment.textContent ?? '').replace(/\s+/g, ' ').trim();
}
