/// Finds the day of the meeting.
///
/// Full dates ("Le 25 avril 2025", "On October 28, 2025", "Nov. 4, 2024",
/// "4 November 2024") in the meeting sentence, then in the lead paragraphs;
/// otherwise a weekday or "hier"/"yesterday" near the meeting verb, resolved
/// against the reference date (wire dateline, else publication day).
struct MeetingDateFinder: Sendable {
    var lexicon: Lexicon

    /// How many days a lead date may be away from the reference date.
    static let leadDateTolerance = 30

    /// The meeting day as `YYYY-MM-DD`, if the text gives or implies one.
    func find(meeting: [Sentence], lead: ArraySlice<Sentence>, reference: CalendarDate?) -> String? {
        for sentence in meeting {
            if let date = fullDate(in: sentence.tokens) { return date.iso }
        }
        var relative: CalendarDate?
        if let reference {
            for sentence in meeting where relative == nil {
                relative = relativeDate(in: sentence.tokens, reference: reference)
            }
        }
        // A full date elsewhere in the lead (a photo caption) must agree with the reference:
        // an old date there is history, not the meeting.
        for sentence in lead {
            guard let date = fullDate(in: sentence.tokens) else { continue }
            if let relative, date != relative { continue }
            if let reference, abs(reference.dayNumber - date.dayNumber) > Self.leadDateTolerance { continue }
            return date.iso
        }
        return relative?.iso
    }

    private func month(_ token: Token) -> Int? {
        guard token.isWord else { return nil }
        if let value = lexicon.months[token.folded] { return value }
        for other in Lexicon.all { if let value = other.months[token.folded] { return value } }
        return nil
    }

    private func day(_ token: Token) -> Int? {
        guard token.isWord else { return nil }
        let digits = token.folded.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 2, let value = Int(digits) else { return nil }
        let suffix = String(token.folded.dropFirst(digits.count))
        guard suffix.isEmpty || Lexicon.all.contains(where: { $0.dayOrdinalSuffixes.contains(suffix) }) else { return nil }
        return (1...31).contains(value) ? value : nil
    }

    private func year(_ token: Token) -> Int? {
        guard token.isWord, token.folded.count == 4, let value = Int(token.folded), (1900...2100).contains(value) else { return nil }
        return value
    }

    /// The first day-month-year or month-day-year date in `tokens`.
    func fullDate(in tokens: [Token]) -> CalendarDate? {
        var index = 0
        while index < tokens.count {
            if let dayValue = day(tokens[index]), index + 2 < tokens.count, let monthValue = month(tokens[index + 1]) {
                var next = index + 2
                if next < tokens.count, tokens[next].folded == "." { next += 1 }
                if next < tokens.count, let yearValue = year(tokens[next]),
                   let date = CalendarDate(year: yearValue, month: monthValue, day: dayValue) {
                    return date
                }
            }
            if let monthValue = month(tokens[index]) {
                var next = index + 1
                if next < tokens.count, tokens[next].folded == "." { next += 1 }
                if next < tokens.count, let dayValue = day(tokens[next]) {
                    next += 1
                    if next < tokens.count, tokens[next].folded == "," { next += 1 }
                    if next < tokens.count, let yearValue = year(tokens[next]),
                       let date = CalendarDate(year: yearValue, month: monthValue, day: dayValue) {
                        return date
                    }
                }
            }
            index += 1
        }
        return nil
    }

    /// A weekday or relative day, resolved against `reference`.
    func relativeDate(in tokens: [Token], reference: CalendarDate) -> CalendarDate? {
        for token in tokens where token.isWord && !token.isParenthesized {
            if let weekday = lexicon.weekdays[token.folded] { return reference.latest(weekday: weekday) }
            if let offset = lexicon.relativeDays[token.folded] { return reference.adding(days: offset) }
        }
        return nil
    }
}
