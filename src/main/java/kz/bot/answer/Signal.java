package kz.bot.answer;

/** Something a question says about itself besides its topic, found by the phrases of its language. */
public enum Signal {
    /** Asks for an opinion or a judgement ("is the president good?", "is Almaty better?"). */
    OPINION,
    /** Asks for live data: the exchange rate, the news, the weather now. */
    REALTIME,
    /** Says "today", "now", "tomorrow": often live data, sometimes only "nowadays". */
    TODAY,
    /** Speaks of the weather (live unless it asks about a season or the climate). */
    WEATHER,
    /** Asks about the future ("will be", "in 2050"). */
    FUTURE,
    /** Asks for a prediction: who will win, who will be the next president. Nobody knows; no document says. */
    PREDICTION,
    /** Speaks of a document: an article, the guide, a source, when it was published. */
    DOCUMENT,
    /** Asks about what was before: the previous constitution, the former name, «прежний», «бұрынғы». */
    EARLIER,
    /** Compares: bigger, more populous. */
    MORE,
    /** Compares: smaller, less populous. */
    LESS,
    /** Compares by something no fact gives a figure for: older, colder, cheaper («старше», «көнерек»). */
    OTHER_MEASURE,
    /** Sets two things side by side: or, vs, compared to. */
    VERSUS,
    /** Asks for a ranking: the largest, the top three. */
    RANK,
    /** By area. */
    BY_AREA,
    /** By population. */
    BY_POPULATION,
    /** How far, the distance between. */
    DISTANCE,
    /**
     * Asks which one of a kind ("which ethnic group is the largest", «қай ұлт ең көп»): a count of the kind is no
     * answer unless the question also asks how many.
     */
    WHICH,
    /**
     * Asks what something is ("what is the mazhilis", «что такое мажилис», «мәжіліс деген не»): a figure of it ("Mazhilis
     * Seats: 98") is no answer.
     */
    DEFINITION,
    /**
     * Asks what a word or a term means ("what does rural migration deficit mean", «что означает убыль», «бұл сөз нені
     * білдіреді»): the figure a fact of that name gives is no answer.
     */
    MEANING,
    /** The question asks what something is made of ("made of", «из чего», «неден»). */
    MADE_OF,
    /**
     * The question asks for how many years something is given ("for how many years is the president elected", «на
     * сколько лет», «қанша жылға»): a length of time answers, not a count of anything.
     */
    TERM,
    /**
     * The question asks how long, high, deep, far or big something is ("how long is the Syr Darya", «какой длины»,
     * «ұзындығы қанша»): a measure, which the knowledge gives in digits, not a count ("one of the two great rivers").
     */
    MEASURE,
    /** The question asks what something costs ("how much does … cost", «сколько стоит», «қанша тұрады»). */
    PRICE,
    /**
     * Names a part of a people: urban or rural, men or women ("how many people live in the villages", «сельское
     * население», «ауыл халқы»); a question naming none asks for the whole, not a part's figure ({@link UnitFlags#PART}).
     */
    PART,
    /** Points back at the last two places of a conversation: "which one", «между ними», «екеуі». */
    BOTH,
    GREETING, THANKS, BYE, WHO_ARE_YOU, WHAT_CAN_YOU_DO, HELP, HOW_ARE_YOU, OK, PRAISE, COMPLAINT
}
