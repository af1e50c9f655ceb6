package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * The shared serialisation-tamper check of issue 14: build a stream that breaks one invariant of a
 * valid object, and assert that reading it back is refused with an {@link InvalidObjectException}.
 *
 * <p>Two ways to break the invariant: {@link #assertFieldTamperRejected} sets a private field of a
 * copy reflectively before writing it (for classes), and {@link #assertPatchRejected} replaces the
 * bytes of one primitive value in the written stream (for records, whose fields cannot be set).
 */
public final class Tamper {

    private Tamper() {
    }

    /**
     * The transient fields of an object's class and superclasses: caches rebuilt on demand (e.g. an
     * accumulator's scratch buffer), not state, so a round trip need not preserve them.
     */
    public static String[] transientFields(Object value) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Class<?> c = value.getClass(); c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isTransient(f.getModifiers())) {
                    names.add(f.getName());
                }
            }
        }
        return names.toArray(new String[0]);
    }

    /** Writes an object to bytes. */
    public static byte[] write(Object value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an object from bytes. */
    public static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    /**
     * Asserts that the valid object round-trips to an equal one, and that a copy whose field
     * {@code field} holds {@code badValue} is refused on read with a message naming the problem.
     *
     * @param valid a valid object
     * @param field the name of a private field declared by its class or a superclass
     * @param badValue the value breaking an invariant
     * @param messagePart a part of the expected message
     */
    public static <T extends Serializable> void assertFieldTamperRejected(T valid, String field, Object badValue,
            String messagePart) {
        try {
            @SuppressWarnings("unchecked")
            T copy = (T) read(write(valid));
            // The copy may be a canonical shared instance (readResolve can return a constant), so the
            // field is put back once the tampered stream is written.
            Object old = get(copy, field);
            byte[] bad;
            try {
                set(copy, field, badValue);
                bad = write(copy);
            } finally {
                set(copy, field, old);
            }
            assertThatThrownBy(() -> read(bad)).as("%s with %s = %s", valid.getClass().getSimpleName(), field, badValue)
                    .isInstanceOf(InvalidObjectException.class).hasMessageContaining(messagePart);
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError("the valid object does not round-trip", e);
        }
    }

    /**
     * Asserts that the valid object round-trips, and that a copy changed by {@code tamper} (which
     * may reach into the copy's private state) is refused on read. Only for objects whose read-back
     * copy is not a shared constant: the change is not undone.
     */
    public static <T extends Serializable> void assertTamperRejected(T valid, Consumer<T> tamper, String messagePart) {
        try {
            @SuppressWarnings("unchecked")
            T copy = (T) read(write(valid));
            assertThat(copy).as("untampered round-trip of %s", valid.getClass().getSimpleName())
                    .usingRecursiveComparison().ignoringFields(transientFields(valid)).isEqualTo(valid);
            tamper.accept(copy);
            byte[] bad = write(copy);
            assertThatThrownBy(() -> read(bad)).as("tampered %s", valid.getClass().getSimpleName())
                    .isInstanceOf(InvalidObjectException.class).hasMessageContaining(messagePart);
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError("the valid object does not round-trip", e);
        }
    }

    /**
     * Asserts that replacing the only occurrence of a primitive value's bytes in the stream of a
     * valid object makes reading it fail with an {@link InvalidObjectException}.
     */
    public static void assertPatchRejected(Serializable valid, byte[] from, byte[] to, String messagePart) {
        byte[] stream = write(valid);
        int at = -1;
        for (int i = 0; i + from.length <= stream.length; i++) {
            if (java.util.Arrays.equals(stream, i, i + from.length, from, 0, from.length)) {
                assertThat(at).as("the value to patch occurs once in the stream").isEqualTo(-1);
                at = i;
            }
        }
        assertThat(at).as("the value to patch occurs in the stream").isNotNegative();
        System.arraycopy(to, 0, stream, at, to.length);
        assertThatThrownBy(() -> read(stream)).isInstanceOf(InvalidObjectException.class).hasMessageContaining(messagePart);
    }

    /** The stream bytes of a double. */
    public static byte[] bytes(double value) {
        return ByteBuffer.allocate(8).putDouble(value).array();
    }

    /** The stream bytes of a long. */
    public static byte[] bytes(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }

    /** The stream bytes of an int. */
    public static byte[] bytes(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    /** Sets a private field, declared by the object's class or a superclass, reflectively. */
    public static void set(Object target, String field, Object value) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                f.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no field " + field + " in " + target.getClass());
    }

    /** Reads a private field reflectively. */
    public static Object get(Object target, String field) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                return f.get(target);
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no field " + field + " in " + target.getClass());
    }
}
