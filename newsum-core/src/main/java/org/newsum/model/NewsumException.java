package org.newsum.model;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

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

    /**
     * An I/O problem in words for a message: "no such file or folder", "permission denied", "a symbolic link loop",
     * "is a directory", or else the system's own message.
     */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (why == null || why.isBlank()) {
            return e.getClass().getSimpleName();
        }
        if (why.contains("Too many levels of symbolic links")) {
            return "a symbolic link loop";
        }
        return Character.toLowerCase(why.charAt(0)) + why.substring(1);
    }
}
