package org.transferhub.ops.workload;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Every acknowledged operation, a line each, in a file of the client's: written and flushed as
 * each acknowledgement arrives, so that it outlives a server killed at any moment, and read back
 * to check the server against it. Lines are tab-separated: operation, voucher, hold key, capture
 * key, hold id, amount.
 */
public final class AckLog implements AutoCloseable {

    private final BufferedWriter out;

    private AckLog(BufferedWriter out) {
        this.out = out;
    }

    /** A new, empty log at {@code file}. */
    public static AckLog create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return new AckLog(Files.newBufferedWriter(
                file,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE));
    }

    public synchronized void append(Ack a) {
        try {
            out.write(String.join(
                    "\t",
                    a.operation(),
                    a.voucherCode(),
                    a.holdKey(),
                    a.captureKey(),
                    a.holdId(),
                    Long.toString(a.amount())));
            out.write('\n');
            out.flush(); // into the operating system: the server's crash cannot take it back
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Ack> read(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank())
                    .map(l -> l.split("\t"))
                    .map(f -> new Ack(f[0], f[1], f[2], f[3], f[4], Long.parseLong(f[5])))
                    .toList();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
