/// A sentence with its tokens and the paragraph it belongs to.
struct Sentence: Sendable {
    /// The sentence as written.
    var text: String
    /// Its tokens.
    var tokens: [Token]
    /// The body paragraph index, or -1 for the title.
    var paragraph: Int
    /// The runs of person-name words.
    var nameRuns: [NameRun]

    init(_ text: String, paragraph: Int, lexicon: Lexicon) {
        self.text = text
        self.tokens = Tokenizer.tokenize(text)
        self.paragraph = paragraph
        self.nameRuns = NameScanner(lexicon: lexicon).runs(in: tokens, of: text)
    }

    /// The original text of a token range.
    func text(_ range: Range<Int>) -> String { tokens.text(range, in: text) }
}

/// A press release cut into sentences, with its language tables: what every finder reads.
struct AnalyzedText: Sendable {
    /// The language tables of the text.
    var lexicon: Lexicon
    /// The layout (title, publication, paragraphs).
    var layout: TextLayout
    /// The title as a sentence.
    var title: Sentence
    /// The body sentences in order.
    var sentences: [Sentence]
    /// Person names of the text.
    var names: NameIndex

    init(_ text: String) {
        let language = LanguageDetector.detect(text)
        lexicon = Lexicon.forLanguage(language)
        layout = TextLayout(text)
        title = Sentence(layout.title, paragraph: -1, lexicon: lexicon)
        let splitter = SentenceSplitter.standard
        var sentences: [Sentence] = []
        for (index, paragraph) in layout.paragraphs.enumerated() {
            for piece in splitter.split(paragraph) {
                let sentence = Sentence(piece, paragraph: index, lexicon: lexicon)
                // A sentence that is only a parenthesised credit is debris.
                if sentence.tokens.allSatisfy({ $0.isParenthesized || !$0.isWord }) { continue }
                sentences.append(sentence)
            }
        }
        self.sentences = sentences
        names = NameIndex(sentences: [title] + sentences, lexicon: lexicon)
    }

    /// Sentences of the first `count` body paragraphs, at most ``leadSentenceLimit`` of them.
    func lead(paragraphs count: Int) -> ArraySlice<Sentence> {
        let end = sentences.firstIndex { $0.paragraph >= count } ?? sentences.count
        return sentences[..<min(end, Self.leadSentenceLimit)]
    }

    /// A readout reports its meeting in its opening sentences; a "paragraph" longer
    /// than this is a text with no paragraph breaks, and scanning all of it as a lead
    /// would cost time and find nothing more.
    static let leadSentenceLimit = 40
}
