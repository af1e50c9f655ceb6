package io.csmetrics.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns byte strings (UTF-8 account ids, dimension values) to dense ids {@code 0, 1, 2, ...} in
 * order of first appearance, without one object per lookup: the bytes live in one growing arena and
 * an open-addressing table of hashes and ids is probed by hash. Memory is the distinct bytes plus
 * about 20 bytes per distinct key.
 */
final class ByteDictionary {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] arena = new byte[1 << 12];
    private int arenaSize;
    /** Key {@code k}'s bytes are {@code arena[starts[k] .. starts[k + 1])}. */
    private int[] starts = new int[1 << 8];
    private int size;
    /**
     * Open addressing, linear probing: {@code table[slot] = hash << 32 | (id + 1)}, 0 for an empty slot.
     * The hash beside the id settles most probes without reading the key's bytes, so a new key costs one
     * cache miss in the table, not one per array. Null while the keys have arrived in increasing order.
     */
    private long[] table;
    private boolean trimmed;

    int size() {
        return size;
    }

    /**
     * Returns the id of {@code bytes[from, to)}, adding it if new.
     *
     * <p>While every key has arrived in increasing unsigned byte order (a file sorted by account), a key
     * greater than the last one is new without a look-up, so no hash table is kept and interning a new
     * key touches no random memory; the first key out of order builds the table from the keys so far, and
     * from then on every key is hashed.
     */
    int intern(byte[] bytes, int from, int to) {
        if (trimmed) {
            throw new IllegalStateException("the dictionary was trimmed: no more look-ups");
        }
        if (table == null) {
            int order = size == 0 ? -1 : Arrays.compareUnsigned(arena, starts[size - 1], starts[size], bytes, from, to);
            if (order < 0) {
                return append(bytes, from, to);
            }
            if (order == 0) {
                return size - 1;                            // the last key again
            }
            buildTable();
        }
        int h = hash(bytes, from, to);
        int mask = table.length - 1;
        int slot = h & mask;
        int len = to - from;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                break;
            }
            if ((int) (entry >>> 32) == h) {
                int id = (int) entry - 1;
                if (starts[id + 1] - starts[id] == len && Arrays.equals(arena, starts[id], starts[id] + len, bytes, from, to)) {
                    return id;
                }
            }
            slot = (slot + 1) & mask;
        }
        int id = append(bytes, from, to);
        table[slot] = (long) h << 32 | (id + 1L);
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    /** The hash table of the keys so far, at most half full. */
    private void buildTable() {
        table = new long[Math.max(1 << 9, Integer.highestOneBit(Math.max(1, size)) << 2)];
        int mask = table.length - 1;
        for (int id = 0; id < size; id++) {
            int h = hash(arena, starts[id], starts[id + 1]);
            int slot = h & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = (long) h << 32 | (id + 1L);
        }
    }

    /**
     * How {@code other}'s keys follow this one's when both still hold their keys in increasing order
     * (no hash table yet): 0 if every key of {@code other} comes after every key of this one, 1 if
     * {@code other}'s first key is this one's last and the rest come after it (a run of rows of one
     * account cut in two), -1 otherwise. When not -1, interning {@code other}'s keys in id order appends
     * them (the first one, for 1, being found as the last key).
     */
    int follows(ByteDictionary other) {
        if (table != null || other.table != null || trimmed || other.trimmed) {
            return -1;
        }
        if (size == 0 || other.size == 0) {
            return 0;
        }
        int order = Arrays.compareUnsigned(arena, starts[size - 1], starts[size], other.arena, other.starts[0],
                other.starts[1]);
        return order < 0 ? 0 : order == 0 ? 1 : -1;
    }

    /** Returns the id of key {@code id} of {@code other}, adding it if new. */
    int intern(ByteDictionary other, int id) {
        return intern(other.arena, other.starts[id], other.starts[id + 1]);
    }

    /** Stores a new key's bytes; returns its id. */
    private int append(byte[] bytes, int from, int to) {
        int len = to - from;
        if (arenaSize + (long) len > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("more than 2 GiB of distinct keys");
        }
        if (arenaSize + len > arena.length) {
            arena = Arrays.copyOf(arena, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(arenaSize + (long) len,
                    arena.length * 2L)));
        }
        System.arraycopy(bytes, from, arena, arenaSize, len);
        if (size + 2 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        int id = size++;
        starts[id] = arenaSize;
        arenaSize += len;
        starts[id + 1] = arenaSize;
        return id;
    }

    private void rehash() {
        long[] grown = new long[table.length * 2];
        int mask = grown.length - 1;
        for (long entry : table) {
            if (entry != 0) {
                int slot = (int) (entry >>> 32) & mask;
                while (grown[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                grown[slot] = entry;
            }
        }
        table = grown;
    }

    /**
     * A 32-bit hash of the bytes, eight at a time (a multiply-xorshift step per word, the tail word
     * masked), finished with MurmurHash3's 64-bit mixer so that keys differing in their last bytes
     * spread over the low bits the table indexes by.
     */
    static int hash(byte[] b, int from, int to) {
        long h = 0x9E3779B97F4A7C15L ^ (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = (h ^ (long) LONGS.get(b, i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        if (i < to) {
            long tail;
            if (i + 8 <= b.length) {
                tail = (long) LONGS.get(b, i) & (-1L >>> (64 - 8 * (to - i)));
            } else {
                tail = 0;
                for (int k = to - 1; k >= i; k--) {
                    tail = tail << 8 | (b[k] & 0xff);
                }
            }
            h = (h ^ tail) * 0xBF58476D1CE4E5B9L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h;
    }

    /** Whether key {@code id} is {@code bytes[from, to)}: the fast path for rows grouped by key. */
    boolean is(int id, byte[] bytes, int from, int to) {
        int s = starts[id];
        return starts[id + 1] - s == to - from && Arrays.equals(arena, s, starts[id + 1], bytes, from, to);
    }

    /** The key of {@code id}, decoded (its bytes were checked to be UTF-8 when interned). */
    String string(int id) {
        return new String(arena, starts[id], starts[id + 1] - starts[id], StandardCharsets.UTF_8);
    }

    /** Every key, by id. */
    String[] strings() {
        String[] all = new String[size];
        for (int i = 0; i < size; i++) {
            all[i] = string(i);
        }
        return all;
    }

    /** Releases the lookup table and spare capacity; lookups are not possible afterwards. */
    void trim() {
        table = null;
        trimmed = true;
        arena = Arrays.copyOf(arena, arenaSize);
        starts = Arrays.copyOf(starts, size + 1);
    }
}
