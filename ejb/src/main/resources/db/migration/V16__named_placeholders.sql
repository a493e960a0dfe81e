-- Decision mails that chairs saved with positional placeholders ({0}..{7}) get the named ones
-- ({author}, {title}, ...) that the templates page now shows. Apostrophes were kept as written
-- before and still are, so nothing else changes.
update notification_template set
    subject = replace(replace(replace(replace(replace(replace(replace(replace(subject,
        '{0}', '{author}'), '{1}', '{title}'), '{2}', '{conference}'), '{3}', '{acceptedAs}'),
        '{4}', '{comments}'), '{5}', '{deadline}'), '{6}', '{link}'), '{7}', '{correction}'),
    body = replace(replace(replace(replace(replace(replace(replace(replace(body,
        '{0}', '{author}'), '{1}', '{title}'), '{2}', '{conference}'), '{3}', '{acceptedAs}'),
        '{4}', '{comments}'), '{5}', '{deadline}'), '{6}', '{link}'), '{7}', '{correction}');
