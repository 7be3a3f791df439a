package org.newsum.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a numeric option accepts, from {@link #min} to {@link #max} inclusive: every numeric option of every
 * command has one, checked after parsing ({@link OptionRanges#check}) so that a value out of range is a clear one-line error
 * with exit code 2 rather than an out-of-memory error or a port number the system refuses.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Range {

    /** The smallest value accepted. */
    double min();

    /** The largest value accepted. */
    double max();

    /** What the limit protects, said after the range in the error, e.g. "a larger file would not fit in memory". */
    String why() default "";
}
