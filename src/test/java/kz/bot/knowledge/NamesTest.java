package kz.bot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

    private static Statement fact(String attribute, String value) {
        return new Statement(new EntityName(EntityKind.CITY, "Astana"), attribute, value, null, "", 1);
    }

    @Test
    void nameAttributesGiveAliasesWithoutParentheses() {
        assertEquals(List.of(new Alias("Akmolinsk", "en", false), new Alias("Целиноград", "ru", false),
                        new Alias("Нұр-Сұлтан", "kk", false)),
                Names.aliases(fact("Former Names", "Akmolinsk (until 1961); Целиноград (1961–1992), Нұр-Сұлтан")));
        assertEquals(List.of(new Alias("Астана", "kk", true)), Names.aliases(fact("Kazakh", "Астана")));
        assertEquals(List.of(), Names.aliases(fact("Role", "Capital city")));
        assertEquals(List.of(), Names.aliases(fact("Former Names", "-")));
    }

    @Test
    void theSeedGuidesMajorCityIsTheAdministrativeCenter() {
        assertEquals("administrative center", Names.attributeKey("Major City"));
        assertEquals("administrative center", Names.attributeKey("Administrative  Center"));
        assertEquals("known for", Names.attributeKey("Known For"));
    }
}
