package org.samling.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * A request body to the API must keep up a pace (after a short grace, at least {@value #MIN_BYTES_PER_SECOND}
 * bytes a second on average), so that a few clients sending a byte every few seconds cannot hold
 * the server's workers for ever; the listener's request-parse-timeout does the same for headers
 * (config/cli/server.cli). A body that falls behind ends the request with 408.
 */
@WebFilter(filterName = "bodyPace")
public class BodyPaceFilter extends HttpFilter {

    static final int MIN_BYTES_PER_SECOND = 1024;
    static final Duration GRACE = Duration.ofSeconds(10);

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (req.getContentLengthLong() == 0) {
            chain.doFilter(req, res);
            return;
        }
        try {
            chain.doFilter(new HttpServletRequestWrapper(req) {

                private ServletInputStream paced;

                @Override
                public ServletInputStream getInputStream() throws IOException {
                    if (paced == null) {
                        paced = new Paced(super.getInputStream(), System.nanoTime());
                    }
                    return paced;
                }
            }, res);
        } catch (TooSlow e) {
            if (!res.isCommitted()) {
                res.sendError(HttpServletResponse.SC_REQUEST_TIMEOUT);
            }
        }
    }

    /** Thrown where the body falls behind the pace. */
    static final class TooSlow extends InterruptedIOException {

        TooSlow() {
            super("request body too slow");
        }
    }

    /** Whether a body that has brought this many bytes after this long is behind. */
    static boolean behind(long bytes, long elapsedNanos) {
        return elapsedNanos > GRACE.toNanos() && bytes < MIN_BYTES_PER_SECOND * (elapsedNanos / 1e9);
    }

    private static final class Paced extends ServletInputStream {

        private final ServletInputStream in;
        private final long started;
        private long bytes;

        Paced(ServletInputStream in, long started) {
            this.in = in;
            this.started = started;
        }

        private int count(int n) throws TooSlow {
            if (n > 0) {
                bytes += n;
            }
            if (behind(bytes, System.nanoTime() - started)) {
                throw new TooSlow();
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() { return in.isFinished(); }

        @Override
        public boolean isReady() { return in.isReady(); }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
