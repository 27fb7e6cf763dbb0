package org.leadline.ui.common;

/** Turns whatever went wrong into the one sentence the officer sees; never a stack trace. */
public final class Errors {
    private Errors() {
    }

    public static String sentence(Throwable error) {
        Throwable current = error;
        while (current != null) {
            String message = current.getMessage();
            if (message != null && !message.isBlank() && !(current instanceof RuntimeException && current.getCause() != null
                    && message.equals(current.getCause().toString()))) {
                return message.strip();
            }
            current = current.getCause();
        }
        return Messages.get("error.unexpected");
    }
}
