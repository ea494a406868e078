package org.accidenthub.hub.cases;

import io.smallrye.mutiny.Uni;

/**
 * Where the bytes of an attachment are, read when they are stored and not before. A multipart upload waits in
 * temporary files: reading every attachment of a request up front held up to 100 MiB in the heap several times
 * over (the bytes, their sealed form, the database driver's buffers) until the transaction ended, which is what
 * set the hub's heap, and so its resident size (docs/BENCHMARKS.md, "hub RSS"). Read one at a time instead, each
 * is released once its row is written.
 */
@FunctionalInterface
public interface AttachmentBytes {

    Uni<byte[]> read();

    /** Bytes already in memory (an attachment sent alone, as the request body). */
    static AttachmentBytes of(byte[] bytes) {
        return () -> Uni.createFrom().item(bytes);
    }
}
