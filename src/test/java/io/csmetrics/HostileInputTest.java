package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.cohort.CohortKey;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: every public constructor and method of every exported package, called with hostile
 * values one parameter at a time (the others ordinary), either returns a result without NaN or
 * infinity or throws one of the documented exception types with a message of the library's own
 * (not a JVM-generated {@link NullPointerException} message or a raw {@code BigDecimal} one).
 * Calls run in a worker thread with a time limit, so a hang fails instead of stalling the build.
 *
 * <p>Deterministic: classes, members and values are taken in a fixed order from fixed tables. New
 * packages are covered as soon as {@code module-info} exports them. Receivers of instance methods
 * come from a table of ordinary instances, from the library's own no-argument factories and from
 * results of ordinary calls.
 */
class HostileInputTest {

    static final Currency USD = Currency.getInstance("USD");
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency JPY = Currency.getInstance("JPY");
    static final long CALL_LIMIT_MS = 2_000;

    /**
     * Members of classes owned by the publish branch (issue 14's sBG fit and logistic-regression
     * points are done there, together with the math-library move): failures raised from inside them
     * are tolerated here. Remove an entry once that branch is merged.
     */
    static final Set<String> OTHER_BRANCH = Set.of();

    /** The documented exception types; subclasses from the library count, foreign subclasses do not. */
    static final List<Class<? extends RuntimeException>> DOCUMENTED = List.of(IllegalArgumentException.class,
            NullPointerException.class, ArithmeticException.class, IllegalStateException.class, ModelFitException.class,
            IndexOutOfBoundsException.class, NoSuchElementException.class, UnsupportedOperationException.class);

    /** Messages of the JDK itself, which do not tell a user which parameter was wrong. */
    static final List<String> RAW_JDK_MESSAGES = List.of("Rounding necessary", "BigInteger would overflow",
            "Division by zero", "Division undefined", "Non-terminating decimal expansion", "Overflow", "Underflow",
            "integer overflow", "long overflow", "Cannot invoke", "Cannot read", "Cannot load", "Cannot store",
            "Cannot assign", "Cannot enter", "Cannot throw");

    private final Map<Class<?>, List<Object>> samples = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private ExecutorService worker = newWorker();
    private int calls;

    @Test
    void everyPublicEntryPointSurvivesHostileInput() throws Exception {
        List<Class<?>> classes = exportedClasses();
        assertThat(classes).as("exported classes found").hasSizeGreaterThan(100);
        seedSamples();
        List<Executable> members = new ArrayList<>();
        for (Class<?> c : classes) {
            collectFactorySamples(c);
            members.addAll(publicMembers(c));
        }
        // Pass 1, twice: ordinary calls, whose results become receivers for instance methods (the
        // second round reaches types made only by the results of the first, such as builders' products).
        for (int round = 0; round < 2; round++) {
            collectReceivers(members);
        }
        // Pass 2: one hostile value at a time.
        hostilePass(members);
        worker.shutdownNow();
        assertThat(calls).as("calls made").isGreaterThan(3_000);
        assertThat(failures).as("%d of %d calls with hostile input failed:%n%s", failures.size(), calls,
                String.join("\n", failures.subList(0, Math.min(200, failures.size())))).isEmpty();
    }

    private void collectReceivers(List<Executable> members) {
        for (Executable m : members) {
            Object[] args = ordinaryArguments(m);
            if (args != null) {
                for (Object receiver : receivers(m)) {
                    Outcome o = call(m, receiver, args);
                    if (o.result != null && isLibraryType(o.result.getClass())) {
                        addSample(o.result.getClass(), o.result);
                    }
                }
            }
        }
    }

    private void hostilePass(List<Executable> members) {
        for (Executable m : members) {
            Object[] base = ordinaryArguments(m);
            if (base == null) {
                continue;
            }
            Parameter[] ps = m.getParameters();
            for (Object receiver : receivers(m)) {
                check(m, receiver, base, -1, call(m, receiver, base));
                for (int i = 0; i < ps.length; i++) {
                    for (Object hostile : hostileValues(ps[i])) {
                        Object[] args = base.clone();
                        args[i] = hostile;
                        check(m, receiver, args, i, call(m, receiver, args));
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- enumeration

    static List<Class<?>> exportedClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> exported;
        try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
            exported = ModuleDescriptor.read(in).exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String pkg : exported.stream().sorted().toList()) {
            Path dir = root.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".class") && !name.equals("package-info.class")) {
                        Class<?> c = Class.forName(pkg + "." + name.substring(0, name.length() - 6), false,
                                HostileInputTest.class.getClassLoader());
                        if (isPublicApi(c)) {
                            classes.add(c);
                        }
                    }
                }
            }
        }
        return classes;
    }

    static boolean isPublicApi(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    static List<Executable> publicMembers(Class<?> c) {
        List<Executable> list = new ArrayList<>();
        if (!Modifier.isAbstract(c.getModifiers()) && !c.isEnum()) {
            list.addAll(Arrays.asList(c.getConstructors()));
        }
        for (Method m : c.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge() && !isObjectMethod(m)
                    && !(c.isEnum() && (m.getName().equals("values") || m.getName().equals("valueOf")))) {
                list.add(m);
            }
        }
        list.sort(Comparator.comparing(Executable::toGenericString));
        return list;
    }

    static boolean isObjectMethod(Method m) {
        return switch (m.getName()) {
            case "equals", "hashCode", "toString" -> true;
            default -> false;
        };
    }

    static boolean isLibraryType(Class<?> c) {
        return c.getName().startsWith("io.csmetrics.") && !c.getName().startsWith("io.csmetrics.report");
    }

    // ---------------------------------------------------------------- values

    void seedSamples() {
        addSample(Money.class, Money.of("10.00", "USD"));
        addSample(Money.class, Money.of("10.005", "USD"));
        addSample(Ratio.class, Ratio.of(1, 2));
        addSample(Ratio.class, Ratio.of(1, 3));
        addSample(Mrr.class, Mrr.of(Money.of("10.00", "USD")));
        addSample(Arr.class, Arr.of(Money.of("120.00", "USD")));
        addSample(BillingPeriod.class, BillingPeriod.MONTHLY);
        addSample(MrrHistory.class, MrrHistory.of("a", USD, YearMonth.of(2024, 1), 100, 120, 0, 90));
        addSample(MrrSnapshot.class, MrrSnapshot.of("a", YearMonth.of(2024, 1), Money.of("1.00", "USD")));
        addSample(CohortKey.class, CohortKey.acquisitionMonth());
    }

    void addSample(Class<?> type, Object value) {
        List<Object> list = samples.computeIfAbsent(type, k -> new ArrayList<>());
        if (list.size() < 2) {
            list.add(value);
        }
    }

    /** No-argument public static methods of a class that return the class: standard(), create(), … */
    void collectFactorySamples(Class<?> c) {
        if (c.isEnum()) {
            addSample(c, c.getEnumConstants()[0]);
            return;
        }
        for (Method m : publicMembers(c).stream().filter(Method.class::isInstance).map(Method.class::cast).toList()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && c.isAssignableFrom(m.getReturnType())) {
                Outcome o = call(m, null, new Object[0]);
                if (o.result != null) {
                    addSample(c, o.result);
                }
            }
        }
    }

    /** The receivers for a member: none needed (one null) for constructors and static methods. */
    List<Object> receivers(Executable m) {
        if (m instanceof Constructor<?> || Modifier.isStatic(m.getModifiers())) {
            return Arrays.asList((Object) null);
        }
        List<Object> list = new ArrayList<>();
        for (Map.Entry<Class<?>, List<Object>> e : samples.entrySet()) {
            if (m.getDeclaringClass().isAssignableFrom(e.getKey())) {
                list.addAll(e.getValue());
                break;
            }
        }
        return list;
    }

    /** Ordinary values for each parameter, or null if some parameter type has none. */
    Object[] ordinaryArguments(Executable m) {
        Parameter[] ps = m.getParameters();
        Object[] args = new Object[ps.length];
        for (int i = 0; i < ps.length; i++) {
            Object v = ordinary(ps[i].getType(), ps[i].getParameterizedType());
            if (v == NONE) {
                return null;
            }
            args[i] = v;
        }
        return args;
    }

    static final Object NONE = new Object();

    Object ordinary(Class<?> t, Type generic) {
        if (t == long.class || t == Long.class) {
            return 1L;
        } else if (t == int.class || t == Integer.class) {
            return 1;
        } else if (t == short.class) {
            return (short) 1;
        } else if (t == byte.class) {
            return (byte) 1;
        } else if (t == double.class || t == Double.class) {
            return 0.5;
        } else if (t == float.class) {
            return 0.5f;
        } else if (t == boolean.class || t == Boolean.class) {
            return false;
        } else if (t == char.class) {
            return 'a';
        } else if (t == String.class || t == CharSequence.class || t == Object.class || t == Comparable.class) {
            return "a";
        } else if (t == BigDecimal.class) {
            return BigDecimal.ONE;
        } else if (t == BigInteger.class) {
            return BigInteger.ONE;
        } else if (t == LocalDate.class) {
            return LocalDate.of(2024, 1, 15);
        } else if (t == YearMonth.class) {
            return YearMonth.of(2024, 1);
        } else if (t == Instant.class) {
            return Instant.parse("2024-01-15T10:00:00Z");
        } else if (t == LocalDateTime.class) {
            return LocalDateTime.of(2024, 1, 15, 10, 0);
        } else if (t == Duration.class) {
            return Duration.ofMinutes(30);
        } else if (t == Period.class) {
            return Period.ofMonths(1);
        } else if (t == ZoneId.class) {
            return ZoneOffset.UTC;
        } else if (t == Currency.class) {
            return USD;
        } else if (t == MathContext.class) {
            return MathContext.DECIMAL64;
        } else if (t == RoundingMode.class) {
            return RoundingMode.HALF_EVEN;
        } else if (t.isEnum()) {
            return t.getEnumConstants()[0];
        } else if (t.isArray()) {
            return Array.newInstance(t.getComponentType(), 0);
        } else if (t == List.class || t == Collection.class || t == Iterable.class) {
            return List.of();
        } else if (t == Set.class) {
            return Set.of();
        } else if (t == Map.class) {
            return Map.of();
        } else if (t == SortedMap.class) {
            return new TreeMap<>();
        } else if (t == OptionalDouble.class) {
            return OptionalDouble.of(0.5);
        }
        for (Map.Entry<Class<?>, List<Object>> e : samples.entrySet()) {
            if (t.isAssignableFrom(e.getKey())) {
                return e.getValue().get(0);
            }
        }
        return t.isInterface() ? null : NONE;
    }

    List<Object> hostileValues(Parameter p) {
        Class<?> t = p.getType();
        List<Object> v = new ArrayList<>();
        if (!t.isPrimitive()) {
            v.add(null);
        }
        if (t == long.class || t == Long.class) {
            v.addAll(List.of(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
        } else if (t == int.class || t == Integer.class) {
            v.addAll(List.of(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE));
        } else if (t == double.class || t == Double.class) {
            v.addAll(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1.0, 0.0, 1e300,
                    Double.MIN_VALUE));
        } else if (t == float.class) {
            v.addAll(List.of(Float.NaN, Float.POSITIVE_INFINITY, -1f));
        } else if (t == boolean.class) {
            v.add(true);
        } else if (t == String.class || t == CharSequence.class) {
            v.addAll(List.of("", " ", "x".repeat(10_000)));
        } else if (t == BigDecimal.class) {
            v.addAll(List.of(BigDecimal.ZERO, BigDecimal.valueOf(-1), new BigDecimal("1E+999999999"),
                    new BigDecimal("-1E+999999999"), new BigDecimal("1E-999999999"),
                    new BigDecimal(BigInteger.TEN.pow(3000)), new BigDecimal("0.333333333333333333333333333333")));
        } else if (t == BigInteger.class) {
            v.addAll(List.of(BigInteger.ZERO, BigInteger.valueOf(-1), BigInteger.TEN.pow(3000)));
        } else if (t == LocalDate.class) {
            v.addAll(List.of(LocalDate.MIN, LocalDate.MAX));
        } else if (t == YearMonth.class) {
            v.addAll(List.of(YearMonth.of(-999_999_999, 1), YearMonth.of(999_999_999, 12)));
        } else if (t == Instant.class) {
            v.addAll(List.of(Instant.MIN, Instant.MAX));
        } else if (t == Duration.class) {
            v.addAll(List.of(Duration.ZERO, Duration.ofSeconds(-1), Duration.ofSeconds(Long.MAX_VALUE)));
        } else if (t == Period.class) {
            v.addAll(List.of(Period.ZERO, Period.ofMonths(-1), Period.ofYears(Integer.MAX_VALUE)));
        } else if (t == Currency.class) {
            v.addAll(List.of(EUR, Currency.getInstance("XXX")));
        } else if (t == Money.class) {
            v.addAll(List.of(Money.of("-1.00", "USD"), Money.of("0", "EUR"), Money.of("1E+39", "USD"),
                    Money.of("0.001", "USD")));
        } else if (t == Ratio.class) {
            v.addAll(List.of(Ratio.of(1, 0), Ratio.of(-1, 2), Ratio.of(3, 2), Ratio.of(0, 1)));
        } else if (t == MathContext.class) {
            v.add(MathContext.UNLIMITED);
        } else if (t.isEnum()) {
            Object[] constants = t.getEnumConstants();
            v.add(constants[constants.length - 1]);
        } else if (t == long[].class) {
            v.addAll(List.of(new long[] {-1}, new long[] {Long.MAX_VALUE, Long.MAX_VALUE}));
        } else if (t == int[].class) {
            v.addAll(List.of(new int[] {-1}, new int[] {Integer.MAX_VALUE}));
        } else if (t == double[].class) {
            v.addAll(List.of(new double[] {Double.NaN}, new double[] {Double.POSITIVE_INFINITY, -1}));
        } else if (t.isArray() && !t.getComponentType().isPrimitive()) {
            v.add(Array.newInstance(t.getComponentType(), 1));
        } else if (t == List.class || t == Collection.class || t == Iterable.class || t == Set.class) {
            v.add(t == Set.class ? new java.util.HashSet<>(Arrays.asList((Object) null)) : Arrays.asList((Object) null));
            Class<?> element = elementType(p.getParameterizedType());
            if (element == Money.class) {
                v.add(List.of(Money.of("1.00", "USD"), Money.of("1.00", "EUR")));
            } else if (element == MrrHistory.class) {
                v.add(List.of(MrrHistory.of("a", USD, YearMonth.of(2024, 1), 1), MrrHistory.of("b", EUR,
                        YearMonth.of(2024, 1), 1)));
                v.add(List.of(MrrHistory.of("a", USD, YearMonth.of(-999_999_999, 1), 1),
                        MrrHistory.of("b", USD, YearMonth.of(999_999_999, 12), 1)));
            } else if (element != null && element != Object.class) {
                Object o = ordinary(element, element);
                if (o != null && o != NONE) {
                    v.add(List.of(o, o));
                }
            }
        }
        return v;
    }

    static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType pt && pt.getActualTypeArguments().length == 1
                && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    // ---------------------------------------------------------------- calls

    record Outcome(Object result, Throwable thrown, boolean timedOut) {
    }

    static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hostile-input");
            t.setDaemon(true);
            return t;
        });
    }

    Outcome call(Executable m, Object receiver, Object[] args) {
        calls++;
        Future<Object> f = worker.submit(() -> {
            if (m instanceof Constructor<?> c) {
                return c.newInstance(args);
            }
            Method method = (Method) m;
            Object r = method.invoke(receiver, args);
            // Lazy results (streams, arbitraries) are not forced; collections are walked for NaN.
            return r;
        });
        try {
            return new Outcome(f.get(CALL_LIMIT_MS, TimeUnit.MILLISECONDS), null, false);
        } catch (ExecutionException e) {
            Throwable t = e.getCause() instanceof InvocationTargetException ite ? ite.getCause() : e.getCause();
            return new Outcome(null, t, false);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Outcome(null, null, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void check(Executable m, Object receiver, Object[] args, int hostileIndex, Outcome o) {
        String where = describe(m, receiver, args);
        if (o.timedOut) {
            failures.add("HANG (> " + CALL_LIMIT_MS + " ms): " + where);
            return;
        }
        if (o.thrown != null) {
            Throwable t = o.thrown;
            if (fromOtherBranch(t)) {
                return;
            }
            if (t instanceof ClassCastException && Arrays.stream(m.getGenericParameterTypes())
                    .anyMatch(java.lang.reflect.TypeVariable.class::isInstance)) {
                // The table's ordinary value for an erased type parameter is a String: the cast the
                // compiler would have checked fails, which says nothing about the method.
                return;
            }
            if (t instanceof Error) {
                failures.add(t.getClass().getSimpleName() + ": " + where);
            } else if (!isDocumented(t)) {
                failures.add("foreign " + t.getClass().getName() + " (" + t.getMessage() + "): " + where);
            } else if (t.getMessage() == null || t.getMessage().isBlank()) {
                failures.add("no message in " + t.getClass().getSimpleName() + ": " + where);
            } else if (RAW_JDK_MESSAGES.stream().anyMatch(t.getMessage()::startsWith)) {
                failures.add("raw JDK message '" + t.getMessage() + "': " + where);
            }
            return;
        }
        String bad = nonFinite(o.result, 0);
        if (bad != null) {
            failures.add("result with " + bad + ": " + where);
        }
    }

    static boolean isDocumented(Throwable t) {
        for (Class<? extends RuntimeException> c : DOCUMENTED) {
            // Exact types or the library's subclasses: a JVM-made ArrayIndexOutOfBoundsException or
            // NumberFormatException is foreign (and the JIT may drop its message).
            if (c.isInstance(t) && (t.getClass() == c || t.getClass().getName().startsWith("io.csmetrics."))) {
                return true;
            }
        }
        return false;
    }

    static boolean fromOtherBranch(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            for (StackTraceElement e : c.getStackTrace()) {
                String cls = e.getClassName();
                int dollar = cls.indexOf('$');
                if (OTHER_BRANCH.contains(dollar < 0 ? cls : cls.substring(0, dollar))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Finds NaN or infinity in a result: a double, an OptionalDouble, a double array or a record's doubles. */
    static String nonFinite(Object r, int depth) {
        if (r == null || depth > 2) {
            return null;
        }
        if (r instanceof Double d && !Double.isFinite(d)) {
            return "value " + d;
        }
        if (r instanceof Float f && !Float.isFinite(f)) {
            return "value " + f;
        }
        if (r instanceof OptionalDouble od && od.isPresent() && !Double.isFinite(od.getAsDouble())) {
            return "OptionalDouble " + od;
        }
        if (r instanceof double[] a) {
            for (double x : a) {
                if (!Double.isFinite(x)) {
                    return "array element " + x;
                }
            }
        }
        if (r.getClass().isRecord() && isLibraryType(r.getClass())) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    String inner = nonFinite(c.getAccessor().invoke(r), depth + 1);
                    if (inner != null) {
                        return r.getClass().getSimpleName() + "." + c.getName() + " " + inner;
                    }
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        if (r instanceof List<?> list && depth < 2) {
            for (Object e : list.subList(0, Math.min(50, list.size()))) {
                String inner = nonFinite(e, depth + 1);
                if (inner != null) {
                    return "element " + inner;
                }
            }
        }
        return null;
    }

    static String describe(Executable m, Object receiver, Object[] args) {
        StringBuilder sb = new StringBuilder(m.getDeclaringClass().getName()).append('.')
                .append(m instanceof Constructor<?> ? "<init>" : m.getName()).append('(');
        Parameter[] ps = m.getParameters();
        for (int i = 0; i < args.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(ps[i].getName()).append('=').append(show(args[i]));
        }
        sb.append(')');
        if (receiver != null) {
            sb.append(" on ").append(show(receiver));
        }
        return sb.toString();
    }

    static String show(Object v) {
        String s;
        if (v != null && !v.getClass().isArray() && !(v instanceof BigDecimal) && !(v instanceof BigInteger)
                && !v.getClass().getName().startsWith("java.")) {
            s = String.valueOf(v).replace('\n', ' ');
        } else if (v == null) {
            s = "null";
        } else if (v.getClass().isArray()) {
            s = v.getClass().getComponentType().getSimpleName() + "[" + Array.getLength(v) + "]";
        } else if (v instanceof BigDecimal b) {
            s = b.unscaledValue().bitLength() > 500 ? "BigDecimal(" + b.precision() + " digits)" : b.toString();
        } else if (v instanceof BigInteger b) {
            s = b.bitLength() > 500 ? "BigInteger(" + b.bitLength() + " bits)" : b.toString();
        } else {
            try {
                s = String.valueOf(v);
            } catch (RuntimeException e) {
                s = v.getClass().getSimpleName() + "(toString threw " + e.getClass().getSimpleName() + ")";
            }
        }
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
