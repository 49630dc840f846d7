package nl.werkplein.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) in the test JVM: what a service sends arrives here over TCP. */
public final class MailServer {

    private static volatile MailServer shared;

    private final GreenMail greenMail;
    private final int port;

    private MailServer(int port) {
        this.port = port;
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        this.greenMail.start();
        // About one SMTP session in a hundred from Vert.x's mail client never sees GreenMail's 220
        // greeting (reproduced outside Quarkus: 5 of 500 sequential sends, a raw-socket client 0 of 500);
        // both sides then wait until the server's read timeout, 30 s by default, answers 421. The
        // service counts that as a failed send and retries; 2 s keeps the stall short (a real session
        // to this server takes milliseconds; the sender sends one mail at a time, so a stall holds up
        // the mails behind it), and a server-side read timeout can only fail a session, never deliver
        // a mail twice (the mail is delivered once its 250 is sent, whatever the client does after).
        this.greenMail.getSmtp().setClientSocketTimeout(CLIENT_TIMEOUT_MS);
    }

    static final int CLIENT_TIMEOUT_MS = 2_000;

    /** The server every test class of this JVM shares, on a free port. */
    public static MailServer get() {
        if (shared == null) {
            synchronized (MailServer.class) {
                if (shared == null) {
                    shared = new MailServer(KafkaBroker.freePort());
                    Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop-smtp"));
                }
            }
        }
        return shared;
    }

    /** A server of its own on a given port, e.g. one that comes up after the service started. */
    public static MailServer op(int port) {
        return new MailServer(port);
    }

    public int port() {
        return port;
    }

    /** Every message delivered to this address so far. */
    public List<MimeMessage> ontvangenDoor(String email) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(email));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    public static String tekst(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                StringBuilder all = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    Object part = multipart.getBodyPart(i).getContent();
                    all.append(part instanceof jakarta.mail.Multipart nested ? nested.getBodyPart(0).getContent() : part);
                }
                return all.toString();
            }
            return String.valueOf(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void stop() {
        greenMail.stop();
    }
}
