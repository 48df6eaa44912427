import { MailTemplateError, renderMail, resolveMailLocale } from './render-mail';

const invitation = {
  firstName: 'Zoé',
  inviterName: 'Amélie Laurent',
  organizationName: 'Enfants du Monde',
  acceptLink: 'https://portal.example.org/partner/accept-invitation?token=t0k3n',
  expiresAt: '2026-03-05T15:00:00.000Z',
};

describe('renderMail', () => {
  it('renders an invitation in English with a text part, an HTML part and the date in UTC', () => {
    const mail = renderMail('invitation', 'en', invitation);
    expect(mail.subject).toBe('Amélie Laurent invited you to join Enfants du Monde');
    expect(mail.text).toContain('Hello Zoé,');
    expect(mail.text).toContain('Accept the invitation\nhttps://portal.example.org/partner/accept-invitation?token=t0k3n');
    expect(mail.text).toContain('This invitation expires on March 5, 2026 at 3:00 PM UTC.');
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.html).toContain('<a href="https://portal.example.org/partner/accept-invitation?token=t0k3n"');
  });

  it('renders the same invitation in French, in the recipient’s time zone', () => {
    const mail = renderMail('invitation', 'fr', { ...invitation, timeZone: 'Europe/Paris' });
    expect(mail.subject).toBe('Amélie Laurent vous invite à rejoindre Enfants du Monde');
    expect(mail.text).toContain('Bonjour Zoé,');
    expect(mail.text).toContain('Accepter l’invitation\nhttps://portal.example.org/');
    expect(mail.text).toContain('Cette invitation expire le 5 mars 2026 à 16:00 UTC+1.');
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain('Accepter l’invitation</a>');
  });

  it('keeps a regional variant for Intl (fr-CA writes 16 h 00) with the French words', () => {
    const mail = renderMail('invitation', 'fr_CA', { ...invitation, timeZone: 'Europe/Paris' });
    expect(mail.text).toContain('expire le 5 mars 2026 à 16 h 00');
  });

  it('names the portal when no organization is given', () => {
    const { organizationName: _omit, ...rest } = invitation;
    expect(renderMail('invitation', 'fr', rest).subject).toBe('Amélie Laurent vous invite à rejoindre le portail de parrainage');
  });

  it('escapes names in the HTML part and keeps them as typed in the text part', () => {
    const mail = renderMail('invitation', 'en', { ...invitation, firstName: '<script>alert("x")</script>', inviterName: 'Tom & "Jerry" <b>' });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;,');
    expect(mail.html).toContain('<title>Tom &amp; &quot;Jerry&quot; &lt;b&gt; invited you');
    expect(mail.text).toContain('Hello <script>alert("x")</script>,');
  });

  it('escapes quotes in links so they cannot leave the href attribute', () => {
    const mail = renderMail('notification', 'en', { title: 'T', body: 'B', link: 'https://portal.example.org/a?q="><script>' });
    expect(mail.html).not.toContain('"><script>');
    expect(mail.html).toContain('href="https://portal.example.org/a?q=%22%3E%3Cscript%3E"');
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', '/relative'])('refuses the link %j', (link) => {
    expect(() => renderMail('magic-link', 'en', { link, validMinutes: 15 })).toThrow(MailTemplateError);
    expect(() => renderMail('notification', 'en', { title: 'T', body: 'B', link })).toThrow(/Refused link in mail/);
  });

  it('falls back to English for an unknown or malformed locale', () => {
    for (const locale of ['sw', 'xx-YY', 'not a locale', '']) {
      expect(renderMail('password-changed', locale, {}).subject).toBe('Your password was changed');
    }
  });

  it('uses plural rules of the language for validity minutes', () => {
    expect(renderMail('magic-link', 'en', { link: 'https://p.example.org/m', validMinutes: 1 }).text).toContain('for 1 minute.');
    expect(renderMail('magic-link', 'en', { link: 'https://p.example.org/m', validMinutes: 15 }).text).toContain('for 15 minutes.');
    expect(renderMail('password-reset', 'fr', { link: 'https://p.example.org/r', validMinutes: 60 }).text).toContain('pendant 60 minutes.');
  });

  it('greets without a name when there is none', () => {
    expect(renderMail('password-reset', 'fr', { firstName: null, link: 'https://p.example.org/r', validMinutes: 60 }).text).toMatch(/^Bonjour,\n/);
  });

  it('renders a notification: title as subject on one line, body paragraphs, button', () => {
    const mail = renderMail('notification', 'en', { title: 'New letter\nfrom Ana', body: 'First.\n\nSecond line\nwraps.', link: 'https://p.example.org/l/1' });
    expect(mail.subject).toBe('New letter from Ana');
    expect(mail.html).toContain('<p>Second line<br>wraps.</p>');
    expect(mail.text).toContain('Open in the portal\nhttps://p.example.org/l/1');
  });

  it('renders a daily digest with counted items, in French', () => {
    const mail = renderMail('daily-digest', 'fr', {
      date: '2026-03-05T08:00:00Z',
      items: [
        { title: 'Lettre de Zoé', body: 'En attente de relecture', link: 'https://p.example.org/l/1' },
        { title: 'Photo <ajoutée>' },
      ],
      link: 'https://p.example.org/',
    });
    expect(mail.subject).toBe('2 nouveautés du 5 mars 2026');
    expect(mail.text).toContain('- Lettre de Zoé\n  En attente de relecture\n  https://p.example.org/l/1');
    expect(mail.html).toContain('<li><strong><a href="https://p.example.org/l/1">Lettre de Zoé</a></strong><br>En attente de relecture</li>');
    expect(mail.html).toContain('Photo &lt;ajoutée&gt;');
  });

  it('renders an empty digest', () => {
    const mail = renderMail('daily-digest', 'en', { date: new Date('2026-03-05T08:00:00Z'), items: [] });
    expect(mail.subject).toBe('No new updates for March 5, 2026');
    expect(mail.text).toContain('Nothing new today.');
  });

  it('refuses an unknown template and missing parameters (params come from JSON)', () => {
    expect(() => renderMail('newsletter', 'en', {})).toThrow('Unknown mail template "newsletter"');
    expect(() => renderMail('invitation', 'en', { inviterName: 'A' } as Record<string, unknown>)).toThrow(/acceptLink/);
    expect(() => renderMail('invitation', 'en', { ...invitation, expiresAt: 'tomorrow' })).toThrow(/expiresAt/);
  });

  it('falls back to UTC for an unknown time zone', () => {
    expect(renderMail('invitation', 'en', { ...invitation, timeZone: 'Mars/Olympus' }).text).toContain('3:00 PM UTC');
  });
});

describe('resolveMailLocale', () => {
  it.each([
    ['fr', 'fr', 'fr'],
    ['FR', 'fr', 'fr'],
    ['fr-CA', 'fr', 'fr-CA'],
    ['en-GB', 'en', 'en-GB'],
    ['de', 'en', 'en'],
    [null, 'en', 'en'],
  ])('%j → language %s, Intl %s', (locale, language, intlLocale) => {
    expect(resolveMailLocale(locale)).toMatchObject({ language, intlLocale });
  });
});
