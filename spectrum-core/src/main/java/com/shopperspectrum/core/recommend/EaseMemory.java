package com.shopperspectrum.core.recommend;

import java.util.Locale;

/**
 * The memory check before an EASE fit: the dense n × n inverse in doubles (8·n² bytes, the Gram matrix
 * inverted in place) and the n × n float weights B (4·n² bytes) are alive together, 12·n² bytes, about 7.5 GB
 * at 25,000 products (in single precision one float matrix, 4·n²). Failing before the allocation gives a message that says what to do instead of an
 * {@link OutOfMemoryError} half-way through training.
 */
final class EaseMemory {
    private EaseMemory() {}

    /** Bytes the fit of {@code n} products needs beyond what is allocated already (in doubles). */
    static long bytesNeeded(int n) {
        return 12L * n * n;
    }

    /**
     * Bytes the fit of {@code n} products needs: in doubles 12·n² (the Gram matrix summed in doubles and
     * inverted in place, then the float weights), in single precision 4·n² (Gram, inverse and weights in one float array).
     */
    static long bytesNeeded(int n, boolean single) {
        return single ? 4L * n * n : bytesNeeded(n);
    }

    /**
     * Throws when the fit of {@code n} products does not fit in what this JVM's heap can still grow to. The heap
     * in use counts garbage not yet collected (a large input's reading leaves much), so a fit that seems not to
     * fit asks for one collection and looks again before it gives up.
     */
    static void require(int n, boolean single) {
        Runtime rt = Runtime.getRuntime();
        if (bytesNeeded(n, single) > rt.maxMemory() - (rt.totalMemory() - rt.freeMemory())) {
            System.gc();
        }
        require(n, rt.maxMemory(), rt.totalMemory() - rt.freeMemory(), single);
    }

    /**
     * Throws when {@code n} products need more than the heap's maximum {@code maxHeap} less the
     * {@code inUse} bytes, naming the memory and how to give Java more (the {@code ./spectrum} launcher passes
     * {@code JAVA_OPTS} to the JVM).
     */
    static void require(int n, long maxHeap, long inUse) {
        require(n, maxHeap, inUse, false);
    }

    /** {@link #require(int, long, long)} for the fit in single precision when {@code single}. */
    static void require(int n, long maxHeap, long inUse, boolean single) {
        long needed = bytesNeeded(n, single);
        long free = Math.max(0, maxHeap - inUse);
        if (needed > free) {
            long suggestGb = (long) Math.ceil((needed + inUse) * 1.25 / (1L << 30));
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "EASE on %,d products needs about %s of memory (a dense %,d x %,d inverse in %s and the"
                            + " float weights) and Java has %s free; give Java more, e.g."
                            + " JAVA_OPTS=-Xmx%dg ./spectrum train ..., or raise --ease-min-support",
                    n,
                    gigabytes(needed),
                    n,
                    n,
                    single ? "floats" : "doubles",
                    gigabytes(free),
                    suggestGb));
        }
    }

    private static String gigabytes(long bytes) {
        return bytes < 1e9
                ? String.format(Locale.ROOT, "%,d MB", Math.round(bytes / 1e6))
                : String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
