package kz.bot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.bot.ShippedKnowledge;
import org.junit.jupiter.api.Test;

/** Who came after or before a person named: his Successor or Predecessor fact, in three languages. */
class SuccessionsTest {

    private static void starts(String question, String expected) {
        String body = ShippedKnowledge.ask(question).body();
        assertTrue(body.startsWith(expected), question + " → " + body);
    }

    @Test
    void afterAPersonIsHisSuccessorAndBeforeHimHisPredecessor() {
        starts("who came after nazarbayev", "Nursultan Nazarbayev — Successor: Kassym-Jomart Tokayev");
        starts("кто пришел к власти после назарбаева", "Нурсултан Назарбаев — Преемник: Касым-Жомарт Токаев");
        starts("кто был до токаева", "Касым-Жомарт Токаев — Предшественник: Нурсултан Назарбаев");
        starts("тоқаевқа дейін кім басқарды", "Қасым-Жомарт Тоқаев — Алдындағы Президент: Нұрсұлтан Назарбаев");
        // typed in Latin letters
        starts("kto rukovodil kazahstanom do tokaeva", "Касым-Жомарт Токаев — Предшественник: Нурсултан Назарбаев");
        starts("nazarbaevtan keiin kim", "Нұрсұлтан Назарбаев — Ізбасары: Қасым-Жомарт Тоқаев");
    }

    @Test
    void somethingElseAskedAfterHimIsNoSuccession() {
        String body = ShippedKnowledge.ask("what happened after nazarbayev resigned").body();
        assertFalse(body.contains("Successor"), body);
    }
}
