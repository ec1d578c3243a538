extension Lexicon {
    /// The tables for English press releases.
    static let english = Lexicon(
        language: .english,
        detectionWords: words("the and of to in is with on for that has have was were by their this are its from"),
        functionWords: words("""
            the a an and or of to in on at by for with from as is are was were be been has have had he she it they
            we his her its their this that these those who which what when where while after before during since
            until upon under over about into than then also but not no so if according our your my there here
            both each all today yesterday tomorrow local time however meanwhile next thus
            """),
        months: numbered("""
            january:1 jan:1 february:2 feb:2 march:3 mar:3 april:4 apr:4 may:5 june:6 jun:6 july:7 jul:7
            august:8 aug:8 september:9 sep:9 sept:9 october:10 oct:10 november:11 nov:11 december:12 dec:12
            """),
        weekdays: numbered("monday:1 tuesday:2 wednesday:3 thursday:4 friday:5 saturday:6 sunday:7"),
        relativeDays: ["yesterday": -1, "today": 0],
        dayOrdinalSuffixes: ["st", "nd", "rd", "th"],
        abbreviations: words("mr mrs ms dr st jan feb mar apr jun jul aug sep sept oct nov dec no gen gov sen rep prof jr sr inc co corp vs"),
        kindCues: [
            KindCue("phone*", .phoneCall, .special),
            KindCue("telephone*", .phoneCall, .special),
            KindCue("video call*|link|conference*", .videoCall, .special),
            KindCue("videoconferenc*", .videoCall, .special),
            KindCue("virtual meeting|talks", .videoCall, .special),
            KindCue("strategic dialogue", .strategicDialogue, .special),
            KindCue("press conference*", .pressConference, .special),
            KindCue("meet*|met the press|media|journalists|reporters", .pressConference, .special),
            KindCue("signing ceremony", .signing, .special),
            KindCue("sign|signs|signing", .signing, .special, titleOnly: true),
            KindCue("talks", .talks, .plain),
            KindCue("discussed", .talks, .plain),
            KindCue("met", .meeting, .plain),
            KindCue("meet|meets|meeting", .meeting, .plain),
            KindCue("working dinner|lunch|breakfast", .meeting, .plain),
            KindCue("received|receives|receive", .meeting, .weak),
            KindCue("visit*", .visit, .fallback),
        ],
        adverbs: words("also jointly together further continuously fully firmly actively even already both"),
        speechVerbs: words("""
            said says noted notes stressed stresses expressed expresses added adds stated states emphasized
            emphasised emphasizes congratulated called calls welcomed welcomes recalled recalls underlined
            underlines highlighted highlights told urged reiterated reaffirmed affirmed remarked explained praised
            voiced expected hoped thanked proposed briefed introduced shared
            """),
        speechVerbPhrases: patterns(["pointed out", "points out"]),
        speechAuxiliaries: words("has have had also further then in turn for his her part meanwhile however"),
        subjectPronouns: words("he she"),
        stressedPronouns: words("him her"),
        invertedPronouns: [],
        attributionIntroducers: patterns(["according to"]),
        collectiveSpeakers: patterns([
            "two ministers", "two presidents", "two leaders", "two heads of state", "both leaders", "both ministers",
            "both presidents", "two foreign ministers", "two prime ministers", "two premiers",
        ]),
        commitmentMarkers: patterns([
            "pledged", "pledge to", "pledges to", "agreed to", "agreed on", "agree to", "agreeing to",
            "set a goal", "set a new goal", "set the goal", "set a target", "set new targets",
            "setting out targets", "set out targets", "decided to", "decide to", "committed to", "commit to",
            "vowed to", "vow to", "agreed that", "agree that",
        ]),
        readinessMarkers: patterns([
            "is willing", "are willing", "is ready", "are ready", "stands ready", "stand ready", "hope*", "should",
            "must", "would like", "wish*", "is prepared", "are prepared",
        ]),
        futureSuffixes: [],
        futureExclusions: [],
        futureAuxiliaries: words("will shall"),
        collectiveSubjects: patterns([
            "two sides", "both sides", "two countries", "both countries", "two leaders", "both leaders",
            "two presidents", "two ministers", "heads of state", "we", "two nations", "both nations",
            "two governments", "two peoples",
        ]),
        pluralPronouns: words("they"),
        subjectClitics: words("also jointly together further continue to"),
        coordinatedActions: patterns(["and to"]),
        conjunctions: ["and"],
        doublingStems: ["doubl"],
        doublingExclusions: words("double-digit double-digits digit digits taxation standards standard"),
        tradeStems: ["trade", "commerc"],
        topics: [
            TopicRule(topic: "trade", stems: ["trade", "commerc", "investment", "econom", "customs", "export"]),
            TopicRule(topic: "energy", stems: ["energy", "oil", "gas", "nuclear", "mineral", "hydrocarbon"]),
            TopicRule(topic: "connectivity", stems: ["connectivity", "transport", "rail", "logistic", "infrastructure", "transit", "caspian"]),
            TopicRule(topic: "security", stems: ["security", "terror", "extremis", "separatis", "defen", "military"]),
            TopicRule(topic: "culture", stems: ["cultur", "touris", "people-to-people", "education", "media", "twin", "luban", "universit"]),
            TopicRule(topic: "multilateral", stems: ["multilateral", "united", "sco", "international"]),
            TopicRule(topic: "technology", stems: ["technolog", "artificial", "digital", "innovation", "aerospace", "scien"]),
            TopicRule(topic: "political", stems: ["political", "trust", "sovereign"]),
        ],
        threads: [
            ThreadRule("visa-exemption", ["visa-free", "visa exemption", "visa waiver", "mutual exemption of visa*", "exemption of visa*"]),
            ThreadRule("luban-workshop", ["luban workshop*"]),
            ThreadRule("year-of-tourism", ["year of tourism", "year of * tourism", "tourism year"]),
            ThreadRule("year-of-culture", ["year of culture", "year of * culture", "cultural year"]),
            ThreadRule("cross-border-railway", ["cross-border railway*", "cross-border rail", "cross-border railroad*"]),
            ThreadRule("trans-caspian-route", ["trans-caspian", "transcaspian"]),
            ThreadRule("belt-and-road", ["belt and road"]),
        ],
        soonPhrases: patterns(["as soon as possible", "at an early date", "soon", "quickly", "at the earliest"]),
        deadlineIntroducers: patterns(["by", "before"]),
        yearPrepositions: ["in"],
        targetIntroducers: ["to"],
        amountWords: words("billion billions million millions trillion dollars yuan euros"),
        magnitudeWords: named("billion:billion billions:billion bn:billion million:million millions:million mln:million thousand:thousand trillion:trillion"),
        currencyWords: named("""
            dollar:USD dollars:USD usd:USD euro:EUR euros:EUR eur:EUR yuan:CNY renminbi:CNY rmb:CNY cny:CNY
            tenge:KZT kzt:KZT rouble:RUB roubles:RUB ruble:RUB rubles:RUB rub:RUB
            """),
        measureWords: named("tonne:t tonnes:t ton:t tons:t barrel:bbl barrels:bbl"),
        percentWords: patterns(["percent", "per cent", "%"]),
        unitLinkers: words("of us"),
        decimalComma: false,
        periodParts: [
            PeriodPartRule("first half", "H1"), PeriodPartRule("second half", "H2"),
            PeriodPartRule("first quarter", "Q1"), PeriodPartRule("second quarter", "Q2"),
            PeriodPartRule("third quarter", "Q3"), PeriodPartRule("fourth|last quarter", "Q4"),
        ],
        signingCues: patterns(["signed", "sign", "signing", "exchanged", "exchange of", "inked"]),
        documentKinds: [
            DocumentKindRule("joint declaration*", "joint_declaration"),
            DocumentKindRule("joint statement*", "joint_statement"),
            DocumentKindRule("joint communique*", "joint_statement"),
            DocumentKindRule("diplomatic notes", "diplomatic_notes"),
            DocumentKindRule("memorand*", "memorandum"),
            DocumentKindRule("mou|mous", "memorandum"),
            DocumentKindRule("protocol*", "agreement"),
            DocumentKindRule("agreement*", "agreement"),
            DocumentKindRule("treaty|treaties", "treaty"),
            DocumentKindRule("programme*|program|programs", "programme"),
            DocumentKindRule("plan|plans|roadmap|roadmaps", "plan"),
            DocumentKindRule("road map*", "plan"),
            DocumentKindRule("documents|document", "documents"),
            DocumentKindRule("contract*", "other"),
            DocumentKindRule("declaration*", "other"),
        ],
        documentQuantifiers: words("number series set range total dozens dozen package"),
        documentSpecifiers: words("including notably among"),
        documentStops: patterns(["and have", "and witnessed", "and attended", "and agreed", "and held", "which", "during", "in the presence", "on the sidelines", "after", "following"]),
        participleSuffixes: ["ing"],
        passiveAuxiliaries: words("were was been have has be being"),
        determiners: words("the a an his her their its our this these those two three four five several"),
        articles: words("the a an"),
        complementPrepositions: words("of 's between"),
        infinitiveSuffixes: [],
        adjectivesPrecedeNouns: true,
        listEnders: ["etc"],
        elisions: [],
        roleWords: words("""
            president minister ministers premier prime vice deputy secretary councilor councillor chancellor member
            director ambassador envoy representative counterpart chairman chairwoman chair head king governor mayor
            emir prince commissioner foreign general special senior vice-president vice-premier diplomat spokesperson spokesman
            """),
        institutionWords: words("""
            affairs foreign trade commerce integration economy finance defense defence office committee party council
            state government ministry commission political central communist people republic federation europe
            development industry energy agriculture culture education health security interior justice transport
            national assembly congress bureau politburo cooperation diplomacy external internal home
            """),
        counterpartWords: words("counterpart counterparts"),
        connectors: words("of and for to 's"),
        honorifics: words("mr mrs ms dr madam"),
        nameParticles: words("bin ben ibn al el von van der den ter"),
        locativePrepositions: words("in at"),
        venueWords: words("palace hall house guesthouse residence headquarters hotel center centre kremlin building villa"),
        nonNameWords: words("""
            presidential
            initiative belt road silk nations united organization organisation cooperation asia central europe union
            air force expo exposition import export forum summit conference council security war world global day
            year agency xinhua press release public distributed read more international grand great state states
            people party bureau committee commission office republic guest house hall palace international fair
            """),
        debrisPrefixes: [
            "updated", "last updated", "read more", "print", "share", "e-mail", "email this", "related:", "address:",
            "copyright", "follow us", "(c)", "©", "source:",
        ],
        debrisWords: ["| press release", "distributed by", "last updated", "all rights reserved"]
    )
}
