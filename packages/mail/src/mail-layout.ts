import { safeMailLink } from './mail-link';

/** A mail body as blocks of plain text, turned into both the text part and the HTML part. */
export type MailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'button'; label: string; href: string }
  | { kind: 'items'; items: Array<{ title: string; body?: string; href?: string }> }
  | { kind: 'note'; text: string };

export interface MailDocument {
  lang: string;
  subject: string;
  greeting: string;
  blocks: MailBlock[];
  linkFallback: string;
  footer: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/** The plain-text part: always sent, and what text-only clients and screen readers get. */
export function renderText(doc: MailDocument): string {
  const parts = [doc.greeting];
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph' || block.kind === 'note') parts.push(block.text);
    else if (block.kind === 'button') parts.push(`${block.label}\n${safeMailLink(block.href)}`);
    else {
      parts.push(
        block.items
          .map((item) => ['- ' + item.title, item.body && '  ' + item.body, item.href && '  ' + safeMailLink(item.href)].filter(Boolean).join('\n'))
          .join('\n'),
      );
    }
  }
  parts.push('--', doc.footer);
  return parts.join('\n\n') + '\n';
}

const STYLE = {
  body: 'margin:0;padding:0;background:#f4f4f5;',
  card: 'max-width:560px;margin:0 auto;padding:32px 24px;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#18181b;',
  button: 'display:inline-block;padding:12px 20px;border-radius:6px;background:#1d4ed8;color:#ffffff;text-decoration:none;font-weight:bold;',
  note: 'font-size:14px;color:#52525b;',
  footer: 'margin-top:32px;padding-top:16px;border-top:1px solid #e4e4e7;font-size:12px;color:#71717a;',
};

/** The HTML part: every text and link is escaped here, so no parameter can inject markup. */
export function renderHtml(doc: MailDocument): string {
  const e = escapeHtml;
  const links: string[] = [];
  const body = doc.blocks.map((block) => {
    if (block.kind === 'paragraph') return `<p>${e(block.text).replace(/\n/g, '<br>')}</p>`;
    if (block.kind === 'note') return `<p style="${STYLE.note}">${e(block.text)}</p>`;
    if (block.kind === 'button') {
      const href = safeMailLink(block.href);
      links.push(href);
      return `<p><a href="${e(href)}" style="${STYLE.button}">${e(block.label)}</a></p>`;
    }
    const items = block.items.map((item) => {
      const title = item.href ? `<a href="${e(safeMailLink(item.href))}">${e(item.title)}</a>` : e(item.title);
      return `<li><strong>${title}</strong>${item.body ? `<br>${e(item.body)}` : ''}</li>`;
    });
    return `<ul>${items.join('')}</ul>`;
  });
  // Buttons are images of links to some clients; the raw address keeps the mail usable there.
  const fallback = links.map((href) => `<p style="${STYLE.note}">${e(doc.linkFallback)}<br><a href="${e(href)}">${e(href)}</a></p>`);
  return [
    '<!doctype html>',
    `<html lang="${e(doc.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">`,
    `<title>${e(doc.subject)}</title></head>`,
    `<body style="${STYLE.body}"><div style="${STYLE.card}">`,
    `<p>${e(doc.greeting)}</p>`,
    ...body,
    ...fallback,
    `<p style="${STYLE.footer}">${e(doc.footer)}</p>`,
    '</div></body></html>',
  ].join('\n');
}
