package kz.bot.kb;

import java.nio.file.Path;
import java.util.function.Function;
import kz.bot.knowledge.Knowledge;

/** Opens libraries for tests of other packages, with the hooks only this package's tests otherwise have. */
public final class Libraries {

    private Libraries() {
    }

    /** A library reading its knowledge directory with {@code loader}: a test times faults into a reload with it. */
    public static Library openWithLoader(Path knowledge, Path data, Function<Path, Knowledge> loader) {
        return Library.open(knowledge, data, loader);
    }
}
