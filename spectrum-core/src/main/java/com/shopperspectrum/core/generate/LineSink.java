package com.shopperspectrum.core.generate;

/** Receives generated lines in order. */
@FunctionalInterface
public interface LineSink {
    void accept(GeneratedLine line);
}
