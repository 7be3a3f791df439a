package org.newsum.model;

/**
 * Input that newsum cannot use, with a one-line message that names the input and the problem.
 */
public class NewsumException extends Exception {

    public NewsumException(String message) {
        super(message);
    }

    public NewsumException(String message, Throwable cause) {
        super(message, cause);
    }
}
