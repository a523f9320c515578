package kz.bot.knowledge;

/**
 * Something in a knowledge file the loader could not understand, located by file and line (1-based; 0 when the
 * problem is the whole file or directory).
 * Problems are collected, never thrown: the rest of the file and the other files still load.
 */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
