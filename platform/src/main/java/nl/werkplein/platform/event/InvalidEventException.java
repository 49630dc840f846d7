package nl.werkplein.platform.event;

/** An event that can never be handled, however often it is retried: it goes to the dead-letter topic. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }
}
