package org.samling.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server inside the test JVM (GreenMail); the server under test sends to it
 * (SAMLING_SMTP_HOST/PORT in ear/pom.xml). Register it in a test class with
 * {@code @RegisterExtension static final MailCatcher mail = new MailCatcher();}: it runs for the
 * class's tests.
 */
public final class MailCatcher implements BeforeAllCallback, AfterAllCallback {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+)");

    private final GreenMail greenMail;

    public MailCatcher() {
        int port = Integer.getInteger("samling.smtp.port", 3025);
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        greenMail.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        greenMail.stop();
    }

    /** One received mail: recipient, subject, decoded text, and its attachments by file name. */
    public record Mail(String to, String subject, String body, Map<String, String> attachments) {

        public String link() {
            Matcher m = LINK.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no link in mail: " + body);
            }
            return m.group(1);
        }
    }

    /** Waits up to 30 s for a mail to {@code to} whose subject starts so (the demo data mails the same people too). */
    public Mail awaitMailTo(String to, String subjectStart) {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(end)) {
            Optional<Mail> m = Arrays.stream(greenMail.getReceivedMessages()).map(MailCatcher::read)
                    .filter(x -> x.to().equalsIgnoreCase(to) && x.subject().startsWith(subjectStart)).reduce((a, b) -> b);
            if (m.isPresent()) {
                return m.get();
            }
            greenMail.waitForIncomingEmail(1000, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + to + " about \"" + subjectStart + "\" within 30 s");
    }

    /** Waits up to 30 s for a mail to {@code to}. */
    public Mail awaitMailTo(String to) {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(end)) {
            Optional<Mail> m = Arrays.stream(greenMail.getReceivedMessages()).map(MailCatcher::read)
                    .filter(x -> x.to().equalsIgnoreCase(to)).reduce((a, b) -> b);
            if (m.isPresent()) {
                return m.get();
            }
            greenMail.waitForIncomingEmail(1000, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + to + " within 30 s");
    }

    public int count(String to) {
        return (int) Arrays.stream(greenMail.getReceivedMessages()).map(MailCatcher::read)
                .filter(x -> x.to().equalsIgnoreCase(to)).count();
    }

    private static Mail read(MimeMessage m) {
        try {
            String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
            if (m.getContent() instanceof Multipart multi) {
                String body = "";
                Map<String, String> files = new LinkedHashMap<>();
                for (int i = 0; i < multi.getCount(); i++) {
                    BodyPart part = multi.getBodyPart(i);
                    String text = part.getContent() instanceof String str
                            ? str
                            : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    if (part.getFileName() == null) {
                        body = text;
                    } else {
                        files.put(part.getFileName(), text);
                    }
                }
                return new Mail(to, m.getSubject(), body, files);
            }
            return new Mail(to, m.getSubject(), m.getContent().toString(), Map.of());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
