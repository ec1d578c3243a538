/// Synthetic press releases in the real layout, deterministic from a seed, for
/// benchmarks and for crash and fuzz tests that need many realistic documents.
///
/// The texts follow the shape of the foreign-ministry readouts in `data/`:
/// a title, a `YYYY-MM-DD HH:MM` line, a lead sentence naming the date,
/// place and participants with their roles, statements by each side, joint
/// commitments, trade figures, signed documents and web debris (footers, photo credits).
public struct CorpusGenerator {
    private var random: SplitMix64

    public init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// One press release, in French or English; `index` varies its content
    /// so that every document of a corpus is distinct.
    public mutating func document(index: Int) -> String {
        let french = random.next() % 3 != 0
        let sideA = Self.sides[0]
        let sideB = Self.sides[1 + Int(random.next() % UInt64(Self.sides.count - 1))]
        let personA = person(of: sideA)
        let personB = person(of: sideB)
        let year = 2015 + Int(random.next() % 11)
        let month = 1 + Int(random.next() % 12)
        let day = 1 + Int(random.next() % 28)
        let city = pick(french ? sideB.citiesFR : sideB.citiesEN)
        let date = String(format4(year)) + "-" + pad2(month) + "-" + pad2(day)
        var paragraphs: [String] = []
        let title: String
        if french {
            let kind = pick(["a rencontré", "s'est entretenu avec", "a tenu des entretiens avec"])
            title = "\(personA.name) \(kind == "a rencontré" ? "rencontre" : "s'entretient avec") \(personB.name) (\(index))"
            paragraphs.append(
                "Le \(day == 1 ? "1er" : String(day)) \(Self.monthsFR[month - 1]) \(year), heure locale, \(personA.name), \(personA.roleFR), \(kind) \(personB.name), \(personB.roleFR), à \(city).")
            for _ in 0..<(4 + Int(random.next() % 5)) {
                let speaker = random.next() % 2 == 0 ? personA : personB
                let more = (0..<(3 + Int(random.next() % 4))).map { _ in sentenceFR().capitalizedFirst() + "." }
                paragraphs.append("\(speaker.name) \(pick(["a déclaré", "a souligné", "a indiqué"])) que \(sentenceFR()). " + more.joined(separator: " "))
            }
            if random.next() % 2 == 0 {
                let (amount, growth) = (10 + Int(random.next() % 90), 1 + Int(random.next() % 30))
                paragraphs.append("En \(year - 1), les échanges commerciaux bilatéraux ont atteint \(amount),\(random.next() % 10) milliards de dollars, soit une hausse de \(growth),\(random.next() % 10) pour cent.")
            }
            paragraphs.append("Les deux parties \(pick(Self.commitmentsFR)) d'ici \(year + 5 + Int(random.next() % 5)). Les deux parties \(pick(Self.commitmentsFR)).")
            if random.next() % 2 == 0 {
                paragraphs.append("À l'issue des entretiens, les deux parties ont signé \(pick(Self.documentsFR)).")
            }
            paragraphs.append("(Xinhua/\(pick(["Li Xueren", "Zhou Mu", "Huang Jingwen"])))")
            paragraphs.append(" Recommander à    Imprimer")
        } else {
            title = "\(personA.name) Holds Talks with \(personB.name) (\(index))"
            paragraphs.append(
                "On \(Self.monthsEN[month - 1]) \(day), \(year), \(personA.roleEN) \(personA.name) held talks with \(personB.roleEN) \(personB.name) in \(city).")
            for _ in 0..<(4 + Int(random.next() % 5)) {
                let speaker = random.next() % 2 == 0 ? personA : personB
                let more = (0..<(3 + Int(random.next() % 4))).map { _ in sentenceEN().capitalizedFirst() + "." }
                paragraphs.append("\(speaker.name) \(pick(["said", "noted", "stressed"])) that \(sentenceEN()). " + more.joined(separator: " "))
            }
            if random.next() % 2 == 0 {
                let (amount, growth) = (10 + Int(random.next() % 90), 1 + Int(random.next() % 30))
                paragraphs.append("In \(year - 1), bilateral trade reached $\(amount).\(random.next() % 10) billion, up \(growth).\(random.next() % 10) percent year-on-year.")
            }
            paragraphs.append("The two sides \(pick(Self.commitmentsEN)) by \(year + 5 + Int(random.next() % 5)). The two sides \(pick(Self.commitmentsEN)).")
            if random.next() % 2 == 0 {
                paragraphs.append("After the talks, the two sides signed \(pick(Self.documentsEN)).")
            }
            paragraphs.append("READ MORE: \(pick(Self.sides).people[0].name) meets delegation")
        }
        let hour = pad2(Int(random.next() % 24)) + ":" + pad2(Int(random.next() % 60))
        return ([title, "", date + " " + hour, ""] + paragraphs.flatMap { [$0, ""] }).joined(separator: "\n")
    }

    // MARK: Vocabulary

    struct Person { let name: String; let roleFR: String; let roleEN: String }
    struct Side {
        let people: [Person]
        let citiesFR: [String]
        let citiesEN: [String]
        /// Name parts and role adjectives for the other ministers of the side, so that a large
        /// corpus holds thousands of people, as a decade of readouts does.
        var givenNames: [String] = []
        var surnames: [String] = []
        var adjectiveFR = ""
        var adjectiveEN = ""
    }

    /// One of the side's leaders (two times in five), else one of its many ministers.
    private mutating func person(of side: Side) -> Person {
        if random.next() % 5 < 2 || side.givenNames.isEmpty { return pick(side.people) }
        let name = "\(pick(side.givenNames)) \(pick(side.surnames))"
        let ministry = Int(random.next() % UInt64(Self.ministriesFR.count))
        return Person(
            name: name, roleFR: "ministre \(side.adjectiveFR) \(Self.ministriesFR[ministry])",
            roleEN: "\(side.adjectiveEN) Minister of \(Self.ministriesEN[ministry])")
    }

    static let ministriesFR = ["du Commerce", "de l'Énergie", "des Transports", "de l'Agriculture", "de la Culture", "de l'Éducation", "des Finances", "de l'Industrie", "de la Santé", "de l'Économie"]
    static let ministriesEN = ["Commerce", "Energy", "Transport", "Agriculture", "Culture", "Education", "Finance", "Industry", "Health", "Economy"]

    static let sides: [Side] = [
        Side(people: [
            Person(name: "Wang Yi", roleFR: "ministre chinois des Affaires étrangères", roleEN: "Chinese Foreign Minister"),
            Person(name: "Xi Jinping", roleFR: "président chinois", roleEN: "Chinese President"),
            Person(name: "Li Qiang", roleFR: "Premier ministre chinois", roleEN: "Chinese Premier"),
            Person(name: "Wang Wentao", roleFR: "ministre chinois du Commerce", roleEN: "Chinese Commerce Minister"),
        ], citiesFR: ["Pékin", "Shanghai", "Xi'an"], citiesEN: ["Beijing", "Shanghai", "Xi'an"],
             givenNames: ["Jianguo", "Xiaoming", "Hong", "Wei", "Lei", "Jian", "Ping", "Yong", "Hua", "Qiang", "Ming", "Jie", "Tao", "Bin", "Gang", "Hui", "Ying", "Chao", "Dong", "Fang"],
             surnames: ["Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Tang", "Gao", "Lin", "Luo", "Zheng", "Liang"],
             adjectiveFR: "chinois", adjectiveEN: "Chinese"),
        Side(people: [
            Person(name: "Kassym-Jomart Tokaïev", roleFR: "président kazakh", roleEN: "Kazakh President"),
            Person(name: "Murat Nurtleu", roleFR: "ministre kazakh des Affaires étrangères", roleEN: "Kazakh Foreign Minister"),
            Person(name: "Olzhas Bektenov", roleFR: "Premier ministre kazakh", roleEN: "Kazakh Prime Minister"),
        ], citiesFR: ["Astana", "Almaty"], citiesEN: ["Astana", "Almaty"],
             givenNames: ["Askar", "Yerlan", "Nurlan", "Serik", "Bakhyt", "Daniyar", "Marat", "Kairat", "Talgat", "Arman", "Aidar", "Berik", "Yerzhan", "Zhanibek", "Timur"],
             surnames: ["Zhaksybekov", "Abenov", "Sultanov", "Omarov", "Bekov", "Iskakov", "Nurpeisov", "Kassymov", "Tokhtarov", "Zhumabayev", "Ospanov", "Sadykov", "Karimov", "Mukanov", "Rakhimov"],
             adjectiveFR: "kazakh", adjectiveEN: "Kazakh"),
        Side(people: [
            Person(name: "Shavkat Mirziyoyev", roleFR: "président ouzbek", roleEN: "Uzbek President"),
            Person(name: "Bakhtiyor Saidov", roleFR: "ministre ouzbek des Affaires étrangères", roleEN: "Uzbek Foreign Minister"),
        ], citiesFR: ["Tachkent", "Samarcande"], citiesEN: ["Tashkent", "Samarkand"],
             givenNames: ["Jamshid", "Sardor", "Bobur", "Rustam", "Ulugbek", "Sherzod", "Akmal", "Dilshod", "Farrukh", "Otabek"],
             surnames: ["Kuchkarov", "Umurzakov", "Khodjaev", "Tashkentov", "Yusupov", "Ergashev", "Nazarov", "Abdullaev", "Rashidov", "Mirzaev"],
             adjectiveFR: "ouzbek", adjectiveEN: "Uzbek"),
        Side(people: [
            Person(name: "Sadyr Japarov", roleFR: "président kirghiz", roleEN: "Kyrgyz President"),
            Person(name: "Jeenbek Kulubaev", roleFR: "ministre kirghiz des Affaires étrangères", roleEN: "Kyrgyz Foreign Minister"),
        ], citiesFR: ["Bichkek"], citiesEN: ["Bishkek"],
             givenNames: ["Adylbek", "Kubanychbek", "Almazbek", "Nurbek", "Taalaibek", "Ulan", "Azamat", "Bakyt"],
             surnames: ["Kasymaliev", "Duishenbiev", "Abdygulov", "Orozbekov", "Turgunbaev", "Sheraliev", "Asanov", "Mamytov"],
             adjectiveFR: "kirghiz", adjectiveEN: "Kyrgyz"),
        Side(people: [
            Person(name: "Emomali Rahmon", roleFR: "président tadjik", roleEN: "Tajik President"),
            Person(name: "Sirojiddin Muhriddin", roleFR: "ministre tadjik des Affaires étrangères", roleEN: "Tajik Foreign Minister"),
        ], citiesFR: ["Douchanbé"], citiesEN: ["Dushanbe"],
             givenNames: ["Kokhir", "Faiziddin", "Zavqi", "Sherali", "Davlatali", "Nizom", "Jamoliddin", "Rustam"],
             surnames: ["Rasulzoda", "Qahhorzoda", "Zavqizoda", "Kabir", "Sharifzoda", "Hakimzoda", "Nuriddin", "Rustamzoda"],
             adjectiveFR: "tadjik", adjectiveEN: "Tajik"),
    ]

    static let monthsFR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let subjectsFR = ["la coopération bilatérale", "le partenariat stratégique global", "l'amitié entre les deux peuples", "la confiance politique mutuelle", "le volume des échanges commerciaux", "la connectivité régionale"]
    static let predicatesFR = ["a atteint un niveau sans précédent", "continue de se renforcer", "ouvre de nouvelles perspectives", "repose sur le respect mutuel", "a enregistré des progrès remarquables", "est conforme aux intérêts fondamentaux des deux pays"]
    static let subjectsEN = ["bilateral cooperation", "the comprehensive strategic partnership", "the friendship between the two peoples", "political mutual trust", "two-way trade", "regional connectivity"]
    static let predicatesEN = ["has reached an unprecedented level", "keeps growing stronger", "opens new prospects", "rests on mutual respect", "has made remarkable progress", "serves the fundamental interests of both countries"]
    static let commitmentsFR = ["renforceront la coopération énergétique", "doubleront le volume des échanges commerciaux", "accéléreront la construction d'infrastructures transfrontalières", "élargiront les échanges culturels et entre les peuples", "lutteront conjointement contre le terrorisme", "renforceront la coordination au sein de l'Organisation de coopération de Shanghai"]
    static let commitmentsEN = ["will strengthen energy cooperation", "will double bilateral trade", "will speed up cross-border infrastructure", "will expand cultural and people-to-people exchanges", "will jointly fight terrorism", "will strengthen coordination within the Shanghai Cooperation Organization"]
    static let documentsFR = ["un mémorandum d'entente sur la coopération économique", "une déclaration conjointe sur le partenariat stratégique", "un accord sur l'exemption réciproque de visa", "un programme de coopération culturelle"]
    static let documentsEN = ["a memorandum of understanding on economic cooperation", "a joint statement on the strategic partnership", "an agreement on mutual visa exemption", "a cultural cooperation programme"]

    private mutating func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }

    private mutating func sentenceFR() -> String { "\(pick(Self.subjectsFR)) \(pick(Self.predicatesFR))" }
    private mutating func sentenceEN() -> String { "\(pick(Self.subjectsEN)) \(pick(Self.predicatesEN))" }

    private func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private func format4(_ value: Int) -> String { String(value) }
}

/// A small, fast, seedable generator (SplitMix64): the same seed gives the
/// same corpus on every machine.
public struct SplitMix64 {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

private extension String {
    func capitalizedFirst() -> String { prefix(1).uppercased() + dropFirst() }
}
