const URL_PATTERN = /(https?:\/\/[^\s<>"')]+)/g;

/** Plain text with its http(s) addresses as links; nothing else is interpreted. */
export function LinkedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <pre className="mail-body">
      {parts.map((part, i) =>
        // split() with a capturing group puts the matches at the odd indexes.
        i % 2 === 1 ? (
          <a key={i} href={part} className="break-all">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}
