extension Lexicon {
    /// The tables for French press releases.
    static let french = Lexicon(
        language: .french,
        detectionWords: words("le la les des du de et est une un que qui pour dans avec sur au aux ont sont ce cette il elle leur été"),
        functionWords: words("""
            le la les l' un une des du de d' et ou à au aux en dans sur sous pour par avec entre selon après avant
            lors depuis puis ce cette ces cet il elle ils elles on nous vous son sa ses leur leurs qui que qu' dont où
            mais donc or ni car si ne n' pas plus très tous toutes tout toute notamment ainsi aussi également
            s' se y lui cela ceci comme quant vers chez contre sans dès face afin quelle quel quelles quels
            monsieur madame messieurs hier aujourd'hui demain heure locale
            """),
        months: numbered("""
            janvier:1 janv:1 février:2 févr:2 fév:2 mars:3 avril:4 avr:4 mai:5 juin:6 juillet:7 juil:7 août:8
            septembre:9 sept:9 octobre:10 oct:10 novembre:11 nov:11 décembre:12 déc:12
            """),
        weekdays: numbered("lundi:1 mardi:2 mercredi:3 jeudi:4 vendredi:5 samedi:6 dimanche:7"),
        relativeDays: ["hier": -1, "aujourd'hui": 0, "avant-hier": -2],
        dayOrdinalSuffixes: ["er", "ere"],
        abbreviations: words("m mm mme mmes mlle dr st ste janv févr fév avr juil sept oct nov déc no art cf p vol env"),
        kindCues: [
            KindCue("téléphon*", .phoneCall, .special),
            KindCue("visioconférence*", .videoCall, .special),
            KindCue("vidéoconférence*", .videoCall, .special),
            KindCue("par vidéo", .videoCall, .special),
            KindCue("liaison vidéo", .videoCall, .special),
            KindCue("dialogue stratégique", .strategicDialogue, .special),
            KindCue("rencontr* la|les presse|journalistes|médias", .pressConference, .special),
            KindCue("conférence* de presse", .pressConference, .special),
            KindCue("point* de presse", .pressConference, .special),
            KindCue("cérémonie de signature", .signing, .special),
            KindCue("signent|signature", .signing, .special, titleOnly: true),
            KindCue("s' entretien*", .talks, .plain),
            KindCue("s' est entretenu*", .talks, .plain),
            KindCue("se sont entretenu*", .talks, .plain),
            KindCue("entretien", .talks, .plain),
            KindCue("entretiens", .talks, .plain),
            KindCue("pourparlers", .talks, .plain),
            KindCue("ont discuté", .talks, .plain),
            KindCue("a discuté", .talks, .plain),
            KindCue("ont tenu des entretiens|discussions|consultations", .talks, .plain),
            KindCue("rencontr*", .meeting, .plain),
            KindCue("dîner|déjeuner|petit-déjeuner de travail", .meeting, .plain),
            KindCue("s' est réuni*", .meeting, .plain),
            KindCue("se sont réuni*", .meeting, .plain),
            KindCue("reçu|reçue|reçoit|accueilli", .meeting, .weak),
            KindCue("visite*", .visit, .fallback),
        ],
        adverbs: words("""
            également aussi ensemble conjointement encore ensuite enfin notamment davantage pleinement
            fermement continuellement activement pour sa son part côté de leur même lui-même déjà tous deux
            """),
        speechVerbs: words("""
            dit déclaré souligné indiqué affirmé ajouté noté estimé rappelé félicité salué exprimé appelé
            souhaité poursuivi expliqué précisé assuré réaffirmé insisté remercié espéré proposé réitéré évoqué partagé présenté informé qualifié
            déclare souligne indique affirme ajoute note estime rappelle félicite salue exprime appelle
            souhaite poursuit explique précise assure réaffirme insiste remercie propose
            """),
        speechVerbPhrases: patterns(["fait savoir", "fait remarquer", "fait valoir", "fait observer", "fait part", "s' est dit", "s' est félicité*", "s' est déclaré*", "s' est réjoui*"]),
        speechAuxiliaries: words("a ont avait avaient aurait pour sa son part côté quant à lui elle également aussi ensuite enfin encore de son leur notamment par ailleurs alors"),
        subjectPronouns: words("il elle"),
        stressedPronouns: words("lui elle"),
        invertedPronouns: words("""
            a-t-il a-t-elle ajoute-t-il ajoute-t-elle poursuit-il poursuit-elle dit-il dit-elle
            souligne-t-il souligne-t-elle déclare-t-il déclare-t-elle estime-t-il estime-t-elle
            indique-t-il indique-t-elle rappelle-t-il rappelle-t-elle
            """),
        attributionIntroducers: patterns(["selon", "d' après"]),
        collectiveSpeakers: patterns([
            "deux ministres", "deux présidents", "deux dirigeants", "deux chefs d' état", "deux chefs d' etat",
            "deux responsables", "deux hommes", "deux leaders", "deux premiers ministres",
        ]),
        commitmentMarkers: patterns([
            "sont convenu* de|d'", "est convenu* de|d'", "ont convenu de|d'", "se sont mis d' accord",
            "ont décidé de|d'", "a décidé de|d'", "se sont engagé* à|au|aux", "s' est engagé* à|au|aux",
            "s' engageront", "s' engagent à", "ont fixé un|le objectif", "ont fixé un nouvel objectif",
            "se sont fixé*", "ont convenu", "sont convenu* que|qu'", "se sont accordé* pour|à|sur",
        ]),
        readinessMarkers: patterns([
            "est disposé*", "sont disposé*", "est prêt*", "sont prêt*", "se tient prêt*", "souhait*", "espér*",
            "espère", "espèrent", "doivent", "devront", "devraient", "doit", "devrait", "il convient", "il faut",
        ]),
        futureSuffixes: ["ront", "rons"],
        futureExclusions: words("front fronts affront affronts devront pourront voudront seront auront"),
        futureAuxiliaries: words("vont allons"),
        collectiveSubjects: patterns([
            "deux parties", "deux pays", "chefs d' état", "chefs d' etat", "deux présidents", "deux dirigeants",
            "deux ministres", "deux côtés", "deux gouvernements", "deux nations", "nous", "deux peuples",
        ]),
        pluralPronouns: words("elles ils"),
        subjectClitics: words("se s' y en ne n' leur lui également ensemble conjointement aussi encore donc continuellement"),
        coordinatedActions: patterns(["et de|d'"]),
        conjunctions: ["et"],
        doublingStems: ["doubl"],
        doublingExclusions: words("imposition chiffres chiffre standards standard nationalité"),
        tradeStems: ["commerc", "échange"].map { TextFolding.fold($0) },
        topics: [
            TopicRule(topic: "trade", stems: ["commerc", "echanges", "investissement", "economi", "douan", "exportation"]),
            TopicRule(topic: "energy", stems: ["energ", "petrol", "gaz", "nucleaire", "mineraux", "hydrocarbure"]),
            TopicRule(topic: "connectivity", stems: ["connectivite", "transport", "chemin", "ferroviaire", "logisti", "infrastructure", "transit", "transcaspien"]),
            TopicRule(topic: "security", stems: ["securite", "terroris", "extremis", "separatis", "defense", "militaire"]),
            TopicRule(topic: "culture", stems: ["cultur", "touris", "peuples", "education", "medias", "jumelage", "luban", "universite"]),
            TopicRule(topic: "multilateral", stems: ["multilater", "nations", "ocs", "onu", "internationa"]),
            TopicRule(topic: "technology", stems: ["technolog", "intelligence", "numerique", "innovation", "aerospati", "scientifique"]),
            TopicRule(topic: "political", stems: ["politique", "confiance", "souverainete"]),
        ],
        threads: [
            ThreadRule("visa-exemption", ["exemption * de visa*", "exemption de visa*", "sans visa", "exemption * des visas", "exemption de* visas"]),
            ThreadRule("luban-workshop", ["atelier* luban"]),
            ThreadRule("year-of-tourism", ["année du tourisme", "année * du tourisme", "années du tourisme"]),
            ThreadRule("year-of-culture", ["année de la culture", "année culturelle", "année * de la culture"]),
            ThreadRule("cross-border-railway", ["chemin* de fer transfrontalier*", "ligne* ferroviaire* transfrontali*"]),
            ThreadRule("trans-caspian-route", ["transcaspien*", "trans-caspien*"]),
            ThreadRule("belt-and-road", ["ceinture et la route", "ceinture et route", "ceinture économique de la route"]),
        ],
        soonPhrases: patterns(["à une date rapprochée", "rapidement", "dès que possible", "dans les meilleurs délais", "au plus vite", "prochainement", "au plus tôt"]),
        deadlineIntroducers: patterns(["d' ici à|au", "d' ici", "avant"]),
        yearPrepositions: ["en"],
        targetIntroducers: ["a"],
        amountWords: words("milliard milliards million millions dollars euros yuans yuan"),
        magnitudeWords: named("milliard:billion milliards:billion md:billion mds:billion million:million millions:million mln:million mille:thousand billion:trillion billions:trillion"),
        currencyWords: named("""
            dollar:USD dollars:USD usd:USD euro:EUR euros:EUR eur:EUR yuan:CNY yuans:CNY renminbi:CNY rmb:CNY cny:CNY
            tenge:KZT tenges:KZT kzt:KZT rouble:RUB roubles:RUB rub:RUB sum:UZS soums:UZS som:KGS soms:KGS
            """),
        measureWords: named("tonne:t tonnes:t tonnes-kilometres:tkm baril:bbl barils:bbl"),
        percentWords: patterns(["pour cent", "pourcent", "%"]),
        unitLinkers: words("de d' us"),
        decimalComma: true,
        periodParts: [
            PeriodPartRule("premier semestre", "H1"), PeriodPartRule("second|deuxième semestre", "H2"),
            PeriodPartRule("premier trimestre", "Q1"), PeriodPartRule("deuxième|second trimestre", "Q2"),
            PeriodPartRule("troisième trimestre", "Q3"), PeriodPartRule("quatrième|dernier trimestre", "Q4"),
        ],
        signingCues: patterns([
            "signé|signée|signés|signées|signent|signeront|signer|signature", "ont échangé", "a échangé",
            "échange d' un|une|des", "échange de",
        ]),
        documentKinds: [
            DocumentKindRule("déclaration* conjointe*", "joint_declaration"),
            DocumentKindRule("déclaration* commune*", "joint_declaration"),
            DocumentKindRule("communiqué* conjoint*", "joint_statement"),
            DocumentKindRule("communiqué* commun*", "joint_statement"),
            DocumentKindRule("notes diplomatiques", "diplomatic_notes"),
            DocumentKindRule("feuille* de route", "plan"),
            DocumentKindRule("mémorandum*", "memorandum"),
            DocumentKindRule("protocole*", "agreement"),
            DocumentKindRule("accord|accords", "agreement"),
            DocumentKindRule("traité|traités", "treaty"),
            DocumentKindRule("programme*", "programme"),
            DocumentKindRule("plan|plans", "plan"),
            DocumentKindRule("documents|document", "documents"),
            DocumentKindRule("contrat*", "other"),
            DocumentKindRule("lettre* d' intention", "other"),
            DocumentKindRule("déclaration*", "other"),
        ],
        documentQuantifiers: words("série nombre certain ensemble dizaine dizaines total paquet"),
        documentSpecifiers: words("notamment dont compris"),
        documentStops: patterns(["et ont", "et sont", "et a signé|assisté|conclu|échangé|adopté", "et est", "lors de|du|des", "à l' issue", "en présence", "qui", "afin", "en marge"]),
        participleSuffixes: ["ant"],
        passiveAuxiliaries: words("ont été a été sont seront ont"),
        determiners: words("le la les l' un une des du son sa ses leur leurs notre nos ce cet cette ces deux trois quatre cinq six plusieurs"),
        articles: words("le la les l' un une"),
        complementPrepositions: words("du de d' des entre"),
        infinitiveSuffixes: ["er", "ir", "re", "oir"],
        adjectivesPrecedeNouns: false,
        listEnders: ["etc"],
        elisions: words("l d s n j m c t qu jusqu lorsqu puisqu quoiqu presqu"),
        roleWords: words("""
            président présidente ministre ministres premier première vice vice-premier vice-président vice-présidente
            secrétaire conseiller conseillère chef chancelier chancelière membre directeur directrice ambassadeur
            ambassadrice envoyé envoyée représentant représentante homologue gouverneur maire roi émir prince
            commissaire dirigeant dirigeante porte-parole étrangères extérieures délégué déléguée adjoint adjointe spécial spéciale
            général générale permanent chargé
            """),
        institutionWords: words("""
            affaires étrangères extérieures commerce intégration économie économique finances défense bureau comité
            parti conseil état etat gouvernement ministère commission office politique central centrale communiste
            assemblée nationale populaire république fédération europe développement industrie énergie agriculture
            culture éducation santé sécurité intérieur justice transport transports numérique coopération diplomatie
            """),
        counterpartWords: words("homologue homologues"),
        connectors: words("de du des d' la l' et pour chargé en au aux auprès"),
        honorifics: words("m mme mmes mlle monsieur madame dr"),
        nameParticles: words("bin ben ibn al el von van der den ter"),
        locativePrepositions: words("à au aux"),
        venueWords: words("palais résidence kremlin hôtel salle maison château siège pavillon centre élysée"),
        nonNameWords: words("""
            présidentiel présidentielle
            initiative route ceinture soie nations unies organisation coopération asie centrale europe union air
            force expo exposition forum sommet conférence conseil sécurité guerre mondiale journée année agence
            xinhua recommander imprimer envoyer internationale international universelle grand grande fleuve
            états état etat grâce depuis sous dans selon pour cette cet ces puis alors lors mis dernière gazette
            ministère ministères république populaire parti bureau comité commission place rouge chemin université
            """),
        debrisPrefixes: [
            "mis a jour", "derniere mise a jour", "recommander a", "imprimer", "[ envoyer", "[ imprimer", "envoyer ce lien",
            "l'adresse", "lire aussi", "lire la suite", "a lire aussi", "partager", "copyright", "(c)", "©", "source :",
        ],
        debrisWords: ["mis a jour", "mise a jour", "numero de telephone", "code postal", "tous droits reserves"]
    )
}
