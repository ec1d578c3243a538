@testable import Reports
import Testing

/// The status rules of bilat track, at their edges.
@Suite struct StatusTests {
    typealias Mention = ThreadReport.Mention
    typealias Point = ThreadReport.Point

    func mention(_ date: String, meeting: Int64) -> Mention {
        Mention(date: date, role: "set", people: "", text: "t", source: "s", meetingID: meeting)
    }

    func assess(
        mentions: [Mention], points: [Point] = [], baseline: Point? = nil, target: Double? = nil, deadline: String? = nil,
        asOf: String
    ) -> ThreadReport {
        ThreadTracker.assess(
            id: "x", title: "X", topic: "trade", mentions: mentions, series: points.isEmpty && target == nil ? nil : "s",
            unit: "u", observations: points, baseline: baseline, targetValue: target, deadline: deadline, asOf: asOf)
    }

    let base = Point(period: "2023", value: 40, source: "s")

    @Test func mentionsAloneGiveStatedThenReaffirmed() {
        #expect(assess(mentions: [mention("2025-01-01", meeting: 1)], asOf: "2025-06-01").status == .stated)
        let twice = assess(mentions: [mention("2025-01-01", meeting: 1), mention("2025-03-01", meeting: 2)], asOf: "2025-06-01")
        #expect(twice.status == .reaffirmed)
        #expect(assess(mentions: [], asOf: "2025-06-01").status == .notMentioned)
    }

    @Test func silenceMakesADormantThread() {
        let last = mention("2023-01-15", meeting: 1)
        #expect(assess(mentions: [last], asOf: "2024-07-14").status == .stated)  // 17 months
        #expect(assess(mentions: [last], asOf: "2024-07-15").status == .dormant)  // 18 months
    }

    @Test func targetMetIsAchievedEvenAfterTheDeadline() {
        let report = assess(
            mentions: [mention("2024-07-03", meeting: 1)], points: [base, Point(period: "2026", value: 80, source: "s")],
            baseline: base, target: 80, deadline: "2030", asOf: "2031-02-01")
        #expect(report.status == .achieved)
        #expect(report.progress == 1)
    }

    @Test func deadlineTodayIsNotYetOverdue() {
        let points = [base, Point(period: "2024", value: 50, source: "s")]
        let onTheDay = assess(mentions: [mention("2024-07-03", meeting: 1)], points: points, baseline: base, target: 80, deadline: "2030-12-31", asOf: "2030-12-31")
        #expect(onTheDay.status != .overdue)
        let dayAfter = assess(mentions: [mention("2024-07-03", meeting: 1)], points: points, baseline: base, target: 80, deadline: "2030-12-31", asOf: "2031-01-01")
        #expect(dayAfter.status == .overdue)
        let yearDeadline = assess(mentions: [mention("2024-07-03", meeting: 1)], points: points, baseline: base, target: 80, deadline: "2030", asOf: "2030-12-31")
        #expect(yearDeadline.status != .overdue)
    }

    @Test func growthDecidesOnOrOffTrack() {
        // 40 → 44 in one year is 10%; doubling to 80 from 44 by 2030 needs (80/44)^(1/6) - 1 ≈ 10.5%.
        let slow = assess(
            mentions: [mention("2024-07-03", meeting: 1)], points: [base, Point(period: "2024", value: 44, source: "s")],
            baseline: base, target: 80, deadline: "2030", asOf: "2025-01-01")
        #expect(slow.status == .offTrack)
        #expect(abs((slow.requiredGrowth ?? 0) - 0.1048) < 0.001)
        #expect(abs((slow.observedGrowth ?? 0) - 0.10) < 0.0001)
        let fast = assess(
            mentions: [mention("2024-07-03", meeting: 1)], points: [base, Point(period: "2024", value: 48, source: "s")],
            baseline: base, target: 80, deadline: "2030", asOf: "2025-01-01")
        #expect(fast.status == .onTrack)
    }

    @Test func noIndicatorFallsBackToMentions() {
        let report = assess(mentions: [mention("2024-07-03", meeting: 1), mention("2025-04-25", meeting: 2)], target: 80, deadline: "2030", asOf: "2025-06-01")
        #expect(report.status == .reaffirmed)
        #expect(report.reasoning.contains { $0.contains("progress cannot be measured") })
    }

    @Test func mentionRolesFollowTargetsAndReports() {
        let roles = ThreadTracker.roles(of: [
            (meeting: 1, text: "Les deux parties porteront le commerce à 50 milliards de dollars", target: "à 50 milliards de dollars"),
            (meeting: 1, text: "Le même objectif, dit par l'autre partie", target: nil),
            (meeting: 2, text: "Les deux parties doubleront le commerce", target: nil),
            (meeting: 3, text: "The sides will raise trade to $80 billion", target: "to $80 billion"),
            (meeting: 4, text: "Trade will reach $70.5 billion", target: "$70.5 billion"),
            (meeting: 5, text: "The two sides noted that the goal has been achieved", target: nil),
            (meeting: 6, text: "Les ministres ont constaté que l’objectif a été atteint", target: nil),
            (meeting: 7, text: "Trade will reach $70.5 billion", target: "$70,5 billion"),
            (meeting: 8, text: "LES MINISTRES ONT CONSTATÉ QUE L’OBJECTIF A ÉTÉ ATTEINT", target: nil),
            (meeting: 9, text: "Объём торговли удвоится; the × sign and Œuvre stay as they are", target: nil),
        ])
        #expect(roles == [
            "set", "set", "reaffirmed", "raised", "lowered", "reported achieved", "reported achieved", "reaffirmed",
            "reported achieved", "reaffirmed",
        ])
    }

    @Test func everyAchievementPhraseHasOneOfTheWordsLookedForFirst() {
        for phrase in ThreadTracker.achievementPhrases {
            #expect(ThreadTracker.achievementWords.contains { ThreadTracker.bytes(phrase, contain: $0) },
                    "\(String(decoding: phrase, as: UTF8.self)) has none of the words: its mentions would never be found")
        }
    }
}
