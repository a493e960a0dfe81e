import java.io.BufferedReader;
import java.io.FileWriter;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An SMTP server for the benchmarks that delivers nowhere: it speaks enough SMTP for Jakarta Mail
 * (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), accepts every message and appends one line per message
 * to the log file: the time, the recipients and the Subject header as sent. The cluster benchmarks
 * count receipts per recipient there ("every receipt mail sent exactly once").
 * Usage: java SmtpSink.java PORT LOG_FILE   (listens on 127.0.0.1 only)
 */
public class SmtpSink {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Writer log = new FileWriter(args[1], StandardCharsets.UTF_8, true);
        try (ServerSocket server = new ServerSocket(port, 200, InetAddress.getLoopbackAddress())) {
            while (true) {
                Socket s = server.accept();
                new Thread(() -> serve(s, log)).start();
            }
        }
    }

    private static void serve(Socket socket, Writer log) {
        try (socket;
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
            reply(out, "220 samling-bench-sink");
            List<String> to = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO" -> reply(out, "250 samling-bench-sink");
                    case "MAIL", "RSET" -> {
                        to.clear();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        to.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        String subject = "";
                        boolean headers = true;
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            if (headers && line.isEmpty()) {
                                headers = false;
                            } else if (headers && line.regionMatches(true, 0, "Subject:", 0, 8)) {
                                subject = line.substring(8).strip();
                            }
                        }
                        synchronized (log) {
                            log.write(Instant.now() + "\t" + String.join(",", to) + "\t" + subject + "\n");
                            log.flush();
                        }
                        to.clear();
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (Exception e) {
            System.err.println("smtp sink: " + e);
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }
}
