package io.csmetrics.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A read of one regular file by several threads: the file is cut into parts at line breaks, each part
 * is parsed by its own {@link CsvMrrParser} (the first one reads the header and hands the column names
 * to the others), and the parts are merged in file order with {@link CsvMrrParser#absorb}, which gives
 * the table a single parser builds from the whole file.
 *
 * <p>Whether a cut really falls between records cannot be known without reading what precedes it (a
 * quoted field may hold a line break). It need not be: each part is read from a record start (the
 * first part from the file's start, by induction each next one), so a part that ends inside a quoted
 * field ends with a quote left open, which its parser reports. Any error of any part, any conflict
 * between parts, or any other failure makes the whole file be read again by one parser, which is
 * therefore the only source of error messages: a malformed file costs up to two reads and reports the
 * same first error, line and value as a single-threaded read.
 */
final class ParallelCsvRead {

    /** The smallest part worth a thread of its own. */
    static final long MIN_PART_BYTES = 8L << 20;

    private ParallelCsvRead() {
    }

    /**
     * Reads {@code file} with up to {@code threads} threads, or with one parser when the file is too
     * small to share or anything goes wrong in the parts.
     */
    static MrrTable read(MrrCsvReader config, Path file, int threads) throws IOException {
        return read(config, file, threads, MIN_PART_BYTES);
    }

    /** As {@link #read(MrrCsvReader, Path, int)} with a given smallest part (tests cut small files). */
    static MrrTable read(MrrCsvReader config, Path file, int threads, long minPartBytes) throws IOException {
        MrrTable table = inParts(config, file, threads, minPartBytes);
        return table != null ? table : config.readOnce(file);
    }

    /**
     * The table read in parts and merged; null when the file is too small for two parts or must be
     * read by one parser.
     */
    static MrrTable inParts(MrrCsvReader config, Path file, int threads, long minPartBytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int parts = (int) Math.min(threads, size / minPartBytes);
            return parts >= 2 ? inParts(config, file, channel, size, parts) : null;
        }
    }

    /** The merged table, or null when the file must be read by one parser. */
    private static MrrTable inParts(MrrCsvReader config, Path file, FileChannel channel, long size, int parts)
            throws IOException {
        List<Long> cuts = new ArrayList<>();
        cuts.add(0L);
        for (int i = 1; i < parts; i++) {
            long cut = nextRecordStart(channel, size * i / parts, config.maxLineBytes);
            if (cut < 0 || cut <= cuts.get(cuts.size() - 1) || cut >= size) {
                return null;
            }
            cuts.add(cut);
        }
        cuts.add(size);
        String name = file.toString();
        int n = cuts.size() - 1;
        CsvMrrParser[] parsers = new CsvMrrParser[n];
        try {
            parsers[0] = new CsvMrrParser(config, new Slice(channel, 0, cuts.get(1)), name);
            parsers[0].readHeaderRecord();
            String[] header = parsers[0].header();
            for (int i = 1; i < n; i++) {
                parsers[i] = new CsvMrrParser(config, new Slice(channel, cuts.get(i), cuts.get(i + 1)), name);
                parsers[i].startAfterHeader(header);
            }
        } catch (CsvFormatException | OutOfMemoryError e) {
            return null;                                    // the parsers are dropped; one pass decides
        }
        Throwable[] failures = new Throwable[n];
        List<Thread> workers = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            int part = i;
            Thread t = new Thread(() -> failures[part] = readRows(parsers[part]), "csmetrics-csv-part-" + part);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        failures[0] = readRows(parsers[0]);
        try {
            for (Thread t : workers) {
                t.join();
            }
        } catch (InterruptedException e) {
            workers.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + name);
        }
        for (Throwable f : failures) {
            if (f instanceof Error error && !(f instanceof OutOfMemoryError)) {
                throw error;
            }
            if (f != null) {
                return null;
            }
        }
        // Parts of a file sorted by account are taken whole (no copy of their matrix); any other file's
        // parts are copied into the first one's.
        boolean whole = true;
        for (int i = 1; i < n; i++) {
            whole &= parsers[i - 1].canAdopt(parsers[i]);
        }
        for (int i = 1; i < n; i++) {
            if (!parsers[0].absorb(parsers[i], whole)) {
                return null;
            }
            parsers[i] = null;
        }
        return parsers[0].table();
    }

    /** Null, or what reading the part threw. */
    private static Throwable readRows(CsvMrrParser parser) {
        try {
            parser.readRows();
            parser.fitMonths();
            return null;
        } catch (RuntimeException | IOException | Error e) {
            return e;
        }
    }

    /** The position after the first line break at or after {@code from}; -1 if none within a record's length. */
    private static long nextRecordStart(FileChannel channel, long from, int maxLineBytes) throws IOException {
        ByteBuffer window = ByteBuffer.allocate(64 << 10);
        long at = from;
        while (at - from <= maxLineBytes) {
            window.clear();
            int read = channel.read(window, at);
            if (read <= 0) {
                return -1;
            }
            for (int i = 0; i < read; i++) {
                if (window.get(i) == '\n') {
                    return at + i + 1;
                }
            }
            at += read;
        }
        return -1;
    }

    /** Bytes {@code [from, to)} of a channel, read with positional reads (so parts can share the channel). */
    private static final class Slice extends InputStream {
        private final FileChannel channel;
        private long at;
        private final long end;

        Slice(FileChannel channel, long from, long to) {
            this.channel = channel;
            this.at = from;
            this.end = to;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (at >= end) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - at)), at);
            if (n < 0) {
                throw new IOException("the file ended before byte " + end + ": it changed while being read");
            }
            at += n;
            return n;
        }
    }
}
