package org.accidenthub.hub.stats19;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading a streamed body past a number of bytes. A declared Content-Length over the limit
 * is refused before reading ({@code RequestSizeLimits}); this catches a chunked body that has no
 * length. The reader turns the failure into a READ_FAILED result, and {@link #exceeded()} tells
 * the import that it was the size.
 */
final class BodyLimit extends FilterInputStream {

    private final long maxBytes;
    private long read;
    private boolean exceeded;

    BodyLimit(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long bytes) throws IOException {
        read += bytes;
        if (read > maxBytes) {
            exceeded = true;
            throw new IOException("the body is larger than " + maxBytes + " bytes");
        }
    }
}
