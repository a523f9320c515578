package kz.bot.answer;

import kz.bot.facts.Entity;
import kz.bot.knowledge.EntityKind;

/** A follow-up the user can pick (a button in Telegram): what it says, and the command it sends. */
public record Choice(String label, String command) {

    /**
     * A button that opens {@code e}: a city's or a region's card command ({@code /city Almaty}); any other place,
     * person or topic is asked by the label, its name, which gives its summary (there is no {@code /city} for a sight).
     */
    static Choice opening(Entity e, String label) {
        return new Choice(label, e.kind() == EntityKind.CITY || e.kind() == EntityKind.REGION
                ? "/" + e.kind().word() + " " + e.name() : label);
    }
}
