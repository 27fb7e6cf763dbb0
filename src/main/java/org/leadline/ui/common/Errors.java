package org.leadline.ui.common;

import java.io.UncheckedIOException;
import org.leadline.logic.packages.PackageRefusedException;
import org.leadline.logic.workspace.WorkspaceException;

/**
 * Turns whatever went wrong into the one sentence the officer sees; never a stack trace. The logic's own
 * exceptions carry a sentence written for the officer; anything else (a database or driver failure) gets a plain one.
 */
public final class Errors {
    private Errors() {
    }

    public static String sentence(Throwable error) {
        Throwable current = error;
        while (current != null) {
            if (current instanceof WorkspaceException || current instanceof PackageRefusedException
                    || current instanceof IllegalArgumentException
                    || current instanceof IllegalStateException || current instanceof UncheckedIOException) {
                String message = current.getMessage();
                if (message != null && !message.isBlank() && message.length() < 400) {
                    return message.strip();
                }
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return Messages.get("error.unexpected");
    }
}
