/// One numbered schema change from Migrations/.
public struct Migration: Sendable, Equatable {
    public let version: Int
    public let name: String
    public let sql: String
}
