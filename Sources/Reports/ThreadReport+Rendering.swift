import Foundation
import SQLiteDB

extension ThreadReport {
    /// Marker colours of mention roles on the timeline (reaffirmed is the default blue).
    static let roleColors = ["set": "#c0392b", "raised": "#1e8449", "lowered": "#b9770e", "reported achieved": "#7d3c98"]

    /// "trade-doubling (CN-KZ): Double bilateral trade".
    var heading: String { id + (countries.map { " (\($0))" } ?? "") + ": " + title }

    /// The report as sections, for table, csv and markdown output.
    public var sections: [ReportSection] {
        var sections = [
            ReportSection(title: "Thread \(heading) — \(status.rawValue)", table: ResultTable(
                columns: ["why"], rows: reasoning.map { [.text($0)] })),
            ReportSection(title: "Mentions", table: ResultTable(
                columns: ["date", "role", "by", "text", "source"],
                rows: mentions.map { [$0.date.map(DatabaseValue.text) ?? .null, .text($0.role), .text($0.people), .text($0.text), .text($0.source)] })),
        ]
        if let series {
            sections.append(ReportSection(title: "Indicator \(series)" + (unit.map { " (\($0))" } ?? ""), table: ResultTable(
                columns: ["period", "value", "source"],
                rows: observations.map { [.text($0.period), .real($0.value), .text($0.source)] })))
        }
        return sections
    }

    /// The report as one JSON object.
    public var json: String {
        func string(_ text: String?) -> String { text.map(Renderer.jsonString) ?? "null" }
        func number(_ value: Double?) -> String { value.map { "\($0)" } ?? "null" }
        let mentionList = mentions.map {
            "{\"date\": \(string($0.date)), \"role\": \(string($0.role)), \"by\": \(string($0.people)), \"meeting\": \($0.meetingID), \"text\": \(string($0.text)), \"source\": \(string($0.source))}"
        }
        let points = observations.map { "{\"period\": \(string($0.period)), \"value\": \($0.value), \"source\": \(string($0.source))}" }
        return """
            {
              "thread": \(string(id)),
              "title": \(string(title)),
              "topic": \(string(topic)),
              "countries": \(string(countries)),
              "status": \(string(status.rawValue)),
              "reasoning": [\(reasoning.map(Renderer.jsonString).joined(separator: ", "))],
              "mentions": [\(mentionList.joined(separator: ",\n    "))],
              "series": \(string(series)),
              "unit": \(string(unit)),
              "observations": [\(points.joined(separator: ", "))],
              "target": \(number(targetValue)),
              "deadline": \(string(deadline)),
              "progress": \(number(progress)),
              "required_growth": \(number(requiredGrowth)),
              "observed_growth": \(number(observedGrowth))
            }

            """
    }

    /// A self-contained page: the timeline of mentions and, when the thread
    /// has a target, the indicator line against it, as inline SVG.
    public var html: String {
        let renderer = Renderer(title: heading)
        var body = "<p class=\"status\">Status: <strong>\(Renderer.escape(status.rawValue))</strong></p>\n<ul>\n"
        body += reasoning.map { "<li>\(Renderer.escape($0))</li>" }.joined(separator: "\n") + "\n</ul>\n"
        body += timelineSVG() + "\n"
        body += "<h2>Mentions</h2>\n" + renderer.htmlTable(sections[1].table)
        if sections.count > 2 { body += "<h2>\(Renderer.escape(sections[2].title))</h2>\n" + renderer.htmlTable(sections[2].table) }
        return renderer.htmlPage(body)
    }

    /// Years shown on the time axis: from the first mention or observation to the deadline.
    private var yearRange: ClosedRange<Int> {
        var years = mentions.compactMap { $0.date.flatMap { Int($0.prefix(4)) } }
        years += observations.compactMap { Int($0.period.prefix(4)) }
        if let deadline, let year = Int(deadline.prefix(4)) { years.append(year) }
        let low = years.min() ?? 2020, high = max(years.max() ?? 2025, low + 1)
        return low...high
    }

    func timelineSVG() -> String {
        let width = 760.0, height = 380.0, left = 60.0, right = 20.0, top = 20.0
        let chartBottom = 250.0, axisY = 300.0
        let years = yearRange
        func x(_ yearFraction: Double) -> Double {
            left + (yearFraction - Double(years.lowerBound)) / Double(years.upperBound + 1 - years.lowerBound) * (width - left - right)
        }
        func yearFraction(_ date: String) -> Double {
            let parts = date.split(separator: "-")
            let year = Double(parts.first.flatMap { Int($0) } ?? years.lowerBound)
            if parts.count >= 2, let month = Int(parts[1]) { return year + (Double(month) - 0.5) / 12 }
            if parts.count >= 2, parts[1].hasPrefix("H") { return year + (parts[1] == "H1" ? 0.25 : 0.75) }
            if parts.count >= 2, parts[1].hasPrefix("Q"), let quarter = Int(parts[1].dropFirst()) { return year + (Double(quarter) - 0.5) / 4 }
            return year + 0.5
        }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Timeline of \(Renderer.escape(id))\">\n"
        svg += "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n"
        // Time axis with a tick per year.
        svg += "<line x1=\"\(left)\" y1=\"\(axisY)\" x2=\"\(width - right)\" y2=\"\(axisY)\" stroke=\"#333\"/>\n"
        for year in years {
            let tick = x(Double(year))
            svg += "<line x1=\"\(tick)\" y1=\"\(axisY - 4)\" x2=\"\(tick)\" y2=\"\(axisY + 4)\" stroke=\"#333\"/>"
            svg += "<text x=\"\(x(Double(year) + 0.5))\" y=\"\(axisY + 20)\" font-size=\"12\" text-anchor=\"middle\" font-family=\"sans-serif\">\(year)</text>\n"
        }
        // Mentions on the axis.
        for (index, mention) in mentions.enumerated() {
            guard let date = mention.date else { continue }
            let labelY = axisY + 38 + Double(index % 3) * 14  // staggered so close mentions stay legible
            let cx = x(yearFraction(date))
            let color = Self.roleColors[mention.role] ?? "#2471a3"
            svg += "<circle cx=\"\(cx)\" cy=\"\(axisY)\" r=\"7\" fill=\"\(color)\"><title>\(Renderer.escape(date + " " + mention.role + ": " + mention.text))</title></circle>\n"
            svg += "<text x=\"\(cx)\" y=\"\(labelY)\" font-size=\"11\" text-anchor=\"middle\" font-family=\"sans-serif\" fill=\"\(color)\">\(Renderer.escape(date)) \(mention.role)</text>\n"
        }
        // The indicator line against the target.
        let values = observations.map(\.value) + [targetValue, baseline?.value].compactMap { $0 }
        if let maxValue = values.max(), maxValue > 0 {
            let top = top + 10
            func y(_ value: Double) -> Double { chartBottom - value / (maxValue * 1.1) * (chartBottom - top) }
            svg += "<line x1=\"\(left)\" y1=\"\(chartBottom)\" x2=\"\(left)\" y2=\"\(top)\" stroke=\"#999\"/>\n"
            for fraction in [0.0, 0.5, 1.0] {
                let value = maxValue * fraction
                svg += "<text x=\"\(left - 6)\" y=\"\(y(value) + 4)\" font-size=\"11\" text-anchor=\"end\" font-family=\"sans-serif\">\(ThreadTracker.format(value))</text>\n"
            }
            if let targetValue {
                let ty = y(targetValue)
                svg += "<line x1=\"\(left)\" y1=\"\(ty)\" x2=\"\(width - right)\" y2=\"\(ty)\" stroke=\"#27ae60\" stroke-dasharray=\"6 4\"/>"
                svg += "<text x=\"\(width - right)\" y=\"\(ty - 6)\" font-size=\"12\" text-anchor=\"end\" font-family=\"sans-serif\" fill=\"#27ae60\">target \(ThreadTracker.format(targetValue))\(unit.map { " " + Renderer.escape($0) } ?? "")\(deadline.map { " by " + $0 } ?? "")</text>\n"
                if let baseline, let deadline {
                    svg += "<line x1=\"\(x(yearFraction(baseline.period)))\" y1=\"\(y(baseline.value))\" x2=\"\(x(yearFraction(String(deadline.prefix(4)))))\" y2=\"\(ty)\" stroke=\"#27ae60\" stroke-opacity=\"0.4\"/>\n"
                }
            }
            let annual = observations.filter { $0.period.count == 4 }
            let points = annual.map { "\(x(yearFraction($0.period))),\(y($0.value))" }
            if points.count > 1 {
                svg += "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#8e44ad\" stroke-width=\"2\"/>\n"
            }
            for point in observations {
                svg += "<circle cx=\"\(x(yearFraction(point.period)))\" cy=\"\(y(point.value))\" r=\"4\" fill=\"#8e44ad\"><title>\(Renderer.escape(point.period)): \(ThreadTracker.format(point.value)) — \(Renderer.escape(point.source))</title></circle>"
                svg += "<text x=\"\(x(yearFraction(point.period)))\" y=\"\(y(point.value) - 8)\" font-size=\"11\" text-anchor=\"middle\" font-family=\"sans-serif\">\(ThreadTracker.format(point.value))</text>\n"
            }
        }
        return svg + "</svg>"
    }
}
