package org.newsum.model;

/**
 * A throwable from summarizing (or scoring) one cluster, judged and named: a batch records a cluster's own failure
 * as that cluster's error and goes on with the next.
 */
public final class ClusterFailure {

    private ClusterFailure() {
    }

    /**
     * Whether a throwable is that cluster's own failure (a bug its input ran into, a recursion too deep for it), so
     * that a batch records it and goes on. The JVM's own errors (out of memory, a missing class) are not: they would
     * fail every cluster after it too.
     */
    public static boolean isClusterFailure(Throwable t) {
        return !(t instanceof Error) || t instanceof StackOverflowError || t instanceof AssertionError;
    }

    /** A cluster failure in one line: "internal error (the exception, at the newsum method it came from)". */
    public static String message(Throwable t) {
        // The first frame in newsum's own code says where to look; the JDK's bounds check does not.
        StackTraceElement frame = java.util.Arrays.stream(t.getStackTrace())
                .filter(f -> f.getClassName().startsWith("org.newsum.")).findFirst()
                .orElse(t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null);
        String at = frame == null ? "" : " at " + frame.getClassName().replaceAll(".*\\.", "") + "."
                + frame.getMethodName() + ":" + frame.getLineNumber();
        return "internal error (" + String.valueOf(t).replaceAll("\\s+", " ") + at + ")";
    }
}
