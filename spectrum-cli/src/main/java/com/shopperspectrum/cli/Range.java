package com.shopperspectrum.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The range of a numeric option, inclusive; its {@code --help} text states it as {@code min..max}
 * ({@code RangeTest} checks both), and {@link Ranges} refuses a value outside it before the command runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface Range {
    double min();

    double max();
}
