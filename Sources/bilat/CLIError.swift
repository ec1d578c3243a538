import Foundation

/// A failure at run time, printed as one "Error: ..." line with exit status 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Reads a file, or standard input for "-", naming the file in any error.
func readInput(_ path: String) throws -> [UInt8] {
    if path == "-" {
        return Array(FileHandle.standardInput.readDataToEndOfFile())
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CLIError("\(path): no such file")
    }
    if isDirectory.boolValue { throw CLIError("\(path): is a folder, not a file") }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CLIError("\(path): cannot be read (permission denied?)")
    }
    return Array(data)
}
