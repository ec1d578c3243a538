import Extraction

/// The human-readable rendering of `bilat extract --format text`.
enum PressReleaseText {
    /// "43.8", "41": no trailing ".0".
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }


    static func render(_ release: PressRelease) -> String {
        var out = ""
        out += "Title:      \(release.title)\n"
        out += "Language:   \(release.language.rawValue)\n"
        out += "Published:  \(release.publishedAt ?? "-")\n"
        out += "Meeting:    \(release.meeting.kind.rawValue), \(release.meeting.date ?? "date unknown"), \(release.meeting.place ?? "place unknown")\n"
        out += "Countries:  \(release.meeting.countries.joined(separator: ", "))\n"
        out += "\nParticipants (\(release.participants.count))\n"
        for person in release.participants {
            out += "  - \(person.name) [\(person.country ?? "?")]\(person.role.map { ": \($0)" } ?? "")\n"
        }
        out += "\nStatements (\(release.statements.count))\n"
        for statement in release.statements {
            out += "  - \(statement.speaker): \(statement.text)\n"
        }
        out += "\nCommitments (\(release.commitments.count))\n"
        for commitment in release.commitments {
            var tags = [commitment.topic]
            if let thread = commitment.thread { tags.append("thread \(thread)") }
            if let deadline = commitment.deadline { tags.append("by \(deadline)") }
            out += "  - [\(tags.joined(separator: ", "))] \(commitment.text)\n"
        }
        out += "\nSigned documents (\(release.signedDocuments.count))\n"
        for document in release.signedDocuments {
            out += "  - [\(document.kind)] \(document.title)\n"
        }
        out += "\nFigures (\(release.figures.count))\n"
        for figure in release.figures {
            out += "  - \(figure.text) = \(Self.number(figure.value)) \(figure.unit)\(figure.period.map { ", \($0)" } ?? "")\n"
        }
        return out
    }
}
