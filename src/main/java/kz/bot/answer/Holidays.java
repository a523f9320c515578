package kz.bot.answer;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kz.bot.facts.Entity;
import kz.bot.facts.Fact;
import kz.bot.facts.FactBook;
import kz.bot.language.Language;

/**
 * The public holidays of a month: "what holidays are there in May?", «какие праздники в мае», «мамырда қандай
 * мерекелер бар» — the items of the country's "Public Holidays" list whose date is in that month, in the user's
 * language. Asked for no month, or for a month without one, the question is left to the search. Thread-safe.
 */
final class Holidays {

    /** The country's list: "New Year (1–2 January), Orthodox Christmas (7 January), … and Kurban Ait". */
    static final String LIST = "public holidays";
    /** The last "and" of a list in each language, between items outside parentheses. */
    private static final Pattern LAST_AND = Pattern.compile("\\s+(?:and|и|және)\\s+");

    private final FactBook book;
    private final Entity country;

    /** @param country the one country of the knowledge, or null (then nothing is answered) */
    Holidays(FactBook book, Entity country) {
        this.book = book;
        this.country = country;
    }

    /** The holidays of the month {@code r} names, when it asks for holidays and names one month; else null. */
    Answer answer(Reading r) {
        if (country == null || !r.says("asks.holidays") || !r.foreign().isEmpty()
                || r.places().stream().anyMatch(p -> !p.entity().equals(country))) {
            return null;
        }
        Month month = null;
        for (Month m : Month.values()) {
            if (r.says("month." + m.getValue())) {
                if (month != null) {
                    return null; // two months: not one list
                }
                month = m;
            }
        }
        List<Fact> facts = month == null ? null : book.facts(country).get(LIST);
        if (facts == null) {
            return null;
        }
        Fact list = facts.get(0);
        List<String> english = items(list.value());
        String local = list.valueIn(r.language());
        List<String> shown = local == null ? english : items(local);
        if (shown.size() != english.size()) {
            shown = english; // a translation that lists them otherwise: the English names, right at least
        }
        String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        Pattern inMonth = Pattern.compile("\\(\\s*\\d[^()]*\\b" + name + "\\b[^()]*\\)");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < english.size(); i++) {
            if (inMonth.matcher(english.get(i)).find()) {
                found.add(shown.get(i));
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        Messages messages = Messages.get(r.language());
        String line = messages.say("holidays_in", messages.say("month_" + month.getValue()), String.join(", ", found));
        return new Answer.FactAnswer("", line, List.of(list.source().citation(r.language())), List.of(),
                r.language(), new Topic(country.id(), LIST));
    }

    /** The items of a list whose items may hold commas inside parentheses: "Constitution Day (15 March, from 2027)". */
    static List<String> items(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        int depth = 0;
        for (char c : value.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if ((c == ',' || c == ';') && depth == 0) {
                out.add(item.toString().strip());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        String last = item.toString().strip();
        // "… Independence Day (16 December) and Kurban Ait": the last "and" outside parentheses parts two items
        int split = -1;
        var and = LAST_AND.matcher(last);
        while (and.find()) {
            // after a date ("… (16 December) and Kurban Ait"), or in a list without dates: not "Bread and Salt Day"
            if (depthAt(last, and.start()) == 0
                    && (last.indexOf('(') < 0 || last.substring(0, and.start()).endsWith(")"))) {
                split = and.start();
            }
        }
        if (split >= 0) {
            and = LAST_AND.matcher(last);
            and.find(split);
            out.add(last.substring(0, split).strip());
            out.add(last.substring(and.end()).strip());
        } else if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    private static int depthAt(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
        }
        return depth;
    }
}
