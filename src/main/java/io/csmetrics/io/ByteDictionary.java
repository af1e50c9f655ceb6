package io.csmetrics.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns byte strings (UTF-8 account ids, dimension values) to dense ids {@code 0, 1, 2, ...} in
 * order of first appearance, without one object per lookup: the bytes live in one growing arena and
 * an open-addressing table of ids is probed by hash. Memory is the distinct bytes plus about 16
 * bytes per distinct key.
 */
final class ByteDictionary {

    private byte[] arena = new byte[1 << 12];
    private int arenaSize;
    /** Key {@code k}'s bytes are {@code arena[starts[k] .. starts[k + 1])}. */
    private int[] starts = new int[1 << 8];
    private int[] hashes = new int[1 << 8];
    private int size;
    /** Open addressing: {@code table[slot] = id + 1}, 0 for an empty slot. */
    private int[] table = new int[1 << 9];

    int size() {
        return size;
    }

    /** Returns the id of {@code bytes[from, to)}, adding it if new. */
    int intern(byte[] bytes, int from, int to) {
        int h = hash(bytes, from, to);
        int mask = table.length - 1;
        int slot = h & mask;
        int len = to - from;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                break;
            }
            int id = entry - 1;
            if (hashes[id] == h && starts[id + 1] - starts[id] == len
                    && Arrays.equals(arena, starts[id], starts[id] + len, bytes, from, to)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        return add(bytes, from, to, h, slot);
    }

    /** Returns the id of key {@code id} of {@code other}, adding it if new. */
    int intern(ByteDictionary other, int id) {
        return intern(other.arena, other.starts[id], other.starts[id + 1]);
    }

    private int add(byte[] bytes, int from, int to, int h, int slot) {
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
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
        }
        int id = size++;
        starts[id] = arenaSize;
        arenaSize += len;
        starts[id + 1] = arenaSize;
        hashes[id] = h;
        table[slot] = id + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int[] grown = new int[table.length * 2];
        int mask = grown.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (grown[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = id + 1;
        }
        table = grown;
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
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
        hashes = null;
        arena = Arrays.copyOf(arena, arenaSize);
        starts = Arrays.copyOf(starts, size + 1);
    }
}
